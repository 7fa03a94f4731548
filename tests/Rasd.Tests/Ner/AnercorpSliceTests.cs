using System.Diagnostics;
using Rasd.Ner;
using Xunit.Abstractions;

namespace Rasd.Tests.Ner;

/// <summary>CI-sized check of the real task: train on a slice of ANERcorp (../shared) and score a slice of its test split.</summary>
public class AnercorpSliceTests(ITestOutputHelper output)
{
    [Fact]
    public void A_model_trained_on_a_slice_of_ANERcorp_beats_a_floor()
    {
        var trainPath = SharedData.PathOrNull("data/ner/anercorp_camellab/derived/ANERCorp_CamelLab_train.restored.txt");
        var testPath = SharedData.PathOrNull("data/ner/anercorp_camellab/derived/ANERCorp_CamelLab_test.restored.txt");
        if (trainPath is null || testPath is null)
        {
            output.WriteLine(SharedData.SkipMessage);
            return;
        }
        var watch = Stopwatch.StartNew();
        var train = ConllReader.ReadFile(trainPath);
        var test = ConllReader.ReadFile(testPath);
        Assert.Equal(125_102, train.Sum(s => s.Count));
        Assert.Equal(25_008, test.Sum(s => s.Count));
        var model = new NerTrainer(new NerTrainerOptions { Epochs = 4, Bits = 18, Ensemble = 1 }).Train(train.Take(1500).ToList());
        var score = NerEvaluator.Evaluate(model, test.Take(300).ToList());
        output.WriteLine($"slice F1 {score.F1:F2} (P {score.Precision:F2}, R {score.Recall:F2}) on {score.Gold} entities in {watch.Elapsed.TotalSeconds:F1}s");
        Assert.True(score.F1 > 45, $"F1 {score.F1:F2} is below the floor");
    }
}
