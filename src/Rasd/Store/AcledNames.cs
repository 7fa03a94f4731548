using Rasd.Lexicons;

namespace Rasd.Store;

/// <summary>ACLED vocabulary for exports: actor names from CAMEO-style codes, event types from PLOVER types (data/acled_actor_names.tsv, data/acled_mapping.tsv).</summary>
public static class AcledNames
{
    private static readonly Lazy<Dictionary<string, string>> Names = new(() =>
    {
        var t = TsvTable.LoadEmbedded("acled_actor_names");
        return t.Rows.ToDictionary(r => t.Cell(r, "code"), r => t.Cell(r, "name"), StringComparer.Ordinal);
    });

    private static readonly Lazy<List<string[]>> Types = new(() =>
    {
        // the event layer's table (data/acled_mapping.tsv), so exports and records agree
        var t = TsvTable.LoadEmbedded("acled_mapping");
        return t.Rows.Select(r => new[] { t.Cell(r, "plover_type"), t.Cell(r, "attack_mode"), t.Cell(r, "acled_event_type"), t.Cell(r, "acled_sub_event_type") }).ToList();
    });

    /// <summary>"SYRMIL" → "Military Forces of Syria"; unknown codes are returned as they are.</summary>
    public static string Actor(string code)
    {
        if (Names.Value.TryGetValue(code, out var name)) return name;
        if (code.Length == 6 && Names.Value.TryGetValue(code[..3], out var country) && Names.Value.TryGetValue("*" + code[3..], out var pattern))
            return pattern.Replace("{0}", country, StringComparison.Ordinal);
        return code;
    }

    public static string Country(string iso) => Names.Value.GetValueOrDefault(iso) ?? iso;

    /// <summary>(event_type, sub_event_type) for a PLOVER type and attack mode.</summary>
    public static (string EventType, string SubEventType) EventType(string ploverType, string? attackMode)
    {
        foreach (var r in Types.Value)
            if ((r[0] == "*" || r[0] == ploverType) && (r[1] == "*" || string.Equals(r[1], attackMode?.Replace(' ', '_'), StringComparison.OrdinalIgnoreCase)))
                return (r[2], r[3]);
        return ("Strategic developments", "Other");
    }
}
