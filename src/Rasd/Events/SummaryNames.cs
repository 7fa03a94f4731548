using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>The English names an article's mentions give each actor and place code, gathered once for all its event summaries.</summary>
internal sealed class SummaryNames
{
    // the entity layer's mentions (those with an English name are the named ones), and the article-wide name of each code
    // (its first named mention's)
    private readonly IReadOnlyList<EntityMention> _mentions;
    private readonly Analysis _analysis;
    private readonly Dictionary<string, string> _article;

    // the article's names of the last article done on this thread, emptied, for the next one (see Release); taken out of
    // the slot while in use, so two at once on a thread each have their own
    [ThreadStatic]
    private static Dictionary<string, string>? _spareArticle;

    // the names of the event asked about last: one dictionary per thread, cleared for each event (a summary reads them before
    // the next is asked, and a document's records are written on one thread)
    [ThreadStatic]
    private static Dictionary<string, string>? _own;

    // when the named mentions run in sentence order: per sentence, the layer index of its first named mention (of the first
    // named one of a later sentence when it has none; the mention count at the end), so an event reads only its own sentences'
    // names instead of every name of the article; null otherwise
    private readonly int[]? _sentenceStart;

    public SummaryNames(Analysis analysis)
    {
        _analysis = analysis;
        _article = _spareArticle ?? new Dictionary<string, string>(StringComparer.Ordinal);
        _spareArticle = null;
        var mentions = _mentions = analysis.Get<EntityLayer>()?.Mentions ?? [];
        // (no list of the named mentions with their sentences: the starts are filled in the one pass over the layer)
        int[]? start = null;
        int filled = 0, last = -1;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.NameEn is not { } en) continue;
            Add(_article, m, en);
            if (last == int.MaxValue) continue;
            int sentence = analysis.SentenceOfToken(m.FirstToken).Index;
            if (sentence < last)
            {
                last = int.MaxValue;
                continue;
            }
            last = sentence;
            start ??= new int[analysis.Sentences.Count + 1];
            while (filled <= sentence) start[filled++] = i;
        }
        if (start is null || last == int.MaxValue) return;
        while (filled < start.Length) start[filled++] = mentions.Count;
        _sentenceStart = start;
    }

    /// <summary>Names from the event's own sentences first ("IGO" is the Security Council here, UNICEF elsewhere), then the article's.</summary>
    public EventNames For(Event ev)
    {
        _own?.Clear();
        Dictionary<string, string>? names = null;
        if (_sentenceStart is { } start)
        {
            // the sentences in ascending order over named mentions in sentence order: the same mentions in the same order as the scan below
            foreach (int s in ev.Sentences)
            {
                if (s < 0 || s + 1 >= start.Length) continue;
                for (int i = start[s]; i < start[s + 1]; i++)
                    if (_mentions[i].NameEn is { } en) Add(names ??= Own(), _mentions[i], en);
            }
            return new EventNames(names, _article);
        }
        for (int i = 0; i < _mentions.Count; i++)
            if (_mentions[i].NameEn is { } en && ev.Sentences.Contains(_analysis.SentenceOfToken(_mentions[i].FirstToken).Index)) Add(names ??= Own(), _mentions[i], en);
        return new EventNames(names, _article);
    }

    /// <summary>Hands the article's names on to the next article on this thread: call once its summaries are all written.</summary>
    public void Release()
    {
        _article.Clear();
        _spareArticle = _article;
    }

    private static Dictionary<string, string> Own() => _own ??= new Dictionary<string, string>(StringComparer.Ordinal);

    private static void Add(Dictionary<string, string> names, EntityMention m, string en)
    {
        // a capital that acts is its government: "Germany met", not "Berlin met" (the place keeps the city's name)
        if (m.Actor is { } a)
            names.TryAdd(a, m.GeoPrecision == 1 && ActorCode.Country(a) is { } iso && EntityLexicon.Default.Countries.TryGetValue(iso, out var c) && c.NameEn is { } country ? country : en);
        if (m.Places.Count == 1) names.TryAdd(m.Places[0], en);
    }
}

/// <summary>The names for one event: its own sentences' first, then the article's (looked up in turn, not copied together).</summary>
internal readonly struct EventNames(Dictionary<string, string>? own, Dictionary<string, string> article)
{
    public bool TryGetValue(string code, out string name) =>
        own is not null && own.TryGetValue(code, out name!) || article.TryGetValue(code, out name!);
}
