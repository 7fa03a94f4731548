using Rasd.Documents;
using Rasd.Records;
using Rasd.Store;
using Xunit.Abstractions;

namespace Rasd.Tests.Store;

public sealed class PlausibilityTests(ITestOutputHelper output)
{
    private static StoredEvent Report(long id, string begin, string end, string place, params FigureRecord[] figures)
    {
        var e = new StoredEvent { Id = id, DocumentId = id, DocumentName = $"doc{id}", Source = $"source{id}", Type = "ASSAULT", Mode = "actual", TimeBegin = begin, TimeEnd = end };
        e.Places.Add(place);
        e.Figures.AddRange(figures);
        return e;
    }

    [Fact]
    public void A_misread_toll_in_a_one_day_event_is_listed_as_excluded_not_summed()
    {
        var misread = Report(1, "2021-08-03", "2021-08-03", "SY07", TestStores.Killed(87_000_000), new FigureRecord("injured", "all", 40, "exact"));
        var real = Report(2, "2021-08-05", "2021-08-05", "SY07", TestStores.Killed(9));
        var total = Assert.Single(PeriodStats.Compute(EventMerger.Merge([misread, real]), StatsGrouping.None));
        Assert.Equal(9m, total.Figures["killed"]["all"]);
        Assert.Equal(40m, total.Figures["injured"]["all"]); // the same report's plausible figure still counts
        var x = Assert.Single(total.Excluded);
        Assert.Equal(("killed", "all", 87_000_000m, 1, "doc1", "source1"), (x.Role, x.Group, x.Value, x.Days, x.Document, x.Source));
        Assert.Equal(Plausibility.Default.PerDay, x.Limit);
    }

    [Fact]
    public void The_limit_grows_with_the_report_span_up_to_a_ceiling_and_leaves_other_roles_alone()
    {
        var rule = new Plausibility(PerDay: 100, Ceiling: 10_000);
        Assert.Equal(100m, rule.LimitFor("killed", 1));
        Assert.Equal(100m, rule.LimitFor("injured", null));
        Assert.Equal(3_000m, rule.LimitFor("missing", 30));
        Assert.Equal(10_000m, rule.LimitFor("killed", 5_000));
        Assert.Null(rule.LimitFor("displaced", 1));

        var month = Report(1, "2021-08-01", "2021-08-30", "SY07", TestStores.Killed(2_500));
        var day = Report(2, "2021-09-02", "2021-09-02", "SY02", TestStores.Killed(150), new FigureRecord("displaced", "all", 50_000, "about"));
        var total = Assert.Single(PeriodStats.Compute(EventMerger.Merge([month, day]), StatsGrouping.None, plausibility: rule));
        Assert.Equal(2_500m, total.Figures["killed"]["all"]);
        Assert.Equal(50_000m, total.Figures["displaced"]["all"]);
        Assert.Equal((150m, 100m), (Assert.Single(total.Excluded).Value, total.Excluded[0].Limit));
    }

    [Fact]
    public void Across_reports_of_one_event_only_the_implausible_report_is_left_out_of_low_best_high()
    {
        var a = Report(1, "2021-08-03", "2021-08-03", "SY07", TestStores.Killed(12));
        var b = Report(2, "2021-08-03", "2021-08-03", "SY0701", TestStores.Killed(12_000_000));
        var c = Report(3, "2021-08-03", "2021-08-03", "SY07", TestStores.Killed(15));
        var merged = Assert.Single(EventMerger.Merge([a, b, c]));
        var byMonth = PeriodStats.Compute([merged], StatsGrouping.Month);
        Assert.Equal(["2021-08", "total"], byMonth.Select(r => r.Key));
        Assert.All(byMonth, row =>
        {
            Assert.Equal(12m, row.Figures["killed"]["all"]);
            Assert.Equal(2L, Assert.Single(row.Excluded).EventId);
        });
    }

    [Fact]
    public void A_tally_above_the_ceiling_is_excluded_too()
    {
        var decade = Report(1, "2011-03-15", "2021-03-15", "SY07", TestStores.Killed(87_000_000));
        var row = Assert.Single(PeriodStats.Compute(EventMerger.Merge([decade]), StatsGrouping.None, from: new(2021, 1, 1), to: new(2021, 12, 31)));
        Assert.Empty(row.Tallies);
        Assert.Equal(Plausibility.Default.Ceiling, Assert.Single(row.Excluded).Limit);
    }

    [Fact]
    public void The_stats_command_lists_excluded_figures_in_json()
    {
        var db = TestStores.NewDb("sqlite")!;
        using (var store = RasdStore.Open(db))
            new StoreWriter(store).Write(
            [
                TestStores.Item("big", "تقرير فيه رقم غير معقول", "2021-08-03", "s1",
                    TestStores.Attack("e1", "2021-08-03", "2021-08-03", ["SY07"], [], TestStores.Killed(87_000_000))),
                TestStores.Item("small", "تقرير آخر عن قصف", "2021-08-09", "s2",
                    TestStores.Attack("e1", "2021-08-09", "2021-08-09", ["SY07"], [], TestStores.Killed(4))),
            ], reprocess: false);
        var (code, json) = RasdCli.Run("stats", "--db", db, "--format", "json");
        output.WriteLine(json);
        Assert.Equal(0, code);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var row = Assert.Single(doc.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(4m, row.GetProperty("figures").GetProperty("killed").GetProperty("all").GetDecimal());
        var excluded = Assert.Single(row.GetProperty("excluded").EnumerateArray());
        Assert.Equal(87_000_000m, excluded.GetProperty("value").GetDecimal());
        Assert.Equal("big", excluded.GetProperty("document").GetString());
        Assert.Contains("per day", doc.RootElement.GetProperty("plausibility").GetString());
    }
}
