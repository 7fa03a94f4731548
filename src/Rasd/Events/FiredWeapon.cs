using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// An attack told by its rockets, missiles, shells or drones (data/fired_weapons.tsv): the state they are fired towards or fall
/// in ("أطلق الحوثيون صاروخا بالستيا على السعودية", "سقطت قذيفتان في شمال إسرائيل") is what the attack hits, never its maker;
/// the place they are fired from ("إطلاق صاروخين من سوريا على إسرائيل") is neither; the air defence that intercepts them
/// ("اعترضت الدفاعات الجوية السعودية صاروخا") is the side attacked, not an attacker.
/// </summary>
internal static class FiredWeapon
{
    private static readonly Lexicons.TsvTable Table = Lexicons.TsvTable.LoadEmbedded("fired_weapons");
    private static readonly HashSet<string> Weapons = Words("weapon"), Launches = Words("launch"), Falls = Words("fall"),
        Towards = Words("toward"), PlaceHeads = Words("place_head"), Origins = Words("origin"), Intercepts = Words("intercept"),
        InterceptTriggers = Words("intercept_trigger");

    private static HashSet<string> Words(string part) => Table.FoldedWhere("part", part, "word");

    // how many words may stand between the weapon and the preposition before the place ("صاروخين من سوريا على", "قذيفتان أطلقتا من سوريا في")
    private const int Reach = 6;

    /// <summary>Whether <paramref name="m"/> names where a fired weapon was sent or fell: a preposition of direction (or "في"
    /// after a word of falling), at most two place heads ("باتجاه مدينة جيزان", "على مواقع في"), and the weapon a few words before.</summary>
    public static bool Destination(IReadOnlyList<Token> tokens, Sentence sentence, EntityMention m) => DestinationCue(tokens, sentence, m) >= 0;

    /// <summary>The preposition of <see cref="Destination"/> (where the firing told before it ends), or -1.</summary>
    public static int DestinationCue(IReadOnlyList<Token> tokens, Sentence sentence, EntityMention m)
    {
        int k = m.FirstToken - 1;
        // ("على مواقع في السعودية": "في" after a place head belongs to it)
        for (int heads = 0; k > sentence.FirstToken && heads < 3 && (Has(tokens[k], PlaceHeads) || tokens[k].Folded == "في" && Has(tokens[k - 1], PlaceHeads)); heads++) k--;
        if (k <= sentence.FirstToken || !tokens[k].IsWord || !Towards.Contains(tokens[k].Folded)) return -1;
        bool into = tokens[k].Folded == "في", weapon = false, fall = false;
        // ("صاروخ باليستي من قبل الميليشيا من داخل الأراضي اليمنية من محافظة صعدة باتجاه": each "من" before lets the weapon stand further back)
        int reach = Reach;
        for (int j = k - 1; j >= sentence.FirstToken && j >= k - reach; j--)
        {
            // a clause or an aside ends the firing: "…، على أن" is another matter
            if (!tokens[j].IsWord && !tokens[j].IsNumber) break;
            weapon |= IsWeapon(tokens, j);
            fall |= Has(tokens[j], Falls);
            if (Origins.Contains(tokens[j].Folded)) reach += 3;
        }
        return weapon && (!into || fall) ? k : -1;
    }

    /// <summary>Whether the trigger is the firing told before the preposition at <paramref name="cue"/>: the attack word stands in
    /// the few words before it ("أطلق الحوثيون في اليمن صاروخا بالستيا على", "هجمات بالصواريخ شنها الحوثيون على"), not another
    /// attack of the clause ("غارة … بعد وقف إطلاق الصواريخ باتجاه إسرائيل" leaves Israel to the rockets).</summary>
    /// <remarks>A firing joined by "و" after the trigger is a deed of its own ("تهديد … بتوجيه ضربة عسكرية لسوريا وإطلاق الحوثيين
    /// صاروخا باتجاه السعودية": Saudi Arabia is no target of the strike); an attack word of purpose right after the place is the
    /// firing's own ("أطلقهما الحوثيون باتجاه جنوب السعودية في محاولة لاستهداف مطار").</remarks>
    public static bool Fires(IReadOnlyList<Token> tokens, TriggerMatch trigger, int cue, EntityMention m)
    {
        if (cue < 0) return false;
        if (trigger.FirstToken >= m.EndToken)
            return trigger.FirstToken - m.EndToken <= 3 && trigger.Proclitics.TrimStart('و', 'ف') is "ل" or "لل";
        // (the attack verb may be the cue itself: "هجوم صاروخي استهدف شمالي إسرائيل")
        if (trigger.FirstToken > cue) return false;
        // (each "من" between lets the firing stand further back, as in DestinationCue)
        int reach = Reach + 3;
        for (int k = trigger.EndToken; k < cue; k++)
        {
            if (tokens[k].Folded.StartsWith('و') && Has(tokens[k], Launches) && tokens[k].Readings.Any(r => r.Proclitics.StartsWith('و'))) return false;
            if (Origins.Contains(tokens[k].Folded)) reach += 3;
        }
        return trigger.FirstToken >= cue - reach;
    }

