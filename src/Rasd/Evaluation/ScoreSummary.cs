namespace Rasd.Evaluation;

/// <summary>Precision, recall and F1 of one layer with its counts.</summary>
public sealed record PrfScore(double P, double R, double F1, long Tp, long Fp, long Fn);

/// <summary>An accuracy with its counts.</summary>
public sealed record AccuracyScore(double Acc, long Correct, long N);

/// <summary>Micro-averaged scores from summed counts, in score.py's row order; a metric with nothing to count is 0.</summary>
public sealed class ScoreSummary
{
    /// <summary>P/R/F1 rows: table label and JSON key.</summary>
    public static readonly (string Label, string Key)[] PrfRows =
    [
        ("timex detection", "timex_detection"), ("timex strict", "timex_strict"), ("entity", "entity"), ("event", "event"),
        ("actor (matched events)", "actor"), ("target (matched events)", "target"), ("place (matched events)", "place"),
        ("figure", "figure"),
    ];

    /// <summary>Accuracy rows: table label and JSON key.</summary>
    public static readonly (string Label, string Key)[] AccuracyRows =
    [
        ("mode (matched events)", "mode_accuracy"), ("figure qualifier (matched)", "figure_qualifier_accuracy"),
        ("time (matched events)", "time_accuracy"),
    ];

    /// <summary>The F1s whose mean is the headline.</summary>
    public static readonly string[] HeadlineKeys = ["timex_strict", "entity", "event", "figure", "place"];

    public required IReadOnlyDictionary<string, PrfScore> Prf { get; init; }

    public required IReadOnlyDictionary<string, AccuracyScore> Accuracy { get; init; }

    public required double Headline { get; init; }

    public static ScoreSummary From(ScoreCounts c)
    {
        var prf = new Dictionary<string, PrfScore>();
        foreach (var (_, k) in PrfRows)
        {
            long tp = c[k, "tp"], fp = c[k, "fp"], fn = c[k, "fn"];
            var p = tp + fp != 0 ? (double)tp / (tp + fp) : 0.0;
            var r = tp + fn != 0 ? (double)tp / (tp + fn) : 0.0;
            prf[k] = new PrfScore(p, r, p + r != 0 ? 2 * p * r / (p + r) : 0.0, tp, fp, fn);
        }
        var acc = new Dictionary<string, AccuracyScore>();
        foreach (var (_, k) in AccuracyRows)
        {
            long n = c[k, "n"], ok = c[k, "correct"];
            acc[k] = new AccuracyScore(n != 0 ? (double)ok / n : 0.0, ok, n);
        }
        var sum = 0.0;
        foreach (var k in HeadlineKeys) sum += prf[k].F1;
        return new ScoreSummary { Prf = prf, Accuracy = acc, Headline = sum / HeadlineKeys.Length };
    }
}
