using Rasd.Pipeline;
using Rasd.Quantities;

namespace Rasd.Events;

/// <summary>People counted as the ones who fled or left ("فر نحو 30 ألف شخص", "20 ألف شخص فروا") are civilians, whoever else the sentence names.</summary>
/// <remarks>
/// The flight's verb then has the counted people for its subject, so the forces whose advance or strikes they fled
/// ("مع تقدم القوات الحكومية") and the speakers who report it ("قال نشطاء بالمعارضة") are neither the ones who leave.
/// Counted fighters ("انسحب 300 مسلح") stay with their side.
/// </remarks>
public static class CountedFleeing
{
    /// <summary>Makes the counted people's civilians the only actor of <paramref name="ev"/> (a RETREAT) when its trigger governs such a count.</summary>
    public static void Apply(Analysis analysis, Event ev)
    {
        // "فرار جماعي لسكان المدينة", "هرب معظم السكان": the residents named beside the flight's word are who flee
        if (ResidentsFlee(analysis, ev)) { OnlyCivilians(ev); return; }
        if (ev.Figures.Count == 0 || analysis.Get<FigureLayer>() is not { } layer) return;
        foreach (var i in ev.Figures)
        {
            var f = layer.Figures[i];
            if (f.Role != "displaced" || f.Group is not ("all" or "civilians" or "children" or "women")) continue;
            foreach (var t in ev.Triggers)
            {
                if (t.SentenceIndex != f.SentenceIndex || !Adjacent(analysis, t, f) || FightersAmong(analysis, f)) continue;
                var civilians = ev.Actors.FirstOrDefault(a => ActorCode.Sector(a) == "CVL") ?? Country(ev) + "CVL";
                ev.Actors.Clear();
                ev.Actors.Add(civilians);
                return;
            }
        }
    }

    private static readonly Lexicons.TsvTable Nouns = Lexicons.TsvTable.LoadEmbedded("fleeing_civilian_nouns");

    private static readonly HashSet<string> Residents = Nouns.FoldedWhere("kind", "residents", "word");

    private static readonly HashSet<string> FlightWords = Nouns.FoldedWhere("kind", "flight", "word");

    // a residents' word within two words after a flight's word ("فرار جماعي لسكان", "هرب معظم السكان") or right before it
    // ("الأهالي يفرون"), with no punctuation between
    private static bool ResidentsFlee(Analysis analysis, Event ev)
    {
        var tokens = analysis.Tokens;
        // (an evacuation or an exit told with it may be the fighters')
        foreach (var t in ev.Triggers)
            if (!FlightWords.Contains(t.Entry.FoldedPhrase)) return false;
        foreach (var t in ev.Triggers)
        {
            for (int k = t.EndToken; k < tokens.Count && k <= t.EndToken + 2 && tokens[k].IsWord; k++)
                if (IsResidents(tokens[k])) return true;
            if (t.FirstToken > 0 && tokens[t.FirstToken - 1].IsWord && IsResidents(tokens[t.FirstToken - 1])) return true;
        }
        return false;
    }

    private static bool IsResidents(Text.Token token)
    {
        foreach (var r in token.Readings)
            if (Residents.Contains(r.Stem)) return true;
        return false;
    }

    private static void OnlyCivilians(Event ev)
    {
        var civilians = ev.Actors.FirstOrDefault(a => ActorCode.Sector(a) == "CVL") ?? ev.Targets.FirstOrDefault(a => ActorCode.Sector(a) == "CVL") ?? Country(ev) + "CVL";
        ev.Actors.Clear();
        ev.Actors.Add(civilians);
        ev.Targets.Remove(civilians);
    }

    // the count right before the verb ("… شخص فروا") or right after it, a qualifier between ("غادر نحو 30 ألف شخص")
    private static bool Adjacent(Analysis analysis, TriggerMatch t, Figure f)
    {
        int figEnd = analysis.TokenAtOrAfter(f.Span.End), trigEnd = t.FirstToken + t.TokenCount;
        // "120 ألف شخص أجبروا على الهروب": the verb that forces them stands between the count and "على/إلى الفرار"
        if (figEnd + 1 == t.FirstToken && ForcedFlightOpeners.Contains(analysis.Tokens[t.FirstToken].Folded)) return true;
        return figEnd == t.FirstToken || f.FirstToken >= trigEnd && f.FirstToken <= trigEnd + 1;
    }

    // the prepositions that open the forced-flight triggers ("على الفرار", "إلى الهروب")
    private static readonly HashSet<string> ForcedFlightOpeners = [Text.ArabicFolding.FoldString("على"), Text.ArabicFolding.FoldString("إلى")];

    // fighters counted with their families ("1100 من عناصر المعارضة وعائلاتهم", "3200 من المسلحين وأسرهم") leave as their side
    private static bool FightersAmong(Analysis analysis, Figure f)
    {
        int end = Math.Min(analysis.Tokens.Count, analysis.TokenAtOrAfter(f.Span.End) + 3);
        for (int i = f.FirstToken; i < end; i++)
            if (FigureLexicon.Default.Noun(analysis.Tokens[i]) is { Group: "fighters" }) return true;
        return false;
    }

    private static string Country(Event ev) =>
        ev.Places.Count == 0 || ev.Places[0].StartsWith("SY", StringComparison.Ordinal) && ev.Places[0].Length > 3 ? "SYR" : ev.Places[0];
}