    /// <summary>Whether the word after <paramref name="m"/> (or the one after that) is a weapon behind ب: what the place is aimed at with
    /// ("استهدف الحوثيون الرياض بصاروخ باليستي").</summary>
    public static bool WeaponBehindBa(IReadOnlyList<Token> tokens, Sentence sentence, EntityMention m)
    {
        for (int j = m.EndToken; j < sentence.EndToken && j < m.EndToken + 2 && tokens[j].IsWord; j++)
            foreach (var r in tokens[j].Readings)
                if (r.Proclitics.TrimStart('و') is "ب" or "بال" && (Weapons.Contains(r.Stem) || Weapons.Contains(r.StemWithArticle))) return true;
        return false;
    }

    /// <summary>Whether <paramref name="m"/> names where a weapon was fired from: "من" (and place heads) right before it, and a
    /// word of firing a few words before ("صاروخ أطلق من سوريا", "إطلاق صاروخين من سوريا", "أطلقها حوثيون من اليمن").</summary>
    public static bool Origin(IReadOnlyList<Token> tokens, Sentence sentence, EntityMention m) => OriginCue(tokens, sentence, m) >= 0;

    /// <summary>The "من" of <see cref="Origin"/>, or -1.</summary>
    public static int OriginCue(IReadOnlyList<Token> tokens, Sentence sentence, EntityMention m)
    {
        int k = m.FirstToken - 1;
        for (int heads = 0; k > sentence.FirstToken && heads < 2 && (Has(tokens[k], PlaceHeads) || tokens[k].Folded == "داخل"); heads++) k--;
        if (k <= sentence.FirstToken || !Origins.Contains(tokens[k].Folded)) return -1;
        // ("إطلاق صاروخ من قبل الميليشيا من داخل الأراضي اليمنية من محافظة صعدة": each "من" before lets the firing stand further back)
        int reach = Reach;
        for (int j = k - 1; j >= sentence.FirstToken && j >= k - reach; j--)
        {
            if (!tokens[j].IsWord && !tokens[j].IsNumber) return -1;
            if (Has(tokens[j], Launches)) return k;
            if (Origins.Contains(tokens[j].Folded)) reach += 3;
        }
        return -1;
    }

    /// <summary>Whether <paramref name="m"/> is the subject of a verb of intercepting, downing or spotting a fired weapon
    /// ("اعترضت الدفاعات الجوية السعودية صاروخا", "رصدت قوات الدفاع الجوي للتحالف إطلاق صاروخ", "الدفاعات الجوية اعترضت صاروخين"):
    /// the weapon (or its firing) is the first thing after the verb and its subject.</summary>
    public static bool Interceptor(IReadOnlyList<Token> tokens, Sentence sentence, EntityMention m)
    {
        // the verb right before the subject ("اعترض الدفاع الجوي السعودي")
        int verb = m.FirstToken - 1;
        // (a few words of the subject's phrase may stand before the name: "رصدت قوات الدفاع الجوي للتحالف")
        for (int n = 0; n < 4 && verb > sentence.FirstToken && !Has(tokens[verb], Intercepts) && tokens[verb].IsWord; n++) verb--;
        if (verb >= sentence.FirstToken && IsInterceptVerb(tokens[verb]) && InterceptedAfter(tokens, sentence, m.EndToken)) return true;
        // the subject before its verb ("الدفاعات الجوية السعودية اعترضت صاروخا")
        int after = m.EndToken;
        return after < sentence.EndToken && IsInterceptVerb(tokens[after]) && InterceptedAfter(tokens, sentence, after + 1);
    }

