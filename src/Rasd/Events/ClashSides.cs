using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// The two sides of a fight told as "between" ("اشتباكات بين قوات النظام وفصائل المعارضة", "معارك بين القوات التركية والفصائل من
/// جهة، ووحدات حماية الشعب من جهة أخرى", data/clash_sides.tsv): the side named first is the fight's actor, the side named second
/// its target, as a two-sided fight is coded.
/// </summary>
internal static class ClashSides
{
    private static readonly Lexicons.TsvTable Table = Lexicons.TsvTable.LoadEmbedded("clash_sides");
    private static readonly HashSet<string> SideNouns = Table.FoldedWhere("kind", "side", "word");
    private static readonly HashSet<string> ApartWords = Table.FoldedWhere("kind", "apart", "word");
    private static readonly HashSet<string> ExchangeWords = Table.FoldedWhere("kind", "exchange", "word");

    /// <summary>The finite verbs of clashing ("اشتبك", "اشتبكت"), folded.</summary>
    internal static readonly HashSet<string> ClashVerbs = Table.FoldedWhere("kind", "verb", "word");

    // how many tokens may stand between the attack word and its "بين" ("اشتباكات عنيفة مستمرة منذ الأربعاء بين")
    private const int Reach = 8;

    // how far after "بين" a list of two sides may run ("بين القوات التركية والفصائل المقاتلة من جهة، ووحدات حماية الشعب …")
    private const int ListReach = 24;

    // how many words of a side may stand before its name ("بين مسلحي تنظيم داعش", "وعناصر من قوات النظام") or after it
    // before the other side ("ميليشيات الحوثي الانقلابية وقوات الشرعية")
    private const int Fillers = 3, Adjectives = 2;

    /// <summary>Whether <paramref name="m"/> is named in the second side of the fight <paramref name="trigger"/> tells as "between".</summary>
    public static bool OfSecondSide(Pipeline.Analysis analysis, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        if (FirstSide(analysis, trigger, m, mentions) is not var (between, first) || first.Actor is { } group && group.Contains('+')
            || m.FirstToken < first.EndToken) return false;
        var tokens = analysis.Tokens;
        int second = SecondSideStart(tokens, mentions, between, first);
        if (second < 0 || m.FirstToken < second) return false;
        // the names of the second side: the first a few words of a side into it, then each joined to the one before by "و"
        var named = NameAt(tokens, mentions, second);
        while (named is not null)
        {
            if (named.FirstToken == m.FirstToken) return true;
            named = JoinedAfter(tokens, mentions, named);
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="m"/> is named after the "مع" of a verb of clashing ("اشتبكت قوات النظام مع مقاتلين من المعارضة"): the
    /// side the verb's subject fights, the fight's target.
    /// </summary>
    public static bool AfterWith(Pipeline.Analysis analysis, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        if (m.FirstToken <= trigger.EndToken || !ClashVerbs.Contains(trigger.Entry.FoldedPhrase)) return false;
        var tokens = analysis.Tokens;
        int with = WithAfter(tokens, trigger, m.FirstToken);
        if (with < 0 || OtherTriggerBefore(analysis, trigger, with)) return false;
        // the names of the other side: the first a few words of a side into it, then each joined to the one before by "و"
        var named = NameAt(tokens, mentions, with + 1);
        while (named is not null)
        {
            if (named.FirstToken == m.FirstToken) return true;
            named = JoinedAfter(tokens, mentions, named);
        }
        return false;
    }

    // the "مع" after the verb and its subject within reach, before <paramref name="name"/>; -1 if none
    private static int WithAfter(IReadOnlyList<Token> tokens, TriggerMatch trigger, int name)
    {
        int last = Math.Min(name - 1, trigger.EndToken + Reach);
        for (int k = trigger.EndToken; k <= last; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation) return -1;
            if (t.Folded == "مع") return k;
        }
        return -1;
    }

    /// <summary>
    /// Whether <paramref name="code"/> is a later member of the parties <paramref name="m"/> refers back to as the sides of the
    /// fight ("اشتباكات بين الطرفين" after "قوات النظام وفصائل المعارضة"): the side named second in their list.
    /// </summary>
    public static bool LaterOfGroup(Pipeline.Analysis analysis, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions, string code) =>
        m.Actor is { } group && group.Contains('+') && !group.AsSpan().StartsWith(string.Concat(code, "+"))
        && FirstSide(analysis, trigger, m, mentions) is var (_, first) && first == m;

    // the fight's "بين" and the first name after it; null if the trigger tells no fight of sides named after it
    private static (int Between, EntityMention First)? FirstSide(Pipeline.Analysis analysis, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        if (m.FirstToken <= trigger.EndToken || !Fight(analysis.Tokens, trigger)) return null;
        var tokens = analysis.Tokens;
        int between = BetweenAfter(tokens, trigger, m.FirstToken);
        // ("بعدما فشلت المفاوضات بين …": past another event's word the sides are that event's)
        if (between < 0 || OtherTriggerBefore(analysis, trigger, between)) return null;
        // a side with no name ("بين المحتجين وقوات الأمن") leaves the other its role as told
        return NameAt(tokens, mentions, between + 1) is { } first ? (between, first) : null;
    }

    // a clash ("اشتباكات", "معارك") or an exchange of fire ("تبادل للقصف"): a fight of two sides; of other attacks "بين" tells
    // something else ("وتسبب الهجوم في أزمة بين …")
    private static bool Fight(IReadOnlyList<Token> tokens, TriggerMatch trigger)
    {
        if (trigger.Entry.AttackMode == "armed_clash") return true;
        if (trigger.FirstToken == 0) return false;
        foreach (var r in tokens[trigger.FirstToken - 1].Readings)
            if (ExchangeWords.Contains(r.Stem)) return true;
        return false;
    }

    private static bool OtherTriggerBefore(Pipeline.Analysis analysis, TriggerMatch trigger, int between)
    {
        if (analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex) is not { } all) return false;
        foreach (var t in all)
            if (t.FirstToken >= trigger.EndToken && t.EndToken <= between) return true;
        return false;
    }

