using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// The forces an attack hits when its target is a military noun with nationality adjectives (data/event_target_heads.tsv):
/// "غارات على أهداف عسكرية سورية وإيرانية" → SYRMIL, IRNMIL.
/// </summary>
public static class TargetNationalities
{
    private static readonly Lexicons.TsvTable Table = Lexicons.TsvTable.LoadEmbedded("event_target_heads");
    private static readonly HashSet<string> Heads = Table.FoldedWhere("part", "head", "word");
    private static readonly HashSet<string> Fillers = Table.FoldedWhere("part", "filler", "word");
    private static readonly HashSet<string> Aircraft = Table.FoldedWhere("part", "aircraft", "word");
    private static readonly HashSet<string> DownVerbs = Table.FoldedWhere("part", "down_verb", "word");
    private static readonly HashSet<string> HostHeads = Table.FoldedWhere("part", "host", "word");
    private static readonly HashSet<string> HostMarkers = Table.FoldedWhere("part", "host_marker", "word");
    private static readonly HashSet<string> Belonging = Table.FoldedWhere("part", "belonging", "word");
    private static readonly HashSet<string> ForeignHeld = Table.FoldedWhere("part", "foreign_held", "word");

    /// <summary>
    /// Whether a military site noun ("مقرات", "المواقع العسكرية التي") ends within three words before token <paramref name="at"/>,
    /// as the thing hit: "مقرات تتحصن فيها …", not the place fire comes from ("قصف من مواقع تسيطر عليها القوات الموالية").
    /// </summary>
    public static bool SiteBefore(IReadOnlyList<Token> tokens, int at, int sentenceStart)
    {
        for (int k = at - 1; k >= Math.Max(sentenceStart, at - 3); k--)
        {
            if (IsHead(tokens[k])) return k == sentenceStart || !FromWords.Contains(tokens[k - 1].Folded);
            if (!Fillers.Contains(tokens[k].Folded) && tokens[k].Folded is not ("التي" or "الذي")) return false;
        }
        return false;
    }

    // "من مواقع …", "انطلاقا من مواقع …": the site fire comes from
    private static readonly HashSet<string> FromWords = new(StringComparer.Ordinal) { "من", "انطلاقا" };

