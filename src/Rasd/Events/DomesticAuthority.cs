using Rasd.Entities;
using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "قضت محكمة نمساوية بسجن شيشاني لانضمامه إلى متطرفين في سوريا", "أعلنت النيابة في فيينا أن 13 شخصا أوقفوا": a court, a
/// prosecutor, the police or an interior ministry of a state (data/domestic_authorities.tsv) arrests and sentences at home, so
/// a coercion one of them makes happens in its state, not in Syria, where the charge or the report's other news lies.
/// </summary>
internal static class DomesticAuthority
{
    private static readonly Dictionary<string, bool> Roles = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, bool> Nouns = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> Reach = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Deeds = new(StringComparer.Ordinal);
    private static readonly string In = ArabicFolding.FoldString("في");

    // the words between the body's noun and "في" ("شرطة مكافحة الإرهاب في فرنسا"), and between "في" and the place ("في بلدة كريمس")
    private const int NounGap = 3, PlaceGap = 1;

    static DomesticAuthority()
    {
        var t = TsvTable.LoadEmbedded("domestic_authorities");
        foreach (var r in t.Rows)
        {
            bool court = t.Cell(r, "acts") == "court";
            switch (t.Cell(r, "kind"))
            {
                case "role": Roles[t.Cell(r, "entry")] = court; break;
                case "noun": Nouns[ArabicFolding.FoldString(t.Cell(r, "entry"))] = court; break;
                case "reach": Reach[t.Cell(r, "entry")] = t.Cell(r, "acts"); break;
                case "deed": Deeds.Add(ArabicFolding.FoldString(t.Cell(r, "entry"))); break;
                case var k: throw new InvalidDataException($"data/domestic_authorities.tsv: unknown kind '{k}'");
            }
        }
    }

    /// <summary>
    /// Moves a COERCE event to the state whose court or police makes it in the sentence of one of its triggers: that state's
    /// government becomes its actor (a court's the only one), and its places are that state's (a police deed keeps the place
    /// named right after it: "رجلين اعتقلا في سوريا").
    /// </summary>
    public static void Apply(Analysis analysis, Event ev)
    {
        if (ev.Type != "COERCE") return;
        // the event's first trigger tells whose deed it is (a merged event may add another state's arrest, "… من قبل الشرطة
        // البلغارية"); a title's trigger with no body named lets the lead's tell it
        int headlineEnd = EventMerger.HeadlineEnd(analysis.Text);
        for (int k = 0; k < ev.Triggers.Count && k < 2; k++)
        {
            var trigger = ev.Triggers[k];
            if (Nearest(analysis, trigger) is not var (iso, court))
            {
                if (trigger.Span.Start < headlineEnd) continue;
                return;
            }
            // a Syrian body acts in Syria: the places found stand
            if (iso == "SYR") return;
            // the body tells of an abduction, it does not make it: only the place is its state
            if (!Deeds.Contains(ArabicFolding.FoldString(trigger.Entry.Phrase)))
            {
                if (court) ev.Actors.RemoveAll(a => !a.StartsWith(iso, StringComparison.Ordinal));
                if (!ev.Actors.Exists(a => a.StartsWith(iso, StringComparison.Ordinal))) ev.Actors.Insert(0, iso + "GOV");
                ev.Targets.RemoveAll(a => a.StartsWith(iso, StringComparison.Ordinal) && ActorCode.Sector(a) is "GOV" or "MIL");
            }
            var reach = Reach.GetValueOrDefault(iso);
            // "رجلين اعتقلا في سوريا": a place right after a police deed is where it was done, wherever the body sits
            if (!court && PlaceRightAfter(analysis, trigger) is { } placedAfter)
            {
                ev.Places.Clear();
                ev.Places.Add(placedAfter);
            }
            else
            {
                ev.Places.RemoveAll(p => !(p.StartsWith(iso, StringComparison.Ordinal) || reach is not null && p.StartsWith(reach, StringComparison.Ordinal)));
                // (police of a state that acts beyond its borders too, with no place of its own: the territory the sentences before name, as
                // "اعتقلت السلطات الإسرائيلية التميمي" after a sentence on her village in the West Bank)
                if (ev.Places.Count == 0 && !court && reach is not null && ReachNamedBefore(analysis, ev, reach) is { } territory) ev.Places.Add(territory);
                if (ev.Places.Count == 0) ev.Places.Add(iso);
            }
            if (ev.Location is { } where && !ev.Places.Exists(p => where.Pcode?.StartsWith(p, StringComparison.Ordinal) == true)) ev.Location = null;
            if (ev.HasRegions) ev.Regions.RemoveAll(m => !m.Places.Any(ev.Places.Contains));
            return;
        }
    }

