using Rasd.Text;

namespace Rasd.Ner;

/// <summary>A gazetteer entry: a phrase (folded, space-separated tokens) and its category (country, city, person, title cue…).</summary>
public readonly record struct GazetteerEntry(string Category, string Phrase);

/// <summary>A gazetteer match over tokens [FirstToken, FirstToken + TokenCount).</summary>
public readonly record struct GazetteerHit(int FirstToken, int TokenCount, string Category);

/// <summary>Name lists the tagger consults as features: which token runs are known names or cues, and of what category.</summary>
public interface INerGazetteer
{
    /// <summary>All entries, so a model can carry the exact gazetteer it was trained with.</summary>
    IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Every match (overlaps allowed) over a token sequence; the first token of a match may carry proclitics.</summary>
    IReadOnlyList<GazetteerHit> Find(IReadOnlyList<Token> tokens);
}
