using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rasd.Evaluation;

/// <summary>Scores one predicted rasd/1 record against its gold record exactly as ../shared/eval/score.py does.</summary>
public static class RecordScorer
{
    /// <summary>Scores JSON elements; <paramref name="text"/> (the article) is only used to show spans in detail lines.</summary>
    public static ArticleScore Score(JsonElement gold, JsonElement pred, string? text = null) =>
        Score(PyJson.FromElement(gold), PyJson.FromElement(pred), text);

    /// <summary>Scores JSON nodes (null reads as an empty record).</summary>
    public static ArticleScore Score(JsonNode? gold, JsonNode? pred, string? text = null) =>
        Score(PyJson.FromNode(gold), PyJson.FromNode(pred), text);

    /// <summary>Scores values read by <see cref="PyJson"/>; anything but an object reads as an empty record.</summary>
    public static ArticleScore Score(object? gold, object? pred, string? text = null)
    {
        var g = gold as PyDict ?? new PyDict();
        var p = pred as PyDict ?? new PyDict();
        var counts = new ScoreCounts();
        var lines = new List<string>();
        TimexScoring.Score(g, p, text, counts, lines);
        EntityScoring.Score(g, p, counts, lines);
        EventScoring.Score(g, p, counts, lines);
        FigureScoring.Score(g, p, counts, lines);
        return new ArticleScore(counts, lines);
    }
}
