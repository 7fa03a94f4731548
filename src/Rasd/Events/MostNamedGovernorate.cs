using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>The Syrian governorate an article's mentions name most often (the first named among equals): where its unplaced events fall last.</summary>
/// <remarks>Worked out once per analysis and kept as a layer: every unplaced event of the article asks the same.</remarks>
internal sealed class MostNamedGovernorate
{
    private MostNamedGovernorate(string? code) => Code = code;

    /// <summary>The governorate's p-code, or null when the article names none.</summary>
    public string? Code { get; }

    public static string? Of(Analysis analysis)
    {
        if (analysis.Get<MostNamedGovernorate>() is { } known) return known.Code;
        var top = analysis.Get<EntityLayer>()?.Mentions.SelectMany(m => m.Places).Where(pl => pl.StartsWith("SY", StringComparison.Ordinal) && pl.Length > 3)
            .GroupBy(pl => pl).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        analysis.Set(new MostNamedGovernorate(top));
        return top;
    }
}
