using Rasd.Ner;

namespace Rasd.Tests.Ner;

public class NerTrainerTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Learns_a_small_synthetic_BIO_task_perfectly(bool twoPass)
    {
        var train = SyntheticCorpus.Make(300, seed: 1);
        var test = SyntheticCorpus.Make(100, seed: 2);
        var groups = twoPass ? NerFeatureGroups.All : NerFeatureGroups.All & ~NerFeatureGroups.History;
        var model = new NerTrainer(new NerTrainerOptions { Epochs = 8, Bits = 16, Groups = groups }).Train(train);
        Assert.Equal(twoPass, model.SecondEmission is not null);
        var tagged = model.TagCorpus(test);
        for (int i = 0; i < test.Count; i++)
            Assert.Equal(test[i].Tags, tagged[i]);
        var score = NerEvaluator.Evaluate(model, test);
        Assert.Equal(100.0, score.F1);
        Assert.True(score.Gold > 300);
    }

    [Theory]
    [InlineData(2f, 0f)]
    [InlineData(0f, 0.3f)]
    public void Margin_and_word_dropout_training_still_learn_the_synthetic_task(float margin, float dropout)
    {
        var options = new NerTrainerOptions { Epochs = 8, Bits = 16, Margin = margin, WordDropout = dropout };
        var model = new NerTrainer(options).Train(SyntheticCorpus.Make(300, seed: 1));
        Assert.Equal(100.0, NerEvaluator.Evaluate(model, SyntheticCorpus.Make(100, seed: 2)).F1);
    }

    [Fact]
    public void Decoding_never_emits_I_without_a_matching_B()
    {
        var model = new NerTrainer(new NerTrainerOptions { Epochs = 2, Bits = 14 }).Train(SyntheticCorpus.Make(40, seed: 3));
        // unseen words everywhere: whatever the model guesses, the BIO constraints must hold
        var tags = model.Tag(["زيد", "عمرو", "قرطاس", "بلدة", "السيد", "قلم", "نقابة"]);
        for (int i = 0; i < tags.Length; i++)
        {
            if (!BioTags.IsInside(tags[i])) continue;
            Assert.True(i > 0 && BioTags.TypeOf(tags[i - 1]) == BioTags.TypeOf(tags[i]), string.Join(" ", tags));
        }
    }

    [Fact]
    public void Training_is_reproducible()
    {
        var data = SyntheticCorpus.Make(60, seed: 4);
        var a = new NerTrainer(new NerTrainerOptions { Epochs = 3, Bits = 14 }).Train(data);
        var b = new NerTrainer(new NerTrainerOptions { Epochs = 3, Bits = 14 }).Train(data);
        Assert.Equal(a.Emission, b.Emission);
        Assert.Equal(a.Transition, b.Transition);
    }

    [Fact]
    public void The_outside_offset_moves_only_the_O_score_of_the_final_pass()
    {
        var model = new NerTrainer(new NerTrainerOptions { Epochs = 4, Bits = 14, Ensemble = 1 }).Train(SyntheticCorpus.Make(80, seed: 7));
        var test = SyntheticCorpus.Make(30, seed: 8);
        var plain = model.TagCorpus(test);
        Assert.Equal(plain, model.WithOutsideOffset(0).TagCorpus(test));
        // a huge offset one way makes every token O, the other way none
        Assert.All(model.WithOutsideOffset(-1e6f).TagCorpus(test).SelectMany(t => t), t => Assert.Equal(BioTags.Outside, t));
        Assert.DoesNotContain(BioTags.Outside, model.WithOutsideOffset(1e6f).TagCorpus(test).SelectMany(t => t));
        Assert.Equal(model.Emission, model.WithOutsideOffset(5).Emission); // the first pass is untouched
    }

    [Fact]
    public void Tuning_the_outside_offset_on_a_held_out_tail_still_learns_the_synthetic_task()
    {
        var options = new NerTrainerOptions { Epochs = 6, Bits = 16, OutsideHoldout = 0.2f, OutsideOffsets = [0, 2] };
        var log = new List<string>();
        var model = new NerTrainer(options, log.Add).Train(SyntheticCorpus.Make(300, seed: 1));
        Assert.Contains(log, m => m.StartsWith("O offset 0 chosen", StringComparison.Ordinal) || m.StartsWith("O offset 2 chosen", StringComparison.Ordinal));
        Assert.Equal(100.0, NerEvaluator.Evaluate(model, SyntheticCorpus.Make(100, seed: 2)).F1);
    }
}
