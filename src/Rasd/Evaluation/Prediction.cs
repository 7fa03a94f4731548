namespace Rasd.Evaluation;

/// <summary>What a predictor produced for one gold article: a record, nothing (missing), or something unreadable.</summary>
public sealed record Prediction(object? Record, bool IsMissing = false, bool IsUnreadable = false)
{
    public static Prediction Missing { get; } = new(null, IsMissing: true);

    public static Prediction Unreadable { get; } = new(null, IsUnreadable: true);
}

/// <summary>One gold article: its name, the gold record, and its text as score.py reads it (for detail lines).</summary>
public sealed record GoldArticle(string Name, string GoldPath, PyDict Gold, string? Text);