    /// <summary>Country codes of the adjectives on the military target phrase that a target cue opens after the trigger.</summary>
    /// <remarks>With none, a shared empty list: read it, never change it.</remarks>
    public static List<string> Of(Analysis analysis, TriggerMatch trigger, Sentence sentence, List<EntityMention> mentions,
        List<Lexicons.TrieMatch<string[]>> targetCues)
    {
        var tokens = analysis.Tokens;
        List<string>? found = null;
        // "استهدف القاعدة الروسية", "قصفت الطائرات الإسرائيلية مواقع إيرانية": the head as the trigger's own object, with no cue
        // between (a few words on, past the subject)
        for (int k = trigger.EndToken; k < Math.Min(sentence.EndToken, trigger.EndToken + 5); k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation || ArgumentFinder.CueStartsAt(targetCues, k)) break;
            // "الضربات المجهولة وقواعد إيران بسوريا": a head joined by و to the attack phrase stands beside it, it is not its object
            // (joined to a first object it is a second one: "تستهدف مقديشو وقواعد عسكرية صومالية")
            if (JoinedHead(tokens[k]) && !NameBetween(mentions, trigger.EndToken, k)) break;
            if (!IsObjectHead(tokens, trigger, k)) continue;
            AddAdjectives(tokens, sentence, mentions, k, k + 1, ref found);
            break;
        }
        // "تعرض مطار المزة العسكري لعدة غارات", "مطار عسكري سوري يتعرض لضربات": the site that undergoes the attack is hit
        if (UndergoingSite(tokens, trigger, sentence) is { } site) AddAdjectives(tokens, sentence, mentions, site, site + 1, ref found);
        foreach (var cue in targetCues)
        {
            // the cue belongs to this attack: right after it, or after a few words of its own phrase ("غارات جوية على …")
            // (the names of who carried it out do not count: "ضربات شنتها الولايات المتحدة وفرنسا وبريطانيا ضد …")
            if (cue.FirstToken < trigger.EndToken || cue.FirstToken - trigger.EndToken > 12) continue;
            bool punctuated = false;
            int words = 0;
            for (int p = trigger.EndToken; p < cue.FirstToken; p++)
            {
                punctuated |= tokens[p].Kind == TokenKind.Punctuation;
                if (!ArgumentFinder.Covers(mentions, p)) words++;
            }
            if (punctuated || words > 4) continue;
            // the head is the cue's own last word ("على مواقع") or the word after it ("على أهداف"), past a count ("ضد ثلاثة مواقع سورية")
            int after = cue.EndToken < sentence.EndToken && IsCount(tokens[cue.EndToken]) ? cue.EndToken + 1 : cue.EndToken;
            int head = IsHead(tokens[cue.EndToken - 1]) ? cue.EndToken - 1 : after < sentence.EndToken && IsHead(tokens[after]) ? after : -1;
            if (head >= 0) AddAdjectives(tokens, sentence, mentions, head, head + 1, ref found);
        }
        return found ?? None;
    }

    // the adjectives from k on, after a filler ("أهداف عسكرية سورية") or the place's own name ("قاعدة حميميم الروسية",
    // "مطار التيفور العسكري السوري"); with none, the state named after the head ("قواعد إيران") or a military airport's host
    private static void AddAdjectives(IReadOnlyList<Token> tokens, Sentence sentence, List<EntityMention> mentions, int head, int k, ref List<string>? found)
    {
        if (k < sentence.EndToken && ArgumentFinder.StartingAt(mentions, k) is { Type: EntityType.Loc } name)
        {
            // "قصفت مواقع إيران في سوريا": a state named right after the site noun is the one whose sites they are
            // (the head in construct, without ال, and the state without a preposition: "ضربات ضد القاعدة باليمن", "أهداف بسوريا")
            if (name.GeoPrecision == 3 && name.Actor is not null && name.Id is { Length: 3 } state && name.Span.Start == tokens[k].Start
                && !tokens[head].Folded.StartsWith("ال", StringComparison.Ordinal))
            {
                AddCode(state, ref found);
                return;
            }
            k = name.EndToken;
        }
        // a name the gazetteer lacks, known by the filler after it: "قاعدة تيفور الجوية السورية"
        else if (k + 1 < sentence.EndToken && tokens[k].IsWord && Fillers.Contains(tokens[k + 1].Folded) && !Fillers.Contains(tokens[k].Folded)
            && EntityLexicon.Default.AdjectiveCountryAt(tokens, k) is null) k++;
        // ("بنية تحتية عسكرية إيرانية", "مواقع دفاع جوي سورية": fillers may follow one another)
        bool military = false;
        for (; k < sentence.EndToken && Fillers.Contains(tokens[k].Folded); k++) military |= HostMarkers.Contains(tokens[k].Folded);
        int before = found?.Count ?? 0;
        for (int named = 0; k < sentence.EndToken; k++, named++)
        {
            // "عشرات الأهداف "الإيرانية"": an adjective set in quotes still names the side hit
            if (tokens[k].IsQuoteMark)
            {
                named--;
                continue;
            }
            if (ArgumentFinder.Covers(mentions, k)) break;
            if (EntityLexicon.Default.AdjectiveCountryAt(tokens, k) is not { } iso) break;
            // "سورية وإيرانية": each adjective joined by و names another force
            if (named > 0 && !tokens[k].Folded.StartsWith('و')) break;
            AddCode(iso, ref found);
        }
        // "قصفت إسرائيل مطار المزة العسكري": a military airport no adjective gives to another force is its host state's
        // (the state of the named place: a base a foreign force holds is told as such, "قاعدة حميميم الروسية")
        if ((found?.Count ?? 0) == before && military && HostHeads.Contains(tokens[head].Folded) && !ForeignHeldBetween(tokens, head, k)
            && (HostState(mentions, head) ?? PlaceAfter(mentions, k)) is { } host)
            AddCode(host, ref found);
    }

    // how far the verb of undergoing may stand from the attack it governs, and the site head from the verb
    private const int UndergoReach = 5;

    // the site head that is the subject of a verb of undergoing that governs the trigger with ل: after the verb ("تعرض مطار المزة
    // العسكري لغارات") or before it ("مطار عسكري سوري يتعرض لضربات"), with only words between
    private static int? UndergoingSite(IReadOnlyList<Token> tokens, TriggerMatch trigger, Sentence sentence)
    {
        // ("لعدة غارات", "لسلسلة غارات": ل may stand on a word before the attack noun)
        int start = trigger.FirstToken;
        if (!trigger.HasPreposition)
        {
            if (start == sentence.FirstToken || !tokens[start - 1].IsWord || !tokens[start - 1].Folded.StartsWith('ل')) return null;
            start--;
        }
        for (int v = start - 1; v >= Math.Max(sentence.FirstToken, start - UndergoReach); v--)
        {
            if (!tokens[v].IsWord) return null;
            if (!UndergoneAttack.IsVerb(tokens[v])) continue;
            if (v + 1 < start && IsHead(tokens[v + 1])) return v + 1;
            for (int h = v - 1; h >= Math.Max(sentence.FirstToken, v - UndergoReach); h--)
            {
                if (!tokens[h].IsWord) return null;
                if (IsHead(tokens[h])) return h;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="m"/>, behind ل, owns a military site the attack hits after it: "قصفت المدفعية مواقع للحوثيين",
    /// "استهدف مقرات تابعة لفصائل معارضة" (not the site fire comes from: "قصف من مواقع لقوات النظام").
    /// </summary>
    public static bool SiteOwner(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m)
    {
        var first = tokens[m.FirstToken];
        if (m.FirstToken <= trigger.EndToken || m.Span.Start == first.Start || !first.Folded.StartsWith('ل')) return false;
        // between the head and the owner: fillers, "تابعة", and at most one other word ("مواقع متفرقة لـ", "مستودعات أسلحة لـ");
        // not "الأهداف الإرهابية العالمية لحزب الله", where the name is no site's owner
        int others = 0;
        for (int k = m.FirstToken - 1; k >= Math.Max(trigger.EndToken, m.FirstToken - 3); k--)
        {
            if (!tokens[k].IsWord) return false;
            if (IsHead(tokens[k])) return k - trigger.EndToken <= OwnerReach && (k == 0 || !FromWords.Contains(tokens[k - 1].Folded));
            if (!Fillers.Contains(tokens[k].Folded) && !Belonging.Contains(tokens[k].Folded) && ++others > 1) return false;
        }
        return false;
    }

    // how far after the attack word the site head may stand ("قصفت قوات الشرعية اليمنية ومقاتلات التحالف العربي، الخميس، مواقع …")
    private const int OwnerReach = 12;

    // "مطار حميميم العسكري": an airport a foreign force holds is not its host state's
    private static bool ForeignHeldBetween(IReadOnlyList<Token> tokens, int head, int end)
    {
        for (int i = head + 1; i < end; i++)
            if (ForeignHeld.Contains(tokens[i].Folded)) return true;
        return false;
    }

    // the country of the named place the airport head begins or stands before ("مطار المزة" in SY01 → SYR)
    private static string? HostState(List<EntityMention> mentions, int head)
    {
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Loc || m.FirstToken > head + 1 || m.EndToken <= head || m.Places.Count != 1) continue;
            return CountryOf(m.Places[0]);
        }
        return null;
    }

    // how far after the airport's name the place that locates it may begin ("مطار عسكري بالقرب من العاصمة دمشق")
    private const int PlaceReach = 5;

    // the country of the first place named right after an airport the gazetteer lacks ("مطار التيفور العسكري في محافظة حمص")
    private static string? PlaceAfter(List<EntityMention> mentions, int k)
    {
        EntityMention? first = null;
        foreach (var m in mentions)
            if (m.Type == EntityType.Loc && m.FirstToken >= k && m.FirstToken < k + PlaceReach && (first is null || m.FirstToken < first.FirstToken)) first = m;
        return first is { Places.Count: 1 } ? CountryOf(first.Places[0]) : null;
    }

    // SY01 → SYR; a country's own code as it is
    private static string? CountryOf(string place) =>
        place.Length > 3 && place.StartsWith("SY", StringComparison.Ordinal) ? "SYR" : place.Length == 3 ? place : null;

    private static void AddCode(string iso, ref List<string>? found)
    {
        if (!(found ??= []).Contains(iso)) found.Add(iso);
    }

    // a number in digits or words ("3", "ثلاث", "عشرات")
    private static bool IsCount(Token token) =>
        token.IsNumber || Numbers.NumberLexicon.Default.TryCardinal(token.Folded, out _, out _);

    /// <summary>Whether the token after the trigger is a noun for what the attack hits ("مواقع", "قاعدة", "مطار"), whose nationality adjective is the side hit.</summary>
    /// <remarks>Right after a verb a definite head is more often its subject: "أطلقت الدفاعات الجوية السورية صواريخ".</remarks>
    public static bool IsObjectHead(IReadOnlyList<Token> tokens, TriggerMatch trigger, int k) =>
        (IsHead(tokens[k]) || IsAircraft(tokens[k]) && Downing(tokens, trigger)) && !(k == trigger.EndToken && tokens[k].Folded.StartsWith("ال", StringComparison.Ordinal));

    /// <summary>Whether the word is an aircraft noun ("طائرات", "مقاتلات") of data/event_target_heads.tsv.</summary>
    public static bool IsAircraftWord(Token token) => IsAircraft(token);

    private static bool IsAircraft(Token token) => Aircraft.Contains(token.Folded) || token.Readings.Any(r => Aircraft.Contains(r.Stem));

    // the trigger shoots something down ("أسقطت", "إسقاط"): the aircraft after it is what was hit
    private static bool Downing(IReadOnlyList<Token> tokens, TriggerMatch trigger) => tokens[trigger.FirstToken].Readings.Any(r => DownVerbs.Contains(r.Stem));

    // what most attacks find (read only)
    private static readonly List<string> None = [];

    // whether a name covers a token in [from, to)
    private static bool NameBetween(List<EntityMention> mentions, int from, int to)
    {
        for (int p = from; p < to; p++)
            if (ArgumentFinder.Covers(mentions, p)) return true;
        return false;
    }

    private static bool JoinedHead(Token token) => token.Folded.Length > 1 && token.Folded[0] == 'و' && !Heads.Contains(token.Folded) && IsHead(token);

    private static bool IsHead(Token token) => Heads.Contains(token.Folded) || token.Readings.Any(r => Heads.Contains(r.Stem));
}
