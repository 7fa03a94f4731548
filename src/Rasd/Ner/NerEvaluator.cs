namespace Rasd.Ner;

/// <summary>Scores a model on an annotated corpus, as conlleval does (exact type and extent).</summary>
public static class NerEvaluator
{
    public static NerScore Evaluate(NerModel model, IReadOnlyList<NerSentence> test)
    {
        var score = new NerScore();
        var sentences = test.Where(s => s.Count > 0).ToList();
        var predicted = model.TagCorpus(sentences);
        for (int i = 0; i < sentences.Count; i++) score.Add(sentences[i].Tags, predicted[i]);
        return score;
    }
}