    // the "بين" that follows the attack word within reach, not taken by a word of its own ("على الحدود بين", "السياج الذي يفصل
    // بين"); -1 if none
    private static int BetweenAfter(IReadOnlyList<Token> tokens, TriggerMatch trigger, int name)
    {
        int last = Math.Min(name - 1, trigger.EndToken + Reach);
        for (int k = trigger.EndToken; k <= last; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation && !t.IsComma || ApartWords.Contains(t.Folded)) return -1;
            if (t.Folded == "بين") return k;
        }
        return -1;
    }

    // the name that opens a side at <paramref name="from"/>, past words of a side ("مسلحي", "عناصر من"); null if none
    private static EntityMention? NameAt(IReadOnlyList<Token> tokens, List<EntityMention> mentions, int from)
    {
        foreach (var x in mentions)
        {
            if (x.FirstToken < from) continue;
            if (x.FirstToken - from > Fillers) return null;
            for (int k = from; k < x.FirstToken; k++)
                if (!SideWord(tokens[k])) return null;
            return x;
        }
        return null;
    }

    // the name joined to <paramref name="prev"/> by "و" right after it (or after its adjectives); null if none
    private static EntityMention? JoinedAfter(IReadOnlyList<Token> tokens, List<EntityMention> mentions, EntityMention prev)
    {
        int k = prev.EndToken;
        while (k < tokens.Count && k - prev.EndToken < Adjectives && Adjective(tokens[k])) k++;
        if (k >= tokens.Count || !tokens[k].MayOpenWithAnd) return null;
        return NameAt(tokens, mentions, k);
    }

    // where the second side's list starts: after the first "من جهة" of a list that has one, else at the first word with "و" after
    // the first side's name and its adjectives that joins no ally to it ("قوات النظام وحلفاؤها"), or after "مع" there; -1 if none
    private static int SecondSideStart(IReadOnlyList<Token> tokens, List<EntityMention> mentions, int between, EntityMention first)
    {
        int end = Math.Min(tokens.Count - 1, between + ListReach);
        for (int k = first.EndToken; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && !tokens[k].IsComma) break;
            if (tokens[k].Folded != "من" || !SideNouns.Contains(tokens[k + 1].Folded)) continue;
            int start = k + 2;
            while (start < tokens.Count && tokens[start].IsComma) start++;
            return start;
        }
        int adjectives = 0;
        for (int k = first.EndToken; k < end; k++)
        {
            var t = tokens[k];
            // "بين ألوية العمالقة مع المتمردين"
            if (t.Folded == "مع") return k + 1;
            if (t.MayOpenWithAnd && !Inside(mentions, k))
            {
                if (!ArgumentFinder.AllyNounBefore(tokens, k + 1)) return k;
                // ("قوات النظام وحلفاؤها والفصائل": the ally stands with the first side)
                adjectives = 0;
                continue;
            }
            if (!Adjective(t) || ++adjectives > Adjectives) return -1;
        }
        return -1;
    }

    // a definite word after a name that goes on describing it ("الانقلابية", "السورية")
    private static bool Adjective(Token t) => t.IsWord && t.Folded.StartsWith("ال", StringComparison.Ordinal) && !t.MayOpenWithAnd;

    // a word of a side before its name ("مسلحي", "عناصر", "من"), with or without "و"
    private static bool SideWord(Token t)
    {
        if (!t.IsWord) return false;
        foreach (var r in t.Readings)
            if (ArgumentFinder.CueFillers.Contains(r.Stem) && r.Proclitics is "" or "و") return true;
        return false;
    }

    private static bool Inside(List<EntityMention> mentions, int k)
    {
        foreach (var x in mentions)
            if (x.FirstToken < k && k < x.EndToken) return true;
        return false;
    }
}
