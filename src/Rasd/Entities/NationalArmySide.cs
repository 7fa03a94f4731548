using Rasd.Pipeline;

namespace Rasd.Entities;

/// <summary>
/// "الجيش الوطني" alone is the Syrian National Army (an opposition force) in Syria news, but Yemen's government army in a
/// report placed in Yemen and nowhere in Syria or Iraq: there it takes Yemen's military code.
/// </summary>
public static class NationalArmySide
{
    private const string SyrianNationalArmy = "sna";
    private const string YemeniArmy = "YEMMIL";

    /// <summary>The layer with each bare "الجيش الوطني" of a report on Yemen given Yemen's military code.</summary>
    public static EntityLayer Resolve(EntityLayer layer)
    {
        var mentions = layer.Mentions;
        List<EntityMention>? changed = null;
        for (int n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            // the name as the Syrian army's own ("الجيش الوطني السوري") stays Syrian
            if (m.Id != SyrianNationalArmy || m.Text.Contains("سوري", StringComparison.Ordinal)) continue;
            if (changed is null && !CoalitionSide.InYemenOnly(mentions)) return layer;
            changed ??= [.. mentions];
            changed[n] = m with { Id = "yem:army", CanonicalName = m.Text, NameEn = "Yemeni army", Actor = YemeniArmy };
        }
        return changed is null ? layer : new EntityLayer(changed);
    }
}
