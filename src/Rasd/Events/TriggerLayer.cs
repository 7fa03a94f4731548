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

    // each sentence's list made at its exact size (most sentences hold one or two triggers: no list grown from four), and the
    // triggers walked by index (foreach over the IReadOnlyList would box an enumerator)
    private List<TriggerMatch>?[] BySentence()
    {
        var triggers = Triggers;
        int count = 0;
        for (int i = 0; i < triggers.Count; i++) count = Math.Max(count, triggers[i].SentenceIndex + 1);
        var by = new List<TriggerMatch>?[count];
        Span<int> sizes = count <= 256 ? stackalloc int[count] : new int[count];
        for (int i = 0; i < triggers.Count; i++) sizes[triggers[i].SentenceIndex]++;
        for (int i = 0; i < triggers.Count; i++)
        {
            var t = triggers[i];
            (by[t.SentenceIndex] ??= new List<TriggerMatch>(sizes[t.SentenceIndex])).Add(t);
        }
        return by;
    }
}
