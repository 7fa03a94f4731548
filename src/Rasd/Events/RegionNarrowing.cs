using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// A region stands for those of its governorates that the report names: in a report on Daraa, "الجنوب السوري" is Daraa,
/// and fighters evacuated "إلى شمال البلاد" in a report that names Idlib go to Idlib. A region none of whose governorates
/// the report names keeps them all.
/// </summary>
internal static class RegionNarrowing
{
    /// <summary>The Syrian governorates that single-place mentions of the report name (the strip of other reports' leads and link lines left out).</summary>
    /// <param name="otherReports">Which sentences tell other reports' news (<see cref="OtherReports.Sentences"/>).</param>
    public static HashSet<string> NamedGovernorates(Analysis analysis, bool[] otherReports)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var layer = analysis.Get<EntityLayer>();
        if (layer is null) return named;
        foreach (var m in layer.Mentions)
        {
            if (m.Places.Count != 1 || !IsGovernorate(m.Places[0]) || otherReports[analysis.SentenceOfToken(m.FirstToken).Index]) continue;
            named.Add(m.Places[0]);
        }
        return named;
    }

    /// <summary>Drops from the event the governorates that came only from its regions and that the report does not name, when it names some of that region.</summary>
    public static void Apply(Event ev, HashSet<string> named)
    {
        if (!ev.HasRegions || named.Count == 0) return;
        var keep = new HashSet<string>(StringComparer.Ordinal);
        var fromRegions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in ev.Regions)
        {
            bool narrows = region.Places.Any(named.Contains);
            foreach (var p in region.Places)
            {
                fromRegions.Add(p);
                if (!narrows || named.Contains(p)) keep.Add(p);
            }
        }
        ev.Places.RemoveAll(p => fromRegions.Contains(p) && !keep.Contains(p));
    }

    /// <summary>Whether a place code is a Syrian governorate's (SY01 … SY14).</summary>
    internal static bool IsGovernorate(string code) => code.Length == 4 && code.StartsWith("SY", StringComparison.Ordinal);
}
