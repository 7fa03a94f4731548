using Rasd.Ner;

namespace Rasd.Tests.Ner;

public class NerModelFileTests
{
    private static NerModel TrainSmall()
    {
        var clusters = new WordClusters(new Dictionary<string, (int, int, int)> { ["سلمان"] = (1, 5, 21), ["تلكرم"] = (2, 9, 40), ["ذهب"] = (0, 3, 12) });
        var gazetteer = new NerGazetteer([new GazetteerEntry("city", "برج الريح"), new GazetteerEntry("title", "السيد")]);
        return new NerTrainer(new NerTrainerOptions { Epochs = 3, Bits = 15 }).Train(SyntheticCorpus.Make(80, seed: 5), null, clusters, gazetteer);
    }

    [Fact]
    public void Save_and_load_round_trip_exactly()
    {
        var model = TrainSmall();
        using var first = new MemoryStream();
        model.Save(first);
        first.Position = 0;
        var loaded = NerModel.Load(first);

        Assert.Equal(model.Labels.Names, loaded.Labels.Names);
        Assert.Equal(model.Groups, loaded.Groups);
        Assert.Equal(model.Bits, loaded.Bits);
        Assert.Equal(model.Emission, loaded.Emission);
        Assert.Equal(model.Transition, loaded.Transition);
        Assert.Equal(model.Clusters.Entries.OrderBy(e => e.Key), loaded.Clusters.Entries.OrderBy(e => e.Key));
        Assert.Equal(model.Gazetteer.Entries, loaded.Gazetteer.Entries);
        foreach (var s in SyntheticCorpus.Make(20, seed: 6))
            Assert.Equal(model.Tag(s.Tokens), loaded.Tag(s.Tokens));

        using var second = new MemoryStream();
        loaded.Save(second);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Load_refuses_other_files_and_versions()
    {
        Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream("not a model at all"u8.ToArray())));
        using var ms = new MemoryStream();
        TrainSmall().Save(ms);
        var bytes = ms.ToArray();
        bytes[8] = 99; // the version follows the 8-byte magic
        var e = Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream(bytes)));
        Assert.Contains("version 99", e.Message);
    }
}
