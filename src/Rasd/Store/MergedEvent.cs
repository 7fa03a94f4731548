namespace Rasd.Store;

/// <summary>One real-world event as reported by one or more documents: the reports, and each figure across them.</summary>
public sealed class MergedEvent
{
    public required string Type { get; init; }

    public required string Mode { get; init; }

    /// <summary>The reports, earliest first; each keeps its own source, document and figures.</summary>
    public List<StoredEvent> Reports { get; } = [];

    /// <summary>The days all reports agree on (their intersection), or the first report's time.</summary>
    public string? TimeBegin => Reports.Max(r => r.TimeBegin);

    public string? TimeEnd => Reports.Min(r => r.TimeEnd);

    public IEnumerable<string> Governorates => Reports.SelectMany(r => r.Governorates).Distinct();

    public IEnumerable<string> Actors => Reports.SelectMany(r => r.Actors).Distinct();

    public IEnumerable<string> Targets => Reports.SelectMany(r => r.Targets).Distinct();

    public IEnumerable<string> Sources => Reports.Select(r => r.Source ?? r.DocumentSource ?? r.DocumentName ?? "?").Distinct();

    /// <summary>Every (role, group) reported, with each report's value and low/best/high across reports.</summary>
    public List<MergedFigure> Figures =>
        Reports.SelectMany(r => r.Figures.Select(f => (Report: r, Figure: f)))
            .GroupBy(x => (x.Figure.Role, x.Figure.Group))
            .Select(g => MergedFigure.From(g.Key.Role, g.Key.Group, g
                .GroupBy(x => x.Report.Id)
                // one value per report: the largest it gives for this role and group
                .Select(r => r.MaxBy(x => x.Figure.Value))
                .Select(x => new FigureReport(x.Report.Source ?? x.Report.DocumentSource, x.Report.DocumentName, x.Report.Id,
                    x.Figure.Value, x.Figure.Qualifier, x.Figure.Low ?? x.Figure.Value, x.Figure.High ?? x.Figure.Value))
                .ToList()))
            .OrderBy(f => f.Role, StringComparer.Ordinal).ThenBy(f => f.Group, StringComparer.Ordinal)
            .ToList();

    public decimal? Best(string role, string group) => Figures.FirstOrDefault(f => f.Role == role && f.Group == group)?.Best;
}

/// <summary>One report's value of a figure.</summary>
public sealed record FigureReport(string? Source, string? Document, long EventId, decimal Value, string Qualifier, decimal Low, decimal High);

/// <summary>A figure across reports: low (smallest), best (the value most reports give, the lower on a tie), high (largest), and each report's value.</summary>
public sealed record MergedFigure(string Role, string Group, decimal Low, decimal Best, decimal High, IReadOnlyList<FigureReport> Reports)
{
    public static MergedFigure From(string role, string group, IReadOnlyList<FigureReport> reports)
    {
        var best = reports.GroupBy(r => r.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        return new MergedFigure(role, group, reports.Min(r => r.Low), best, reports.Max(r => r.High), reports);
    }
}
