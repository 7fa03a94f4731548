using Rasd.Ner;

namespace Rasd.Tests.Ner;

public class NameHarvesterTests
{
    // an invented two-sentence corpus: a two-word person, a one-word person, a place with a glued comma, an organisation
    private const string Conll = """
        قال O
        سامر B-PERS
        القطان I-PERS
        إن O
        بلدة O
        تلّ B-LOC
        الورد، I-LOC
        هادئة O

        وزار O
        نزار B-PER
        مقر O
        جمعية B-ORG
        الرواة I-ORG
        """;

    [Fact]
    public void Entity_strings_of_an_annotated_corpus_become_names_by_type_with_first_and_last_names_of_persons()
    {
        var entries = NameHarvester.FromConll(ConllReader.Parse(Conll), "conll:");
        Assert.Contains(new GazetteerEntry("conll:PER", "سامر القطان"), entries);
        Assert.Contains(new GazetteerEntry("conll:PER-first", "سامر"), entries);
        Assert.Contains(new GazetteerEntry("conll:PER-last", "القطان"), entries);
        Assert.Contains(new GazetteerEntry("conll:PER", "نزار"), entries);
        Assert.Contains(new GazetteerEntry("conll:ORG", "جمعيه الرواه"), entries); // folded: ة → ه
        Assert.Contains(new GazetteerEntry("conll:LOC", "تل الورد"), entries); // shadda and the glued comma go
        // a one-word person is a whole name, not a given or family name; O words never become names
        Assert.DoesNotContain(entries, e => e.Phrase == "نزار" && e.Category != "conll:PER");
        Assert.DoesNotContain(entries, e => e.Phrase.Contains("بلده") || e.Phrase.Contains("قال"));
        Assert.Equal(entries.Count, entries.Distinct().Count());
    }

    [Fact]
    public void A_saved_name_list_loads_back_and_feeds_the_gazetteer()
    {
        var entries = NameHarvester.FromConll(ConllReader.Parse(Conll), "x:");
        var path = Path.Combine(Path.GetTempPath(), $"rasd-names-{Guid.NewGuid():N}.tsv");
        try
        {
            NameHarvester.Save(entries, path);
            var loaded = NameHarvester.Load(path);
            Assert.Equal(entries, loaded);
            var gazetteer = new NerGazetteer(loaded);
            var hits = gazetteer.Find(new Rasd.Text.Tokenizer().Tokenize("التقى سامر القطان وفداً من جمعية الرواة"));
            Assert.Contains(hits, h => h.Category == "x:PER" && h.FirstToken == 1 && h.TokenCount == 2);
            Assert.Contains(hits, h => h.Category == "x:ORG" && h.TokenCount == 2);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_malformed_name_list_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rasd-names-{Guid.NewGuid():N}.tsv");
        try
        {
            File.WriteAllText(path, "category\tname\nبلا_فئة\n");
            Assert.Throws<InvalidDataException>(() => NameHarvester.Load(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Names_a_model_tags_often_and_with_one_type_are_harvested_and_proclitic_variants_merge()
    {
        var model = new NerTrainer(new NerTrainerOptions { Epochs = 6, Bits = 16 }).Train(SyntheticCorpus.Make(300, seed: 5));
        // raw text: the synthetic corpus's sentences as prose, plus a clitic-prefixed town
        var texts = SyntheticCorpus.Make(60, seed: 6).Select(s => string.Join(' ', s.Tokens)).Concat(Enumerable.Repeat("ذهب الى بلدة وكفرنون صباحا .", 4)).ToList();
        var entries = NameHarvester.FromTagged(model, texts, "auto:", minCount: 3, minShare: 0.7);
        var gold = NameHarvester.FromConll(SyntheticCorpus.Make(60, seed: 6), "auto:").ToHashSet();
        Assert.NotEmpty(entries);
        Assert.All(entries.Where(e => !e.Category.StartsWith("auto:PER-", StringComparison.Ordinal)), e => Assert.Contains(e, gold));
        Assert.Contains(new GazetteerEntry("auto:LOC", "كفرنون"), entries);
        Assert.DoesNotContain(entries, e => e.Phrase == "وكفرنون");
        // a count threshold above every name's frequency keeps nothing
        Assert.Empty(NameHarvester.FromTagged(model, texts, "auto:", minCount: 10_000));
    }
}
