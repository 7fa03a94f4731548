using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// The armed groups, opposition and government forces a report names only by a common noun ("المسلحين", "الجماعات الإرهابية",
/// "المعارضة", "القوات الحكومية") are coded as Syria's by default (SYRREB, SYROPP, SYRMIL); in a report with nothing Syrian in
/// it (<see cref="DocumentCountry"/>) they are the country's the report is about ("هاجم مسلحون سوقا في نيجيريا": NGAREB).
/// </summary>
internal static class ReportCountrySides
{
    private static readonly string[] Defaults = ["SYRREB", "SYROPP", "SYRMIL"];

    public static void Apply(Analysis analysis, Event ev)
    {
        if (!Any(ev.Actors) && !Any(ev.Targets)) return;
        if (DocumentCountry.Of(analysis) is not { } country) return;
        Recode(ev.Actors, country);
        Recode(ev.Targets, country);
    }

    private static bool Any(List<string> codes)
    {
        foreach (var d in Defaults)
            if (codes.Contains(d)) return true;
        return false;
    }

    // (in place, keeping the order; a code the list holds already is not added twice)
    private static void Recode(List<string> codes, string country)
    {
        for (int i = codes.Count - 1; i >= 0; i--)
        {
            if (Array.IndexOf(Defaults, codes[i]) < 0) continue;
            var code = country + codes[i][3..];
            if (codes.Contains(code)) codes.RemoveAt(i);
            else codes[i] = code;
        }
    }
}
