using System.Text.Json.Nodes;
using Rasd.Evaluation;

namespace Rasd.Tests.Evaluation;

/// <summary>The tricky rules of score.py on small records written for these tests.</summary>
public class ScoringRuleTests
{
    private static (ScoreSummary Summary, IReadOnlyList<string> Lines) Score(string gold, string pred)
    {
        var s = RecordScorer.Score(JsonNode.Parse(gold), JsonNode.Parse(pred));
        return (ScoreSummary.From(s.Counts), s.Lines);
    }

    private static IComparable[]? Table(double?[,] scores, int g, int p) => scores[g, p] is { } s ? [s] : null;

    [Fact]
    public void GreedyTakesTheBestPairFirstNotTheLargestMatching()
    {
        // g0 prefers p0 (2.0) over p1; g1 could only use p0, so a maximum matching would pair g0-p1, g1-p0
        double?[,] s = { { 2.0, 1.5 }, { 1.9, null } };
        Assert.Equal([(0, 0)], GreedyMatcher.Greedy([0, 1], [0, 1], (g, p) => Table(s, g, p)));
    }

    [Fact]
    public void GreedyBreaksTiesByGoldThenPredictionOrder()
    {
        double?[,] s = { { 1, 1 }, { 1, 0.5 } };
        Assert.Equal([(0, 0), (1, 1)], GreedyMatcher.Greedy([0, 1], [0, 1], (g, p) => Table(s, g, p)));
        double?[,] flat = { { 1, 1, 1 }, { 1, 1, 1 } };
        Assert.Equal([(0, 0), (1, 1)], GreedyMatcher.Greedy([0, 1], [0, 1, 2], (g, p) => Table(flat, g, p)));
    }

    [Fact]
    public void TiedEventsGoToTheEarlierGold()
    {
        const string gold = """
            {"events": [{"id": "first", "type": "ASSAULT", "mode": "actual", "time": "2020-05-03"},
                        {"id": "second", "type": "ASSAULT", "mode": "actual", "time": "2020-05-03"}]}
            """;
        var (sum, lines) = Score(gold, """{"events": [{"type": "assault", "mode": "actual", "time": {"begin": "2020-05-01", "end": "2020-05-31"}}]}""");
        Assert.Equal((1, 0, 1), (sum.Prf["event"].Tp, sum.Prf["event"].Fp, sum.Prf["event"].Fn));
        Assert.Contains(lines, l => l.StartsWith("event FN", StringComparison.Ordinal) && l.EndsWith("(second)", StringComparison.Ordinal));
    }

    [Fact]
    public void EventsPairByArgumentAgreementBeforeOrder()
    {
        const string gold = """
            {"events": [{"id": "a", "type": "ASSAULT", "mode": "actual", "actors": ["SYRMIL"], "places": ["SY07"]},
                        {"id": "b", "type": "ASSAULT", "mode": "actual", "actors": ["RUSMIL"], "places": ["SY02"]}]}
            """;
        const string pred = """
            {"events": [{"type": "ASSAULT", "mode": "actual", "actors": ["RUSMIL"], "places": ["SY0201"]},
                        {"type": "ASSAULT", "mode": "actual", "actors": ["SYRMIL"], "places": ["SY07"]}]}
            """;
        var (sum, lines) = Score(gold, pred);
        Assert.Equal(1.0, sum.Prf["actor"].F1);
        Assert.Equal(1.0, sum.Prf["place"].F1); // SY0201 counts as its governorate SY02
        Assert.Empty(lines);
    }

