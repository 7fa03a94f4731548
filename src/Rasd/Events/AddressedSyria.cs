using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "سوريا" as the party a call, charge or threat is made to, or help is given to ("دعت واشنطن سوريا وروسيا إلى …", "دعم إيران
/// لسوريا", "تزويد سوريا بأنظمة"): then it stands for its government, not for the setting it is in most Syria news.
/// </summary>
internal static class AddressedSyria
{
    private const int MaxGap = 5;

    private static bool WordsOnly(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!tokens[k].IsWord) return false;
        return true;
    }

    /// <summary>How Syria takes part: not at all (the setting), as the one given to (a target), or as a party clause order places.</summary>
    internal enum Part { None, Receiver, Party }

    internal static Part Of(IReadOnlyList<Token> tokens, Event ev, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        if (m.FirstToken < trigger.EndToken || m.FirstToken - trigger.EndToken > MaxGap || m.TokenCount != 1) return Part.None;
        var word = tokens[m.FirstToken].Folded;
        switch (ev.Type)
        {
            case "SUPPORT" or "AID":
                // "دعم إيران لسوريا", "المساعدات الروسية لسوريا": what is given goes to the one behind ل
                if (word.StartsWith("لسوري", StringComparison.Ordinal) && WordsOnly(tokens, trigger.EndToken, m.FirstToken)) return Part.Receiver;
                // "تزويد سوريا بأنظمة": right after a verbal noun of giving (not of support, "دعم سوريا" may be Syria's own)
                return ev.Type == "AID" && trigger.HasArticle is false && m.FirstToken == trigger.EndToken && word.StartsWith("سوري", StringComparison.Ordinal)
                    && trigger.Proclitics.Length == 0 ? Part.Receiver : Part.None;
            case "REQUEST" or "ACCUSE" or "THREATEN" or "SANCTION":
                if (!word.StartsWith("سوري", StringComparison.Ordinal) || m.EndToken >= tokens.Count) return Part.None;
                // "ودعت الخارجية الأميركية، سوريا وروسيا إلى": right after the verb and its named subject, it is the one addressed
                foreach (var x in mentions)
                    if (x.FirstToken == trigger.EndToken && x != m
                        && (x.EndToken == m.FirstToken || x.EndToken + 1 == m.FirstToken && tokens[x.EndToken].IsComma))
                        return Part.Receiver;
                // "اتهمت سوريا إسرائيل", "هددت سوريا وروسيا بشن …": right after a bare verb nobody named before is its subject
                // (not where what it is asked follows at once: "يدعو سوريا إلى" has its subject unnamed)
                if (m.FirstToken != trigger.EndToken || trigger.Proclitics is not ("" or "و" or "ف") || trigger.HasArticle || ArgumentFinder.AskedOrChargedAfter(tokens, m))
                    return Part.None;
                foreach (var x in mentions)
                    if (x.EndToken <= trigger.FirstToken && x.Actor is not null) return Part.None;
                return Part.Party;
            default:
                return Part.None;
        }
    }
}
