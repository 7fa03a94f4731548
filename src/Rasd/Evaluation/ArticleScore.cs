namespace Rasd.Evaluation;

/// <summary>One article's counts and its detail lines (false positives/negatives, wrong values, argument differences).</summary>
public sealed record ArticleScore(ScoreCounts Counts, IReadOnlyList<string> Lines);
