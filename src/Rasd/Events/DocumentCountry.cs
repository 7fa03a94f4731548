using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// The country a report with nothing Syrian in it is about: the one it names most, and more than once, by the country itself,
/// its capital or a city in it (of equals, the first to reach that count); null when anything in the report is Syrian or no
/// country is named twice.
/// </summary>
/// <remarks>
/// Worked out once per entity layer (by <see cref="ReportCountry"/>) and kept as a layer of the analysis: every event with
/// a default Syrian code asks it, in <see cref="CivilianNationality"/> and again in <see cref="ReportCountrySides"/>.
/// </remarks>
internal sealed class DocumentCountry
{
    private DocumentCountry(EntityLayer layer, string? code) => (_layer, _code) = (layer, code);

    // the layer the answer was read from: a stage that replaces the entity layer makes the answer stale
    private readonly EntityLayer _layer;
    private readonly string? _code;

    /// <summary>The ISO code of the country the report is about, or null.</summary>
    public static string? Of(Analysis analysis)
    {
        if (analysis.Get<EntityLayer>() is not { } layer) return null;
        if (analysis.Get<DocumentCountry>() is { } known && ReferenceEquals(known._layer, layer)) return known._code;
        var code = ReportCountry.Of(layer.Mentions);
        analysis.Set(new DocumentCountry(layer, code));
        return code;
    }
}