    /// <summary>Whether the trigger itself intercepts a fired weapon ("اعترضت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون",
    /// "السعودية: اعتراض ثلاثة صواريخ بالستية حوثية", "تمكنت قوات الدفاع الجوي السعودية من اعتراض الصاروخ") and
    /// <paramref name="m"/> is the side that stops it: named between the trigger and the weapon, or in the same clause right before
    /// the trigger. That side is the one attacked; who fired is named after the weapon ("أطلقه الحوثيون", "صواريخ حوثية").</summary>
    public static bool InterceptingSide(IReadOnlyList<Token> tokens, Sentence sentence, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        if (!Has(tokens[trigger.EndToken - 1], InterceptTriggers)) return false;
        // the weapon a few words after the trigger (its subject may stand between, and a date set off by commas: "اعترضت، مساء
        // الخميس، صاروخا")
        int weapon = -1;
        for (int j = trigger.EndToken; j < sentence.EndToken && j < trigger.EndToken + 10 && (tokens[j].IsWord || tokens[j].IsNumber || tokens[j].IsComma); j++)
            if (IsWeapon(tokens, j)) { weapon = j; break; }
        if (weapon < 0) return false;
        if (m.FirstToken >= trigger.EndToken) return m.EndToken <= weapon;
        // before the trigger, a state's side (a rebel group fires, it does not intercept), in the same clause ("أعلن المتحدث باسم
        // التحالف في اليمن، عن تمكن قوات الدفاع الجوي من اعتراض")
        if (m.EndToken > trigger.FirstToken || trigger.FirstToken - m.EndToken > 16 || IsLocated(tokens, m)
            || m.Actor is not { } code || ActorCode.Sector(code) == "REB") return false;
        // not who fired it ("صاروخ أطلقه الحوثيون، وتمكنت الدفاعات من اعتراض الصاروخ")
        for (int j = Math.Max(sentence.FirstToken, m.FirstToken - 2); j < m.FirstToken; j++)
            if (Has(tokens[j], Launches)) return false;
        // (a headline's "السعودية: اعتراض …", quotes and an aside stand between; another clause, the weapon or its firing do not)
        for (int j = m.EndToken; j < trigger.FirstToken; j++)
            if (!tokens[j].IsWord && !tokens[j].IsQuoteMark && !tokens[j].IsComma && tokens[j].Folded != ":" || IsWeapon(tokens, j) || Has(tokens[j], Launches)) return false;
        // the name nearest before the trigger ("روسيا: دفاعات سوريا اعترضت": Syria intercepts, Russia tells), past a place the
        // first one is in ("التحالف العربي لدعم الشرعية في اليمن، كان قد اعترض")
        foreach (var other in mentions)
            if (other.FirstToken >= m.EndToken && other.EndToken <= trigger.FirstToken && !IsLocated(tokens, other)) return false;
        return true;
    }

    /// <summary>Whether a trigger of interception is an objection: "على" comes before any weapon after it ("اعترضت روسيا على نشر
    /// صواريخ أمريكية" objects to a deployment; "اعترضت الدفاعات صاروخا أطلق على جازان" names the missile first).</summary>
    public static bool Objection(IReadOnlyList<Token> tokens, Sentence sentence, TriggerMatch trigger)
    {
        if (!Has(tokens[trigger.EndToken - 1], InterceptTriggers)) return false;
        for (int j = trigger.EndToken; j < sentence.EndToken && j < trigger.EndToken + 10; j++)
        {
            if (IsWeapon(tokens, j)) return false;
            if (tokens[j].Folded == "علي") return true;
        }
        return false;
    }

    // a place told with "في" (where a side named before it is: "التحالف العربي في اليمن"), no side itself
    private static bool IsLocated(IReadOnlyList<Token> tokens, EntityMention m) => m.FirstToken > 0 && tokens[m.FirstToken - 1].Folded == "في";

    // the finite verb or the verbal noun of interception, with no preposition before it ("إلى اعتراض" is still the interception)
    private static bool IsInterceptVerb(Token t)
    {
        foreach (var r in t.Readings)
            if (Intercepts.Contains(r.Stem) && (r.Proclitics is "" or "و" or "ف" || r.HasArticle)) return true;
        return false;
    }