    [Fact]
    public void OptionalGoldAbsorbsLeftoversOnly()
    {
        const string gold = """
            {"timexes": [{"start": 0, "end": 10, "value": "2020-01-05"},
                         {"start": 0, "end": 10, "value": "2020-01", "optional": true},
                         {"start": 20, "end": 30, "value": "2020-02", "optional": true}]}
            """;
        // the first prediction overlaps both the required and an optional timex: the required one takes it
        var (sum, _) = Score(gold, """{"timexes": [{"start": 2, "end": 8, "value": "2020-01"}, {"start": 25, "end": 27, "value": "2019"}]}""");
        var det = sum.Prf["timex_detection"];
        Assert.Equal((1, 0, 0), (det.Tp, det.Fp, det.Fn));
        Assert.Equal((0, 1, 1), (sum.Prf["timex_strict"].Tp, sum.Prf["timex_strict"].Fp, sum.Prf["timex_strict"].Fn)); // the value is wrong
        // a prediction only an optional item could take is neither a hit nor a false positive
        var (alone, lines) = Score(gold, """{"timexes": [{"start": 21, "end": 22, "value": "2020-02"}]}""");
        Assert.Equal((0, 0, 1), (alone.Prf["timex_detection"].Tp, alone.Prf["timex_detection"].Fp, alone.Prf["timex_detection"].Fn));
        Assert.Equal(["timex FN     [0:10] '' 2020-01-05"], lines);
    }

    [Fact]
    public void FiguresOfOptionalEventsAreOptional()
    {
        const string gold = """
            {"events": [{"type": "ASSAULT", "figures": [{"role": "killed", "group": "all", "value": 3}]},
                        {"type": "ASSAULT", "optional": true, "figures": [{"role": "injured", "group": "all", "value": 7}]}]}
            """;
        const string pred = """
            {"events": [{"type": "ASSAULT", "figures": [{"role": "killed", "group": "all", "value": 3.0, "qualifier": "exact"},
                                                        {"role": "injured", "group": "all", "value": 7}]}]}
            """;
        var (sum, lines) = Score(gold, pred);
        Assert.Equal((1, 0, 0), (sum.Prf["figure"].Tp, sum.Prf["figure"].Fp, sum.Prf["figure"].Fn)); // 3.0 equals 3
        Assert.Equal((0L, 1L), (sum.Accuracy["figure_qualifier_accuracy"].Correct, sum.Accuracy["figure_qualifier_accuracy"].N));
        Assert.Equal(["figure QUAL  killed/all=3 (None)  pred exact"], lines);
    }

    [Theory]
    [InlineData("2021-03-13", "APPROX", true)]
    [InlineData("2021-03-07", "APPROX", true)]
    [InlineData("2021-03-14", "APPROX", false)]
    [InlineData("2021-03-06", "APPROX", false)]
    [InlineData("2021-03-10", null, false)] // gold has a mod: the prediction needs it
    [InlineData("2021-W10", null, true)] // an alt value counts whatever the mod
    [InlineData("2021-03", "APPROX", false)] // only full dates get the tolerance
    public void ApproxDatesAcceptThreeDays(string value, string? mod, bool strict)
    {
        const string gold = """{"timexes": [{"start": 5, "end": 15, "value": "2021-03-10", "mod": "APPROX", "alt": ["2021-W10"]}]}""";
        var pred = new JsonObject { ["timexes"] = new JsonArray(new JsonObject { ["start"] = 6, ["end"] = 9, ["value"] = value, ["mod"] = mod }) };
        var s = ScoreSummary.From(RecordScorer.Score(JsonNode.Parse(gold), pred).Counts);
        Assert.Equal(1.0, s.Prf["timex_detection"].F1);
        Assert.Equal(strict ? 1.0 : 0.0, s.Prf["timex_strict"].F1);
    }

    [Theory]
    [InlineData("2022-07", "2022-07", "2022-07-20", "2022-07-20", true)] // month-level gold: any days of that month
    [InlineData("2022-07", "2022-07", "2022-06-30", "2022-07-02", false)]
    [InlineData("2022-07-01", "2022-07-05", "2022-07-02", "2022-07-04", true)] // otherwise each end within one day
    [InlineData("2022-07-01", "2022-07-05", "2022-07-03", "2022-07-05", false)]
    public void TimeAccuracyUsesTheMonthRule(string goldBegin, string goldEnd, string begin, string end, bool ok)
    {
        var gold = $$$"""{"events": [{"type": "CONSULT", "time": {"begin": "{{{goldBegin}}}", "end": "{{{goldEnd}}}"}}]}""";
        var pred = $$$"""{"events": [{"type": "CONSULT", "time": {"begin": "{{{begin}}}", "end": "{{{end}}}"}}]}""";
        var (sum, _) = Score(gold, pred);
        Assert.Equal(1, sum.Prf["event"].Tp);
        Assert.Equal((ok ? 1L : 0L, 1L), (sum.Accuracy["time_accuracy"].Correct, sum.Accuracy["time_accuracy"].N));
    }

