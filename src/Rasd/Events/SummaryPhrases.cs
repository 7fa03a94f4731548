using Rasd.Lexicons;

namespace Rasd.Events;

/// <summary>The English wording of what an event did, by type, attack mode or trigger sense (data/summary_phrases.tsv).</summary>
internal sealed class SummaryPhrases
{
    /// <summary>One way of telling an event: after its actors (with and without targets; done, and in the base form) and without actors.</summary>
    internal sealed record Phrase(string VerbTarget, string VerbAlone, string BaseTarget, string BaseAlone, string NounTarget, string NounAlone);

    public static SummaryPhrases Default { get; } = new(TsvTable.LoadEmbedded("summary_phrases"));

    private readonly Dictionary<string, Phrase> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Mode), Phrase> _byMode = [];
    private readonly Dictionary<(string Type, string Trigger), Phrase> _byTrigger = [];

    public SummaryPhrases(TsvTable table)
    {
        foreach (var row in table.Rows)
        {
            var type = table.Cell(row, "type");
            var when = table.Cell(row, "when");
            var phrase = new Phrase(table.Cell(row, "verb_target"), table.Cell(row, "verb_alone"), table.Cell(row, "base_target"), table.Cell(row, "base_alone"),
                table.Cell(row, "noun_target"), table.Cell(row, "noun_alone"));
            if (phrase.VerbAlone.Length == 0 || phrase.BaseAlone.Length == 0 || phrase.NounAlone.Length == 0)
                throw new InvalidDataException($"data/summary_phrases.tsv: {type} {when} needs verb_alone, base_alone and noun_alone");
            if ((phrase.VerbTarget.Length == 0) != (phrase.BaseTarget.Length == 0))
                throw new InvalidDataException($"data/summary_phrases.tsv: {type} {when} has verb_target and base_target only together");
            if (when == "*") _byType[type] = phrase;
            else if (when.StartsWith("mode:", StringComparison.Ordinal)) _byMode[(type, when[5..])] = phrase;
            else if (when.StartsWith("triggers:", StringComparison.Ordinal))
                foreach (var trigger in when[9..].Split('|'))
                    _byTrigger[(type, Text.ArabicFolding.FoldString(trigger))] = phrase;
            else throw new InvalidDataException($"data/summary_phrases.tsv: unknown 'when' {when} for {type}");
        }
    }

    /// <summary>The wording for an event: its first trigger's sense if that has one, else its attack mode's, else its type's.</summary>
    public Phrase For(Event ev)
    {
        foreach (var t in ev.Triggers)
            if (_byTrigger.TryGetValue((ev.Type, t.Entry.FoldedPhrase), out var sense)) return sense;
        if (ev.AttackMode is { } mode && _byMode.TryGetValue((ev.Type, mode), out var byMode)) return byMode;
        return _byType.TryGetValue(ev.Type, out var byType) ? byType : Fallback;
    }

    private static readonly Phrase Fallback = new("acted on {T}", "acted", "act on {T}", "act", "An event involving {T}", "An event");
}
