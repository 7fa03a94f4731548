using Rasd.Text;

namespace Rasd.Time;

/// <summary>Links two dates written as a range ("من … إلى …", "منذ … حتى …", "بين … و…", "2011-2015") and gives a year-less start the year of its end.</summary>
internal static class RangeLinker
{
    public static void Link(List<Candidate> found, IReadOnlyList<Token> tokens, TimeLexicon lex)
    {
        for (int a = 0; a + 1 < found.Count; a++)
        {
            var x = found[a];
            var y = found[a + 1];
            if (x.Type is not (TimexType.Date or TimexType.Time) || y.Type is not (TimexType.Date or TimexType.Time)) continue;
            if (!x.RangeWithNext && !Joined(x, y, tokens, lex)) continue;
            x.RangePartner = a + 1;
            x.IsRangeStart = true;
            y.RangePartner = a;
            if (x.Parts is { ExplicitYear: false } xp && y.Parts is { ExplicitYear: true } yp && x.Value.StartsWith(xp.Year.ToString("D4"), StringComparison.Ordinal))
                found[a] = CarryYear(x, xp, yp);
            a++;
        }
    }

    private static bool Joined(Candidate x, Candidate y, IReadOnlyList<Token> tokens, TimeLexicon lex)
    {
        // what lies between the two: connectors and commas only
        string? connector = null;
        for (int k = x.End; k < y.First; k++)
        {
            var w = tokens[k].Folded;
            if (w is "،" or ",") continue;
            var m = lex.RangeWords.Match(tokens, k);
            if (m is not { } c || c.Value != "end" || c.FirstReading.Proclitics.Length > 0 && c.FirstReading.Proclitics != "و") return false;
            connector = w;
            k = c.EndToken - 1;
        }
        if (connector is null && y.Skip > 0 && tokens[y.First].Folded.StartsWith('و')) connector = "و";
        if (connector is null) return false;
        bool opener = x.First > 0 && lex.RangeWords.Match(tokens, x.First - 1) is { Value: "start" } o && o.EndToken == x.First
                      || x.First > 1 && lex.RangeWords.Match(tokens, x.First - 2) is { Value: "start" } o2 && o2.EndToken == x.First;
        if (connector == "و") return opener && tokens[x.First - 1].Folded.EndsWith("بين", StringComparison.Ordinal);
        return opener || connector is "-" or "–";
    }

    private static Candidate CarryYear(Candidate x, DateParts xp, DateParts yp)
    {
        int year = yp.Year;
        if (xp.Month > yp.Month || (xp.Month == yp.Month && (xp.Day ?? 1) > (yp.Day ?? 31))) year--;
        CalendarValue? v = xp.Day is { } d ? CalendarValue.TryDay(year, xp.Month, d) : CalendarValue.OfMonth(year, xp.Month);
        if (v is not { } val) return x;
        var (b, e) = val.Interval(x.Mod);
        var value = val.ToTimex() + (xp.Part is null ? "" : xp.Part == "MIDNIGHT" ? "T00:00" : "T" + xp.Part);
        return x with { Value = value, Begin = b, Last = e, Parts = xp with { Year = year, ExplicitYear = true } };
    }
}