    // the weapon or its firing among the first words from k: a number or "ثلاثة من" may stand before it, the rest of the subject's
    // phrase too ("للتحالف"), but not another noun (a launcher or a depot: "دمرت منصة إطلاق صواريخ" is an attack on it)
    private static bool InterceptedAfter(IReadOnlyList<Token> tokens, Sentence sentence, int k)
    {
        for (int j = k; j < sentence.EndToken && j < k + 3; j++)
        {
            if (IsWeapon(tokens, j) || Has(tokens[j], Launches) && tokens[j].Readings.Any(r => r.HasArticle || r.Stem.StartsWith("اطلاق", StringComparison.Ordinal))) return true;
            if (tokens[j].IsNumber || tokens[j].Folded is "من" or "طائره" or "طائرتين" or "طائرات" || IsNumberWord(tokens[j])) continue;
            if (j == k) continue;
            return false;
        }
        return false;
    }

    // a number written out ("ثلاثة", "سبعة"): a short word list would do, the figures layer reads them; here "ة"/"ه" endings suffice
    private static bool IsNumberWord(Token t) => t.Folded is "ثلاثه" or "اربعه" or "خمسه" or "سته" or "سبعه" or "ثمانيه" or "تسعه" or "عشره" or "عده" or "عشرات";

    // a weapon word; "طيار" only in "من دون طيار", "بدون طيار" (a drone), not the pilot
    private static bool IsWeapon(IReadOnlyList<Token> tokens, int j)
    {
        if (!Has(tokens[j], Weapons)) return false;
        return !tokens[j].HasStem("طيار") || j > 0 && tokens[j - 1].Folded is "دون" or "بدون";
    }

    private static bool Has(Token t, HashSet<string> words)
    {
        if (!t.IsWord) return false;
        foreach (var r in t.Readings)
            if (words.Contains(r.Stem) || words.Contains(r.StemWithArticle)) return true;
        return false;
    }

    /// <summary>No state fires at its own land: an attack on a state's land (a bare country code among its targets) keeps no attacker
    /// of that state, whichever of its mentions or a later stage named it ("وكانت حركتا حماس والجهاد أعلنتا تبنيهما إطلاق عشرات
    /// الصواريخ على إسرائيل ردا على العدوان الإسرائيلي": the aggression answered is Israel's, the rockets are not).</summary>
    public static void DropOwnLandAttackers(List<Event> events)
    {
        foreach (var ev in events)
            if (ev.Type == "ASSAULT" && ev.Actors.Count > 0 && HitsLandOf(ev, ev.Actors))
                for (int i = ev.Actors.Count - 1; i >= 0; i--)
                    if (BareTargetOf(ev, ev.Actors[i])) ev.Actors.RemoveAt(i);
    }

    // whether a bare country code among the targets is the actor's country
    private static bool BareTargetOf(Event ev, string actor)
    {
        foreach (var t in ev.Targets)
            if (t.Length == 3 && t != "IGO" && ActorCode.SameCountry(actor, t)) return true;
        return false;
    }

    /// <summary>Whether the attack hits the land of a state (a bare country code among its targets) one of the actors belongs to.</summary>
    public static bool HitsLandOf(Event ev, List<string> actors)
    {
        foreach (var t in ev.Targets)
            if (t.Length == 3 && t != "IGO")
                foreach (var a in actors)
                    if (ActorCode.SameCountry(a, t)) return true;
        return false;
    }

    /// <summary>The bare country code of a state outside Syria a mention names as land: a place (<see cref="ForeignState"/>) or a
    /// state told by a noun the entity layer leaves without a type ("باتجاه أراضي المملكة", "استهداف الحوثيين المملكة بصواريخ").</summary>
    public static string? LandOf(EntityMention m) =>
        ForeignState(m) ?? (m.Type is null && m.Actor is { } code && ActorCode.Sector(code) == "GOV" && ActorCode.Country(code) is { } iso && iso != "SYR" ? iso : null);

    /// <summary>The bare country code of a place outside Syria (a state's territory hit), or null: in Syria the forces or
    /// people hit are coded, not the land.</summary>
    public static string? ForeignState(EntityMention m)
    {
        if (m.Type != EntityType.Loc || m.Places.Count == 0) return null;
        var iso = m.Places[0];
        foreach (var p in m.Places)
            if (p != iso) return null;
        return iso.Length == 3 && iso != "SYR" && iso.All(char.IsAsciiLetterUpper) ? iso : null;
    }
}
