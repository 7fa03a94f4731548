namespace Rasd.Events;

/// <summary>Every event trigger found in an analysis, so argument finding can tell whose argument a name is.</summary>
public sealed record TriggerLayer(IReadOnlyList<TriggerMatch> Triggers)
{
    private ILookup<int, TriggerMatch>? _bySentence;

    /// <summary>The triggers of one sentence (argument finding asks per mention, so a document-wide scan would be quadratic).</summary>
    public IEnumerable<TriggerMatch> InSentence(int sentence) => (_bySentence ??= Triggers.ToLookup(t => t.SentenceIndex))[sentence];
}