    [Fact]
    public void AGoldIntervalOfAWholeMonthInDaysIsMonthLevel()
    {
        var s = ScoreDates.Interval(PyJson.Parse("""{"begin": "2024-02-01", "end": "2024-02-29"}"""));
        Assert.True(ScoreDates.TimeOk(s, ScoreDates.Interval("2024-02-15")));
        Assert.False(ScoreDates.TimeOk(s, ScoreDates.Interval("2024-03-01")));
        Assert.Equal(ScoreDates.Interval("2024-05"), ScoreDates.Interval("2024-05-00")); // a 00 day counts as absent
        Assert.Null(ScoreDates.Interval("last spring"));
    }

    [Fact]
    public void EntityTextIsNormalised()
    {
        Assert.Equal(EntityText.Tokens("المدرسه الكبري"), EntityText.Tokens("وَالمَدْرَسَةُ الكُبْرى"));
        Assert.Equal(["لي"], EntityText.Tokens("لي")); // stripping ل would leave one letter
        Assert.Equal(["حديقه", "عامه"], EntityText.Tokens("للحديقة «العامّة»"));
    }

    [Theory]
    [InlineData("الهيئة العليا للمفاوضات", true)] // same tokens
    [InlineData("الهيئة العليا", true)] // 2 of the longer 3
    [InlineData("هيئة", false)] // 1 of 3 is less than half
    public void EntitiesMatchOnHalfTheLongerTokens(string predText, bool match)
    {
        const string gold = """{"entities": [{"text": "هيئة العليا للمفاوضات", "type": "ORG"}]}""";
        var pred = new JsonObject { ["entities"] = new JsonArray(new JsonObject { ["text"] = predText, ["type"] = "org" }) };
        var s = ScoreSummary.From(RecordScorer.Score(JsonNode.Parse(gold), pred).Counts);
        Assert.Equal(match ? 1L : 0L, s.Prf["entity"].Tp);
    }

    [Fact]
    public void MalformedFieldsReadAsAbsent()
    {
        const string pred = """
            {"timexes": [1, {"start": true, "end": 4}, {"start": 0, "end": 4.0}],
             "entities": "x", "events": [null, {"type": ["ASSAULT"]}, {"type": "ASSAULT", "figures": [{"role": "killed", "group": "all", "value": true}]}]}
            """;
        const string gold = """{"events": [{"type": "ASSAULT", "figures": [{"role": "killed", "group": "all", "value": 1}]}]}""";
        var (sum, lines) = Score(gold, pred);
        Assert.Equal((0, 2, 0), (sum.Prf["timex_detection"].Tp, sum.Prf["timex_detection"].Fp, sum.Prf["timex_detection"].Fn));
        Assert.Equal((1, 1, 0), (sum.Prf["event"].Tp, sum.Prf["event"].Fp, sum.Prf["event"].Fn));
        Assert.Equal((0, 1, 1), (sum.Prf["figure"].Tp, sum.Prf["figure"].Fp, sum.Prf["figure"].Fn)); // true is not the number 1
        Assert.Contains("figure FP    killed/all=True (None)", lines);
        Assert.Contains("event FP     None/None no-time ", lines);
    }

    [Fact]
    public void NothingToCountIsZero()
    {
        var s = ScoreSummary.From(new ScoreCounts());
        Assert.All(s.Prf.Values, m => Assert.Equal(0.0, m.F1));
        Assert.Equal(0.0, s.Headline);
    }
}
