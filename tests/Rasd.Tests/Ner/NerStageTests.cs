using Rasd.Documents;
using Rasd.Entities;
using Rasd.Ner;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Tests.Ner;

public class NerStageTests
{
    [Fact]
    public void Stage_tags_pipeline_tokens_and_sets_the_layer()
    {
        var model = new NerTrainer(new NerTrainerOptions { Epochs = 8, Bits = 16 }).Train(SyntheticCorpus.Make(300, seed: 7));
        var pipeline = new RasdPipelineBuilder().AddDefaults().Add(new NerStage(model)).Build();
        const string text = "ذهب السيد رامي النجار الى بلدة كفرنون صباحا.";
        var analysis = pipeline.Analyze(new Document(text));
        var spans = analysis.Get<NerLayer>()!.Spans;
        Assert.Equal(["PER:رامي النجار", "LOC:كفرنون"], spans.Select(s => $"{s.Type}:{s.Span.Of(text)}"));
    }

    [Fact]
    public void Merge_keeps_gazetteer_types_and_adds_only_unknown_names()
    {
        const string text = "التقى وزير الخارجية سمير الخوري في بيروت مع وفد من جمعية الكرمة";
        var tokens = new Tokenizer().Tokenize(text);
        TextSpan Find(string s) => new(text.IndexOf(s, StringComparison.Ordinal), text.IndexOf(s, StringComparison.Ordinal) + s.Length);
        int Tok(string s) => tokens.First(t => t.Start == Find(s).Start).Index;
        var gazetteer = new List<EntityMention>
        {
            new(Find("بيروت"), Tok("بيروت"), 1, "بيروت", EntityType.Loc, "بيروت", "LBN-BEY", null, null, ["LBN"]),
        };
        var ner = new List<NerSpan>
        {
            new("PER", Tok("سمير"), 2, Find("سمير الخوري")),
            new("ORG", Tok("بيروت"), 1, Find("بيروت")), // the model mistypes a known name: the lexicon wins
            new("MISC", Tok("وفد"), 1, Find("وفد")),
            new("ORG", Tok("جمعية"), 2, Find("جمعية الكرمة")),
            new("LOC", Tok("في"), 1, Find("في")), // a lone word: below the minimum length
        };
        var merged = NerMerge.Merge(gazetteer, ner, text);
        Assert.Equal(["PER:سمير الخوري", "LOC:بيروت", "ORG:جمعية الكرمة"], merged.Select(m => $"{m.Type?.ToString().ToUpperInvariant()}:{m.Text}"));
        Assert.Equal("LBN-BEY", merged[1].Id);
        Assert.Contains(NerMerge.Merge([], ner, text, minTokens: 1), m => m.Text == "في");
    }
}
