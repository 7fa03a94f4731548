using Rasd.Pipeline;
using Rasd.Quantities;

namespace Rasd.Events;

/// <summary>
/// "13 قتيلا في صفوف القوات الموالية", "إصابة خمسة في صفوف قوات النظام": the side named in whose ranks the dead or wounded
/// were counted is the side that was hit, never the attacker (armed sides only: volunteers "في صفوف الدفاع المدني" are
/// counted with the civilians the attacks hit).
/// </summary>
/// <remarks>Only right after a count of the dead or wounded: "تقاتل في صفوف التنظيم" or "انقسامات في صفوف المعارضة" say
/// who someone belongs to, not who was hit.</remarks>
internal static class VictimRanks
{
    public static void Apply(Analysis analysis, Event ev)
    {
        if (ev.Type != "ASSAULT" || analysis.Get<FigureLayer>() is not { } layer) return;
        string? hit = null;
        foreach (var i in ev.Figures)
        {
            var f = layer.Figures[i];
            if (f.Role is not ("killed" or "injured")) continue;
            int k = analysis.TokenAtOrAfter(f.Span.End);
            if (k + 2 >= analysis.Tokens.Count || analysis.Tokens[k].Folded != "في" || !analysis.Tokens[k + 1].HasStem("صفوف")) continue;
            foreach (var m in ArgumentFinder.MentionsIn(analysis, analysis.SentenceOfToken(k)))
            {
                if (m.FirstToken != k + 2 || m.Actor is not { } code || !ActorCode.IsArmed(code)) continue;
                // dead told in the ranks of two sides ("تسعة قتلى في صفوف القوات الموالية وستة في صفوف قسد") are a clash
                // both fought: neither is only the side hit
                if (hit is not null && hit != code) return;
                hit = code;
            }
        }
        if (hit is null) return;
        ev.Actors.Remove(hit);
        if (!ev.Targets.Contains(hit)) ev.Targets.Add(hit);
    }
}