    // a place of the territory in the two sentences before the event's or in the title, as EventStage would inherit it
    private static string? ReachNamedBefore(Analysis analysis, Event ev, string reach)
    {
        int first = ev.Sentences.Min;
        for (int s = Math.Max(0, first - 2); s <= first; s++)
            if (PlaceIn(analysis, s, reach) is { } place) return place;
        return PlaceIn(analysis, 0, reach);
    }

    private static string? PlaceIn(Analysis analysis, int sentence, string reach)
    {
        foreach (var m in ArgumentFinder.MentionsIn(analysis, analysis.Sentences[sentence]))
            foreach (var p in m.Places)
                if (p.StartsWith(reach, StringComparison.Ordinal)) return p;
        return null;
    }

    // the state of the listed body nearest the trigger in its sentence, and whether it is a court; null when none is named
    private static (string Iso, bool Court)? Nearest(Analysis analysis, TriggerMatch trigger)
    {
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        var mentions = ArgumentFinder.MentionsIn(analysis, sentence);
        var tokens = analysis.Tokens;
        (string Iso, bool Court)? best = null;
        int bestDistance = int.MaxValue;
        foreach (var m in mentions)
        {
            if (!IsStateBody(m, out bool court)) continue;
            int d = Distance(trigger, m.FirstToken, m.EndToken);
            if (d < bestDistance) (best, bestDistance) = ((m.Actor![..3], court), d);
        }
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (!IsBodyNoun(tokens[k], out bool court) || PlaceAfter(tokens, mentions, k, sentence.EndToken) is not { } place) continue;
            int d = Distance(trigger, k, k + 1);
            if (d < bestDistance) (best, bestDistance) = ((place, court), d);
        }
        return best;
    }

    // "رجلين اعتقلا في سوريا": the country named right after the trigger and "في" is where the deed was done
    private static string? PlaceRightAfter(Analysis analysis, TriggerMatch trigger)
    {
        int at = trigger.FirstToken + trigger.TokenCount;
        if (at + 1 >= analysis.Tokens.Count || analysis.Tokens[at].Folded != In) return null;
        foreach (var m in ArgumentFinder.MentionsIn(analysis, analysis.Sentences[trigger.SentenceIndex]))
            if (m.FirstToken == at + 1 && m.Type == EntityType.Loc && m.Places is [var place]) return place;
        return null;
    }

    private static int Distance(TriggerMatch trigger, int first, int end) =>
        end <= trigger.FirstToken ? trigger.FirstToken - end : first >= trigger.FirstToken + trigger.TokenCount ? first - trigger.FirstToken - trigger.TokenCount : 0;

    // "محكمة نمساوية" (an actor phrase with its role), "وزارة الداخلية النمساوية" (a titled organisation: aut:interior-ministry)
    private static bool IsStateBody(EntityMention m, out bool court)
    {
        court = false;
        if (m.Actor is not { Length: 6 } actor || ActorCode.Sector(actor) != "GOV") return false;
        var role = m.Role;
        if (role is null && m.Id is { } id && id.Length > 4 && id[3] == ':' && string.Equals(id[..3], actor[..3], StringComparison.OrdinalIgnoreCase))
            role = id[4..].Replace('-', ' ');
        // (titles.tsv's role may carry an example in brackets: "security authorities (\"السلطات الأمنية المغربية\")")
        if (role is not null && role.IndexOf(" (", StringComparison.Ordinal) is int bracket and > 0) role = role[..bracket];
        return role is not null && Roles.TryGetValue(role, out court);
    }

    private static bool IsBodyNoun(Token t, out bool court)
    {
        court = false;
        if (!t.IsWord) return false;
        foreach (var r in t.Readings)
            if ((r.HasArticle ? r.Proclitics[..^2] : r.Proclitics) is "" or "و" or "ف" && (Nouns.TryGetValue(r.Stem, out court) || Nouns.TryGetValue(r.StemWithArticle, out court))) return true;
        return false;
    }

    // "محكمة في فيينا", "شرطة مكافحة الإرهاب في فرنسا", "المحكمة في بلدة كريمس النمساوية": the one country of the place after "في"
    private static string? PlaceAfter(IReadOnlyList<Token> tokens, List<EntityMention> mentions, int noun, int end)
    {
        for (int k = noun + 1; k < end && k <= noun + 1 + NounGap && tokens[k].IsWord; k++)
        {
            if (tokens[k].Folded != In) continue;
            foreach (var m in mentions)
                if (m.Type == EntityType.Loc && m.FirstToken > k && m.FirstToken <= k + 1 + PlaceGap && m.Places is [{ Length: 3 } iso]) return iso;
            return null;
        }
        return null;
    }
}
