using Rasd.Pipeline;

namespace Rasd.Entities;

/// <summary>
/// "التحالف", "طيران التحالف", "قوات التحالف" read alone as the US-led coalition (data/actors.tsv) are the Saudi-led one in a
/// report on Yemen: a generic coalition phrase takes the side of the coalition the report names by name (the nearest named
/// before it, else the first after it), and in a report that names none, the Saudi-led one where the report is placed in
/// Yemen and nowhere in Syria or Iraq. "طائرات التحالف العربي" (the generic phrase before "العربي") is the Saudi-led one too.
/// </summary>
public static class CoalitionSide
{
    private const string UsLed = "USAMIL";
    private const string SaudiLed = "SAUMIL";
    private const string SaudiLedName = "Saudi-led coalition";

    /// <summary>The layer with each generic coalition phrase given the side the report means.</summary>
    public static EntityLayer Resolve(Analysis analysis, EntityLayer layer)
    {
        var mentions = layer.Mentions;
        bool any = false;
        for (int n = 0; n < mentions.Count && !any; n++) any = IsGeneric(mentions[n]);
        if (!any) return layer;
        var tokens = analysis.Tokens;
        string? fallback = NamedCoalition(mentions, 0, +1) is null && InYemenOnly(mentions) ? SaudiLed : null;
        List<EntityMention>? changed = null;
        for (int n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            if (!IsGeneric(m)) continue;
            string? side = m.EndToken < tokens.Count && tokens[m.EndToken].Folded == "العربي" ? SaudiLed
                : NamedCoalition(mentions, n - 1, -1) ?? NamedCoalition(mentions, n + 1, +1) ?? fallback;
            if (side is null || side == m.Actor) continue;
            changed ??= [.. mentions];
            // (its English name follows, or the summary would call the Saudi-led coalition's strikes the US-led one's)
            changed[n] = m with { Actor = side, NameEn = side == SaudiLed ? SaudiLedName : m.NameEn };
        }
        return changed is null ? layer : new EntityLayer(changed);
    }

    // a coalition phrase of the actor list ("التحالف", "طيران التحالف"), not a coalition named as an organisation
    private static bool IsGeneric(EntityMention m) =>
        !m.IsNamedEntity && m.Actor == UsLed && m.Text.Contains("تحالف", StringComparison.Ordinal);

    // the code of the nearest coalition named as an organisation from index n on, walking by step; null when none
    private static string? NamedCoalition(IReadOnlyList<EntityMention> mentions, int n, int step)
    {
        for (; n >= 0 && n < mentions.Count; n += step)
            if (mentions[n] is { IsNamedEntity: true, Actor: UsLed or SaudiLed } m && m.Text.Contains("تحالف", StringComparison.Ordinal)) return m.Actor;
        return null;
    }

    /// <summary>Whether the report names a place in Yemen and none in Syria or Iraq.</summary>
    internal static bool InYemenOnly(IReadOnlyList<EntityMention> mentions)
    {
        bool yemen = false;
        for (int n = 0; n < mentions.Count; n++)
            foreach (var p in mentions[n].Places)
            {
                if (p == "YEM") yemen = true;
                else if (p == "IRQ" || p.StartsWith("SY", StringComparison.Ordinal)) return false;
            }
        return yemen;
    }
}
