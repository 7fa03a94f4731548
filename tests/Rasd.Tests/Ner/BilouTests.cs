using Rasd.Ner;

namespace Rasd.Tests.Ner;

public class BilouTests
{
    private static readonly NerLabels Bilou = NerLabels.FromTags(["B-PER", "I-LOC", "O"], TagScheme.Bilou);

    private static string[] Names(NerLabels labels, int[] ids) => [.. ids.Select(i => labels.Names[i])];

    [Fact]
    public void Encoding_marks_chunk_ends_and_single_tokens()
    {
        string[] bio = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-PER", "B-PER"];
        Assert.Equal(["B-PER", "I-PER", "L-PER", "O", "U-LOC", "B-LOC", "L-LOC", "U-PER", "U-PER"], Names(Bilou, Bilou.Encode(bio)));
    }

    [Fact]
    public void Bilou_decodes_back_to_the_same_BIO_chunks()
    {
        var rng = new Random(11);
        string[] pool = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"];
        for (int n = 0; n < 200; n++)
        {
            var bio = BioTags.ToIob2([.. Enumerable.Range(0, rng.Next(1, 12)).Select(_ => pool[rng.Next(pool.Length)])]);
            var back = Names(Bilou.Bio, Bilou.ToBioIds(Bilou.Encode(bio)));
            Assert.Equal(bio, back);
        }
    }

    [Fact]
    public void Bio_labels_encode_as_themselves()
    {
        var bio = NerLabels.FromTags(["B-PER", "I-LOC"]);
        Assert.Same(bio, bio.Bio);
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC"], Names(bio, bio.ToBioIds(bio.Encode(["B-PER", "I-PER", "O", "I-LOC"]))));
        Assert.All(bio.AllowedEnd, Assert.True);
    }

    [Fact]
    public void Bilou_transitions_keep_chunks_well_formed()
    {
        bool Allowed(string? prev, string cur) => Bilou.Allowed[(prev is null ? Bilou.Count : Bilou.IndexOf(prev)) * Bilou.Count + Bilou.IndexOf(cur)];
        Assert.True(Allowed(null, "U-PER"));
        Assert.True(Allowed("B-PER", "L-PER"));
        Assert.True(Allowed("I-PER", "I-PER"));
        Assert.True(Allowed("L-PER", "B-LOC"));
        Assert.True(Allowed("U-LOC", "O"));
        Assert.False(Allowed(null, "I-PER"));
        Assert.False(Allowed("O", "L-PER"));
        Assert.False(Allowed("B-PER", "O")); // an open chunk must end with L-
        Assert.False(Allowed("B-PER", "L-LOC"));
        Assert.False(Allowed("L-PER", "I-PER"));
        Assert.False(Allowed("I-LOC", "U-LOC"));
        Assert.False(Bilou.AllowedEnd[Bilou.IndexOf("B-PER")]);
        Assert.False(Bilou.AllowedEnd[Bilou.IndexOf("I-LOC")]);
        Assert.True(Bilou.AllowedEnd[Bilou.IndexOf("L-LOC")]);
    }

    [Fact]
    public void A_BILOU_model_learns_the_synthetic_task_answers_in_BIO_and_survives_saving()
    {
        var options = new NerTrainerOptions { Epochs = 8, Bits = 16, Scheme = TagScheme.Bilou };
        var model = new NerTrainer(options).Train(SyntheticCorpus.Make(300, seed: 1));
        Assert.Equal(TagScheme.Bilou, model.Labels.Scheme);
        var test = SyntheticCorpus.Make(100, seed: 2);
        Assert.Equal(100.0, NerEvaluator.Evaluate(model, test).F1);
        Assert.DoesNotContain(model.TagCorpus(test).SelectMany(t => t), t => t[0] is 'L' or 'U');

        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        var loaded = NerModel.Load(file);
        Assert.Equal(model.Labels.Names, loaded.Labels.Names);
        Assert.Equal(model.TagCorpus(test), loaded.TagCorpus(test));
    }

    [Fact]
    public void Viterbi_never_ends_a_BILOU_sentence_inside_a_chunk()
    {
        int l = Bilou.Count;
        var transition = new float[(l + 1) * l];
        // two tokens whose emissions prefer B-PER, then B-PER again: only a closed chunk may win
        var em = new float[2 * l];
        em[Bilou.IndexOf("B-PER")] = 5;
        em[l + Bilou.IndexOf("B-PER")] = 5;
        em[l + Bilou.IndexOf("L-PER")] = 1;
        var path = Names(Bilou, Viterbi.Decode(em, 2, transition, Bilou));
        Assert.Equal(["B-PER", "L-PER"], path);
        var one = Names(Bilou, Viterbi.Decode(em.AsSpan(0, l), 1, transition, Bilou));
        Assert.NotEqual("B-PER", one[0]);
    }
}
