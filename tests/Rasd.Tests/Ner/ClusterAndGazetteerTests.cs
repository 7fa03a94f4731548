using Rasd.Cli;
using Rasd.Lexicons;
using Rasd.Ner;

namespace Rasd.Tests.Ner;

public class ClusterAndGazetteerTests
{
    [Fact]
    public void Words_used_in_the_same_contexts_share_clusters()
    {
        string[] people = ["حسان", "ماهر", "وليد", "عادل", "فراس", "نبيل"];
        string[] towns = ["قرنايل", "عيتيت", "بسكنتا", "الفرزل", "شبعنين", "دوما"];
        var rng = new Random(3);
        var texts = Enumerable.Range(0, 200).Select(_ =>
            $"صرح {people[rng.Next(people.Length)]} بان الامر انتهى . وصل الوفد الى بلدة {towns[rng.Next(towns.Length)]} الجبلية مساء .").ToList();
        var clusters = new ClusterBuilder(new ClusterOptions { Clusters = 16, MinCount = 3 }).Build(texts);
        var personClusters = people.Select(p => { Assert.True(clusters.TryGet(p, out var c)); return c.Fine; }).ToHashSet();
        var townClusters = towns.Select(t => { Assert.True(clusters.TryGet(t, out var c)); return c.Fine; }).ToHashSet();
        Assert.Empty(personClusters.Intersect(townClusters));
    }

    [Fact]
    public void Stem_clusters_merge_a_word_with_its_proclitic_forms()
    {
        string[] towns = ["قرنايل", "عيتيت", "بسكنتا", "شبعنين"];
        string[] clitics = ["", "و", "ب", "ل"];
        var rng = new Random(4);
        var texts = Enumerable.Range(0, 300).Select(_ =>
            $"عاد الوفد {clitics[rng.Next(clitics.Length)]}{towns[rng.Next(towns.Length)]} مساء امس . قال رئيس اللجنة ان الامر انتهى .").ToList();
        var surface = new ClusterBuilder(new ClusterOptions { Clusters = 16, MinCount = 3 }).Build(texts);
        var stems = new ClusterBuilder(new ClusterOptions { Clusters = 16, MinCount = 3, Stems = true }).Build(texts);
        Assert.True(surface.TryGet("وقرنايل", out _)); // whole tokens: the clitic form is a word of its own
        Assert.False(stems.TryGet("وقرنايل", out _));
        Assert.All(towns, t => Assert.True(stems.TryGet(t, out _), t));
        Assert.True(stems.TryGet("اللجنه", out _)); // the article stays on the stem
        Assert.True(stems.Count < surface.Count);
    }

    [Fact]
    public void Skip_gram_clusters_keep_people_and_towns_apart()
    {
        string[] people = ["حسان", "ماهر", "وليد", "عادل"];
        string[] towns = ["قرنايل", "عيتيت", "بسكنتا", "شبعنين"];
        var rng = new Random(5);
        var texts = Enumerable.Range(0, 400).Select(_ =>
            $"صرح {people[rng.Next(people.Length)]} بان الامر انتهى . وصل الوفد الى بلدة {towns[rng.Next(towns.Length)]} الجبلية مساء .").ToList();
        var options = new ClusterOptions { Clusters = 16, MinCount = 3, Method = ClusterMethod.SkipGram, Dimensions = 16, Epochs = 10 };
        var clusters = new ClusterBuilder(options).Build(texts);
        int Fine(string w) { Assert.True(clusters.TryGet(w, out var c)); return c.Fine; }
        Assert.Empty(people.Select(Fine).ToHashSet().Intersect(towns.Select(Fine)));
    }

    [Fact]
    public void Cluster_files_round_trip()
    {
        var clusters = new WordClusters(new Dictionary<string, (int, int, int)> { ["ادلب"] = (1, 2, 3), ["حلب"] = (1, 2, 4) });
        var path = Path.Combine(Path.GetTempPath(), $"rasd-{Guid.NewGuid():N}.clusters.tsv");
        try
        {
            clusters.Save(path);
            var loaded = WordClusters.Load(path);
            Assert.Equal(clusters.Entries.OrderBy(e => e.Key), loaded.Entries.OrderBy(e => e.Key));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Default_gazetteer_loads_whichever_tables_exist_and_matches_with_clitics()
    {
        var gazetteer = NerGazetteer.LoadDefault();
        Assert.Contains(gazetteer.Entries, e => e.Category == "title");
        var tokens = CorpusTokens.From(["وقال", "والرئيس", "الجديد"]);
        var hit = Assert.Single(gazetteer.Find(tokens), h => h.Category == "title");
        Assert.Equal(1, hit.FirstToken);
    }

    [Fact]
    public void Table_reader_takes_arabic_cells_and_aliases()
    {
        var table = TsvTable.Parse("towns", new StringReader("id\tname_en\tname_ar\nT1\tZabadani\tالزبداني|زبداني\n"));
        var entries = NerGazetteer.ReadTable(table, "place", "*").ToList();
        Assert.Equal(["الزبداني", "زبداني"], entries.Select(e => e.Phrase));
        Assert.All(entries, e => Assert.Equal("place", e.Category));
    }

    [Theory]
    [InlineData(null, NerFeatureGroups.All)]
    [InlineData("word,folded", NerFeatureGroups.Word | NerFeatureGroups.Folded)]
    [InlineData("-clusters,-history", NerFeatureGroups.All & ~NerFeatureGroups.Clusters & ~NerFeatureGroups.History)]
    [InlineData("+clustercontext,-shape", (NerFeatureGroups.All | NerFeatureGroups.ClusterContext) & ~NerFeatureGroups.Shape)]
    public void Feature_group_option_selects_or_drops(string? spec, NerFeatureGroups expected) =>
        Assert.Equal(expected, TrainCommand.ParseGroups(spec));
}
