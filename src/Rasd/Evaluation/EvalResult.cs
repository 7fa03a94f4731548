namespace Rasd.Evaluation;

/// <summary>The scores of a folder of articles: micro-averaged totals, missing and unreadable predictions, detail per article.</summary>
public sealed class EvalResult
{
    private readonly List<(string Name, IReadOnlyList<string> Lines)> _detail = [];

    public ScoreCounts Totals { get; } = new();

    public List<string> Missing { get; } = [];

    public List<string> Unreadable { get; } = [];

    public int Articles => _detail.Count;

    /// <summary>Each article's detail lines, in scoring order.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<string> Lines)> Detail => _detail;

    public ScoreSummary Summary => ScoreSummary.From(Totals);

    public void Add(string name, ArticleScore score)
    {
        Totals.AddAll(score.Counts);
        _detail.Add((name, score.Lines));
    }
}
