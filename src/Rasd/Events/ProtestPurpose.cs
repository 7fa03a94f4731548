using Rasd.Lexicons;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// "تظاهر الآلاف رفضا للهجوم": an accusative verbal noun after a protest word in its sentence tells the protest's purpose
/// (data/protest_purpose_words.tsv), no event of its own; so does a demand told with the ل of purpose ("للمطالبة بالإفراج") or
/// by a participle ("تظاهر المئات مطالبين بإسقاط النظام").
/// </summary>
internal static class ProtestPurpose
{
    private static readonly TsvTable Table = TsvTable.LoadEmbedded("protest_purpose_words");

    private static readonly HashSet<string> Words = [.. Table.Rows.Select(r => Text.ArabicFolding.FoldString(r[0]))];

    // "رفضا", "تنديدا", "استنكارا": support is no protest against the one supported
    private static readonly HashSet<string> Against = Table.FoldedWhere("sense", "against", "word");

    /// <summary>Removes from <paramref name="kept"/> (in text order) the purpose words that follow a protest trigger of their sentence.</summary>
    public static void Drop(Analysis analysis, List<TriggerMatch> kept)
    {
        int protestSentence = -1;
        for (int i = 0; i < kept.Count; i++)
        {
            var t = kept[i];
            if (t.Entry.Type == "PROTEST") { protestSentence = t.SentenceIndex; continue; }
            // "تظاهر المئات للمطالبة بالإفراج عن المعتقلين": a demand told with the ل of purpose after a protest is what the protest is for
            if (t.SentenceIndex == protestSentence && t.Entry.Type == "REQUEST" && (IsForPurpose(t) || ParticipleCall.IsParticiple(analysis.Tokens[t.FirstToken])))
            {
                kept.RemoveAt(i--);
                continue;
            }
            if (t.SentenceIndex != protestSentence || t.TokenCount != 1 || t.HasArticle) continue;
            if (IsPurposeWord(analysis.Tokens[t.FirstToken].Folded)) kept.RemoveAt(i--);
        }
    }

    /// <summary>
    /// "تظاهر الآلاف رفضا للهجوم التركي": the state whose deed a protest is against, by the nationality adjective within three
    /// words after a purpose word that follows the protest's trigger in its sentence.
    /// </summary>
    public static List<string> AgainstNationalities(Analysis analysis, TriggerMatch trigger)
    {
        var tokens = analysis.Tokens;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        List<string>? found = null;
        for (int k = trigger.EndToken; k < sentence.EndToken; k++)
        {
            if (!In(Against, tokens[k].Folded)) continue;
            for (int j = k + 2; j < sentence.EndToken && j <= k + 4; j++)
                if (Entities.EntityLexicon.Default.AdjectiveCountryAt(tokens, j) is { } iso)
                {
                    if (!(found ??= []).Contains(iso)) found.Add(iso);
                    break;
                }
        }
        return found ?? None;
    }

    private static readonly List<string> None = [];

    // the demands of purpose as written, folded: the words dropped above, looked for again by the mode of what they ask for
    private static readonly HashSet<string> PurposeDemands = [.. new[] { "للمطالبة", "لمطالبة", "وللمطالبة", "مطالبين", "مطالبا", "داعين", "داعيا" }.Select(w => Text.ArabicFolding.FoldString(w))];

    // how far after "للمطالبة" what is asked for may come ("للمطالبة مجددا بالإفراج عن …")
    private const int DemandReach = 2;

    /// <summary>
    /// "تظاهروا للمطالبة بالإفراج عن المعتقلين": whether the trigger, told with ب, is what a demand of purpose asks for (so it has
    /// not happened); not a deed named further on as the demand's reason ("للمطالبة بمعاقبته جراء قيامه بقتل …").
    /// </summary>
    public static bool DemandedBefore(IReadOnlyList<Text.Token> tokens, TriggerMatch trigger)
    {
        if (!trigger.Proclitics.TrimStart('و').StartsWith('ب')) return false;
        for (int i = trigger.FirstToken - 1; i >= 0 && i >= trigger.FirstToken - DemandReach; i--)
        {
            if (!tokens[i].IsWord) return false;
            if (PurposeDemands.Contains(tokens[i].Folded)) return true;
        }
        return false;
    }

    // "للمطالبة", "لمطالبة", "وللمطالبة": ل (of purpose) and no other preposition before the demand
    private static bool IsForPurpose(TriggerMatch t)
    {
        if (!t.HasPreposition) return false;
        var p = t.Proclitics.TrimStart('و', 'ف');
        return p is "ل" or "لل";
    }

    /// <summary>Whether a folded word is one of the purpose words, alone or after "و" ("ورفضا": a second purpose joined to the first).</summary>
    public static bool IsPurposeWord(string folded) => In(Words, folded);

    private static bool In(HashSet<string> words, string folded) =>
        words.Contains(folded) || folded.Length > 1 && folded[0] == 'و' && words.Contains(folded[1..]);
}
