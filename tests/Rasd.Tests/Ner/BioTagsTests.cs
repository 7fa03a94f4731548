using Rasd.Ner;

namespace Rasd.Tests.Ner;

public class BioTagsTests
{
    [Fact]
    public void Chunks_follow_conlleval_semantics()
    {
        string[] tags = ["I-PER", "I-PER", "O", "B-LOC", "I-LOC", "B-LOC", "I-ORG", "B-PER"];
        Assert.Equal([("PER", 0, 2), ("LOC", 3, 5), ("LOC", 5, 6), ("ORG", 6, 7), ("PER", 7, 8)], BioTags.Chunks(tags));
    }

    [Fact]
    public void Iob2_repair_starts_orphan_inside_tags()
    {
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "B-ORG"], BioTags.ToIob2(["I-PER", "I-PER", "O", "I-LOC", "I-ORG"]));
    }

    [Fact]
    public void Score_counts_exact_type_and_extent_only()
    {
        var score = new NerScore();
        score.Add(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "O", "O", "B-LOC"]);
        score.Add(["B-ORG", "I-ORG"], ["B-ORG", "I-ORG"]);
        Assert.Equal(3, score.Gold);
        Assert.Equal(3, score.Predicted);
        Assert.Equal(2, score.Correct);
        Assert.Equal(200.0 / 3, score.F1, 6);
        Assert.Equal(0, score.PerType.Single(t => t.Type == "PER").F1);
    }
}
