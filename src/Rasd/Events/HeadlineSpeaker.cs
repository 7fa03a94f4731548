using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// A capital that opens a headline as its speaker ("دمشق تعلن خروج مسلحين من الغوطة", "واشنطن: لدينا أدلة على … بهجوم
/// دوما") is no place of what it tells (data/headline_speaker_verbs.tsv).
/// </summary>
internal static class HeadlineSpeaker
{
    private static readonly HashSet<string> Verbs = Lexicons.TsvTable.FoldedWords("headline_speaker_verbs");

    /// <summary>
    /// Takes the speaking capital out of the places found for a deed, when another place is left: alone, the capital is as
    /// often where the deed happened as the governorate an unplaced event would fall back to.
    /// </summary>
    public static void Drop(Analysis analysis, Sentence sentence, List<EntityMention> placed)
    {
        if (placed.Count < 2) return;
        var tokens = analysis.Tokens;
        for (int i = 0; i < placed.Count; i++)
        {
            var m = placed[i];
            if (m.FirstToken != sentence.FirstToken || m.EndToken >= sentence.EndToken || StatementRoles.CapitalGovernment(m) is null) continue;
            var next = tokens[m.EndToken];
            if (next.Folded != ":" && !Verbs.Contains(next.Folded)) continue;
            placed.RemoveAt(i);
            return;
        }
    }
}
