namespace Rasd.Events;

/// <summary>Every event trigger found in an analysis, so argument finding can tell whose argument a name is.</summary>
public sealed record TriggerLayer(IReadOnlyList<TriggerMatch> Triggers)
{
    private static readonly List<TriggerMatch> None = [];

    private List<TriggerMatch>?[]? _bySentence;

    /// <summary>The triggers of one sentence, in order (argument finding asks per mention, so a document-wide scan would be quadratic).</summary>
    /// <remarks>A list kept by the layer: read it, never change it.</remarks>
    public List<TriggerMatch> InSentence(int sentence)
    {
        var by = _bySentence ??= BySentence();
        return sentence >= 0 && sentence < by.Length ? by[sentence] ?? None : None;
    }

    private List<TriggerMatch>?[] BySentence()
    {
        int count = 0;
        foreach (var t in Triggers) count = Math.Max(count, t.SentenceIndex + 1);
        var by = new List<TriggerMatch>?[count];
        foreach (var t in Triggers) (by[t.SentenceIndex] ??= []).Add(t);
        return by;
    }
}
