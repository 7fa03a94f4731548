using Rasd.Entities;

namespace Rasd.Events;

/// <summary>
/// Refugees and the displaced ("اللاجئين السوريين", "النازحين"): civilians whom aid, calls and closed borders reach and who leave
/// (data/displaced_people_words.tsv), never the ones who attack, call, agree or talk.
/// </summary>
internal static class DisplacedPeople
{
    private static readonly string[] Stems = [.. Lexicons.TsvTable.FoldedWords("displaced_people_words")];

    /// <summary>Whether the phrase ends in the nominative plural ("اللاجئون", "النازحون"): the subject of its clause.</summary>
    internal static bool Nominative(IReadOnlyList<Text.Token> tokens, EntityMention m) =>
        tokens[m.EndToken - 1].Folded.EndsWith("ون", StringComparison.Ordinal);

    /// <summary>Whether a civilian phrase names refugees or the displaced.</summary>
    internal static bool Are(EntityMention m)
    {
        if (m.Actor is null || ActorCode.Sector(m.Actor) != "CVL") return false;
        // (folded into a buffer on the stack, not a new string for every mention asked about)
        var text = m.Text.AsSpan();
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var folded = buffer[..Text.ArabicFolding.FoldInto(text, buffer)];
        foreach (var s in Stems)
            if (folded.Contains(s, StringComparison.Ordinal)) return true;
        return false;
    }
}
