namespace Rasd.Ner;

/// <summary>Scores a model on an annotated corpus, as conlleval does (exact type and extent).</summary>
public static class NerEvaluator
{
    public static NerScore Evaluate(NerModel model, IReadOnlyList<NerSentence> test)
    {
        var score = new NerScore();
        foreach (var s in test)
            if (s.Count > 0) score.Add(s.Tags, model.Tag(s.Tokens));
        return score;
    }
}
