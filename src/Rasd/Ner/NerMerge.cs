using Rasd.Entities;

namespace Rasd.Ner;

/// <summary>
/// Combines gazetteer entity mentions with model spans. The rule: every gazetteer mention stays, with its type and extent
/// (a known name's type comes from the lexicon, never from the model); a model span that overlaps no gazetteer mention is
/// added as a new named entity (PER/ORG/LOC; MISC and unknown types are dropped, as the record has no such type);
/// a model span that overlaps a gazetteer mention is dropped; a model span of fewer than <see cref="MinTokens"/> tokens is
/// dropped too (a lone word the model calls a name is most often a common noun or month with a clitic: on the dev
/// articles single-token spans were 6 of the model's 8 false positives).
/// </summary>
public static class NerMerge
{
    /// <summary>The fewest tokens a model-only name needs to enter the entity layer.</summary>
    public const int MinTokens = 2;

    public static List<EntityMention> Merge(IReadOnlyList<EntityMention> gazetteerMentions, IReadOnlyList<NerSpan> nerSpans, string text, int minTokens = MinTokens)
    {
        var result = new List<EntityMention>(gazetteerMentions);
        foreach (var span in nerSpans)
        {
            if (TypeOf(span.Type) is not { } type || span.TokenCount < minTokens) continue;
            if (gazetteerMentions.Any(g => g.Span.Overlaps(span.Span))) continue;
            var surface = span.Span.Of(text);
            result.Add(new EntityMention(span.Span, span.FirstToken, span.TokenCount, surface, type, surface, null, null, null, []));
        }
        result.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        return result;
    }

    /// <summary>The record type of a model type (PER, PERS, ORG, LOC, GPE); null for MISC and fine-grained types.</summary>
    public static EntityType? TypeOf(string nerType) => nerType.ToUpperInvariant() switch
    {
        "PER" or "PERS" => EntityType.Per,
        "ORG" => EntityType.Org,
        "LOC" or "GPE" => EntityType.Loc,
        _ => null,
    };
}
