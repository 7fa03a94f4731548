using Rasd.Pipeline;

namespace Rasd.Entities;

/// <summary>
/// "الغوطة الشرقية لدمشق": a city joined by ل right after a region named from it only says whose region it is; the region is
/// the place (the Ghouta is in Rural Damascus, not in the city), so the city's mention keeps its name but places nothing.
/// </summary>
public static class RegionQualifier
{
    /// <summary>The layer with the places of such qualifying cities removed (the same layer when there are none).</summary>
    public static EntityLayer Resolve(Analysis analysis, EntityLayer layer)
    {
        var mentions = layer.Mentions;
        List<EntityMention>? changed = null;
        for (int n = 1; n < mentions.Count; n++)
        {
            var (region, city) = (mentions[n - 1], mentions[n]);
            if (city.FirstToken != region.EndToken || city.Places.Count != 1 || region.Id is not { } id || !id.StartsWith("region:", StringComparison.Ordinal)) continue;
            var token = analysis.Tokens[city.FirstToken];
            // the ل is the token's own proclitic, right before the name's span
            if (city.Span.Start != token.Start + 1 || analysis.Text[token.Start] != 'ل') continue;
            changed ??= [.. mentions];
            changed[n] = city with { Places = [] };
        }
        return changed is null ? layer : layer with { Mentions = changed };
    }
}
