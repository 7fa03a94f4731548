using Rasd.Entities;
using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// A monitor, an outlet or the UN named after "according to" ("وفق ما أفاد المرصد", "وفقا لما نقلته وكالة الأناضول",
/// "حسبما ذكرت سانا"; data/according_to_words.tsv) is the source of what is told, not a party to it.
/// </summary>
public static class AccordingTo
{
    private static readonly TsvTable Table = TsvTable.LoadEmbedded("according_to_words");
    private static readonly HashSet<string> Prepositions = Table.FoldedWhere("kind", "prep", "word");
    private static readonly HashSet<string> Joined = Table.FoldedWhere("kind", "joined", "word");
    private static readonly string Ma = ArabicFolding.FoldString("ما"), LiMa = ArabicFolding.FoldString("لما");

    /// <summary>Whether the mention is named right after "according to", with "ما" and one verb of saying at most between.</summary>
    public static bool IsSource(IReadOnlyList<Token> tokens, EntityMention m)
    {
        int k = m.FirstToken;
        // the name may be quoted: 'وفق ما نقلت "رويترز"'
        if (k > 0 && tokens[k - 1].Kind == TokenKind.Punctuation && tokens[k - 1].Folded is "\"" or "«") k--;
        if (k < 1) return false;
        if (Prepositions.Contains(tokens[k - 1].Folded)) return true;
        // the verb of saying between: "أفاد", "نقلته"
        if (k < 3 || !tokens[k - 1].IsWord) return false;
        if (Joined.Contains(tokens[k - 2].Folded)) return true;
        var ma = tokens[k - 2].Folded;
        return (ma == Ma || ma == LiMa) && Prepositions.Contains(tokens[k - 3].Folded);
    }
}
