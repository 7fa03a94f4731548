using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>The Syrian governorate an article's mentions name most often (the first named among equals; a region of several governorates counts for none): where its unplaced events fall last.</summary>
/// <remarks>Worked out once per analysis and kept as a layer: every unplaced event of the article asks the same.</remarks>
internal sealed class MostNamedGovernorate
{
    private MostNamedGovernorate(string? code) => Code = code;

    /// <summary>The governorate's p-code, or null when the article names none.</summary>
    public string? Code { get; }

    public static string? Of(Analysis analysis)
    {
        if (analysis.Get<MostNamedGovernorate>() is { } known) return known.Code;
        var top = Top(analysis.Get<EntityLayer>()?.Mentions);
        analysis.Set(new MostNamedGovernorate(top));
        return top;
    }

    // the governorate named most often, the first named among equals; null when none is (a count per code, in the order the
    // codes are first named: an article names a few)
    private static string? Top(IReadOnlyList<EntityMention>? mentions)
    {
        if (mentions is null) return null;
        List<(string Code, int Count)>? counts = null;
        // (index loops: a foreach over the read-only lists boxed an enumerator for every mention and its places)
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            // "شمال سوريا" covers four governorates and says in none of them where an unplaced event happened
            if (Governorates(m) > 1) continue;
            var places = m.Places;
            for (int p = 0; p < places.Count; p++)
            {
                var place = places[p];
                if (!(place.StartsWith("SY", StringComparison.Ordinal) && place.Length > 3)) continue;
                counts ??= [];
                int i = 0;
                while (i < counts.Count && counts[i].Code != place) i++;
                if (i == counts.Count) counts.Add((place, 1));
                else counts[i] = (place, counts[i].Count + 1);
            }
        }
        if (counts is null) return null;
        var top = counts[0];
        foreach (var c in counts)
            if (c.Count > top.Count) top = c;
        return top.Code;
    }

    private static int Governorates(EntityMention m)
    {
        int n = 0;
        var places = m.Places;
        for (int p = 0; p < places.Count; p++)
            if (places[p].StartsWith("SY", StringComparison.Ordinal) && places[p].Length > 3) n++;
        return n;
    }
}
