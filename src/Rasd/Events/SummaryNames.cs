using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>The English names an article's mentions give each actor and place code, gathered once for all its event summaries.</summary>
internal sealed class SummaryNames
{
    // named mentions in text order, with their sentence, and the article-wide name of each code (its first mention's)
    private readonly List<(int Sentence, EntityMention Mention, string Name)> _named;
    private readonly Dictionary<string, string> _article = new(StringComparer.Ordinal);

    // the names of the event asked about last: one dictionary cleared for each event (a summary reads them before the next is asked)
    private Dictionary<string, string>? _own;

    // when _named runs in sentence order: where each sentence's entries begin (entry count at the end), so an event reads
    // only its own sentences' names instead of every name of the article; null otherwise
    private readonly int[]? _sentenceStart;

    public SummaryNames(Analysis analysis)
    {
        bool ordered = true;
        var mentions = analysis.Get<EntityLayer>()?.Mentions ?? [];
        // sized for the named mentions (counted first) rather than grown to them
        int count = 0;
        for (int i = 0; i < mentions.Count; i++)
            if (mentions[i].NameEn is not null) count++;
        _named = new(count);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.NameEn is not { } en) continue;
            int sentence = analysis.SentenceOfToken(m.FirstToken).Index;
            if (_named.Count > 0 && sentence < _named[^1].Sentence) ordered = false;
            _named.Add((sentence, m, en));
            Add(_article, m, en);
        }
        if (!ordered || _named.Count == 0) return;
        _sentenceStart = new int[analysis.Sentences.Count + 1];
        int at = 0;
        for (int s = 0; s <= analysis.Sentences.Count; s++)
        {
            while (at < _named.Count && _named[at].Sentence < s) at++;
            _sentenceStart[s] = at;
        }
    }

    /// <summary>Names from the event's own sentences first ("IGO" is the Security Council here, UNICEF elsewhere), then the article's.</summary>
    public EventNames For(Event ev)
    {
        _own?.Clear();
        Dictionary<string, string>? names = null;
        if (_sentenceStart is { } start)
        {
            // the sentences in ascending order over entries in sentence order: the same entries in the same order as the scan below
            foreach (int s in ev.Sentences)
            {
                if (s < 0 || s + 1 >= start.Length) continue;
                for (int i = start[s]; i < start[s + 1]; i++)
                    Add(names ??= Own(), _named[i].Mention, _named[i].Name);
            }
            return new EventNames(names, _article);
        }
        foreach (var (sentence, m, en) in _named)
            if (ev.Sentences.Contains(sentence)) Add(names ??= Own(), m, en);
        return new EventNames(names, _article);
    }

    private Dictionary<string, string> Own() => _own ??= new Dictionary<string, string>(StringComparer.Ordinal);

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
