using Rasd.Records;
using Rasd.Store;
using Xunit.Abstractions;

namespace Rasd.Tests.Store;

public sealed class EventMergerTests(ITestOutputHelper output)
{
    private static StoredEvent Report(long id, long doc, string source, string begin, string end, string place, string[] actors, params FigureRecord[] figures)
    {
        var e = new StoredEvent { Id = id, DocumentId = doc, DocumentName = $"doc{doc}", Source = source, Type = "ASSAULT", Mode = "actual", TimeBegin = begin, TimeEnd = end };
        e.Places.Add(place);
        e.Actors.AddRange(actors);
        e.Figures.AddRange(figures);
        return e;
    }

    [Fact]
    public void Two_reports_of_one_attack_merge_and_keep_both_tolls_with_their_sources()
    {
        var a = Report(1, 10, "Civil Defence", "2021-08-03", "2021-08-03", "SY0701", ["SYRMIL"], TestStores.Killed(12), new FigureRecord("injured", "all", 20, "about"));
        var b = Report(2, 11, "Observatory", "2021-08-02", "2021-08-04", "SY07", [], TestStores.Killed(15));
        var merged = Assert.Single(EventMerger.Merge([a, b]));
        Assert.Equal(2, merged.Reports.Count);
        Assert.Equal(["Civil Defence", "Observatory"], merged.Sources.Order(StringComparer.Ordinal));
        var killed = merged.Figures.Single(f => f.Role == "killed");
        Assert.Equal((12m, 12m, 15m), (killed.Low, killed.Best, killed.High));
        Assert.Equal([("Civil Defence", 12m), ("Observatory", 15m)], killed.Reports.Select(r => (r.Source!, r.Value)).OrderBy(x => x.Item1, StringComparer.Ordinal));
        Assert.Equal(20m, merged.Best("injured", "all"));
        Assert.Equal(("2021-08-03", "2021-08-03"), (merged.TimeBegin, merged.TimeEnd));
    }

    [Fact]
    public void Best_is_the_value_most_reports_give()
    {
        var reports = new[] { 7m, 9m, 9m }.Select((v, i) => Report(i, i, $"s{i}", "2021-08-03", "2021-08-03", "SY02", [], TestStores.Killed(v)));
        var f = Assert.Single(Assert.Single(EventMerger.Merge(reports)).Figures);
        Assert.Equal((7m, 9m, 9m), (f.Low, f.Best, f.High));
    }

    [Fact]
    public void Reports_that_differ_in_place_time_actors_or_document_stay_apart()
    {
        var a = Report(1, 10, "x", "2021-08-03", "2021-08-03", "SY07", ["SYRMIL"]);
        Assert.Equal(2, EventMerger.Merge([a, Report(2, 11, "y", "2021-08-03", "2021-08-03", "SY12", ["SYRMIL"])]).Count);
        Assert.Equal(2, EventMerger.Merge([a, Report(3, 12, "y", "2021-08-05", "2021-08-06", "SY07", ["SYRMIL"])]).Count);
        Assert.Equal(2, EventMerger.Merge([a, Report(4, 13, "y", "2021-08-03", "2021-08-03", "SY07", ["TURMIL"])]).Count);
        Assert.Equal(2, EventMerger.Merge([a, Report(5, 10, "x", "2021-08-03", "2021-08-03", "SY07", ["SYRMIL"])]).Count);
    }

    [Fact]
    public void A_multi_week_tally_does_not_merge_with_a_one_day_report_inside_it()
    {
        var day = Report(1, 10, "Civil Defence", "2021-08-03", "2021-08-03", "SY0701", ["SYRMIL"], TestStores.Killed(12));
        var weeks = Report(2, 11, "Observatory", "2021-07-12", "2021-08-08", "SY07", ["SYRMIL"], TestStores.Killed(310));
        var merged = EventMerger.Merge([day, weeks]);
        Assert.Equal(2, merged.Count);
        Assert.False(EventMerger.ComparableSpans(day, weeks));
        var total = Assert.Single(PeriodStats.Compute(merged, StatsGrouping.None));
        Assert.Equal(322m, total.Figures["killed"]["all"]); // separately counted, not the tally's 310 as the day's best

        // reports of similar length still merge: a day inside "this week", or two month-long tallies
        Assert.Single(EventMerger.Merge([day, Report(3, 12, "x", "2021-08-01", "2021-08-07", "SY07", [], TestStores.Killed(12))]));
        Assert.Single(EventMerger.Merge([
            Report(4, 13, "x", "2021-07-01", "2021-07-31", "SY07", [], TestStores.Killed(300)),
            Report(5, 14, "y", "2021-07-05", "2021-08-04", "SY07", [], TestStores.Killed(310))]));
    }

    [Fact]
    public void Span_days_count_both_ends_and_tolerate_unreadable_dates()
    {
        Assert.Equal(1, Report(1, 1, "x", "2021-08-03", "2021-08-03", "SY07", []).SpanDays);
        Assert.Equal(28, Report(1, 1, "x", "2021-07-12", "2021-08-08", "SY07", []).SpanDays);
        var odd = Report(1, 1, "x", "2021-08", "2021-08", "SY07", []);
        Assert.Null(odd.SpanDays);
        Assert.True(EventMerger.ComparableSpans(odd, Report(2, 2, "y", "2021-01-01", "2021-12-31", "SY07", [])));
    }

    [Theory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Stats_over_the_store_count_a_twice_reported_attack_once(string backend)
    {
        var db = TestStores.NewDb(backend);
        if (db is null) { output.WriteLine(TestStores.PgSkipMessage); return; }
        using var store = RasdStore.Open(db);
        new StoreWriter(store).Write(
        [
            TestStores.Item("first", "تقرير أول عن القصف", "2021-08-03", "Civil Defence",
                TestStores.Attack("e1", "2021-08-03", "2021-08-03", ["SY0701"], ["SYRMIL"], TestStores.Killed(12), TestStores.Killed(3, "children"))),
            TestStores.Item("second", "تقرير ثان عن القصف نفسه", "2021-08-04", "Observatory",
                TestStores.Attack("e1", "2021-08-03", "2021-08-03", ["SY07"], ["SYRMIL"], TestStores.Killed(15))),
            TestStores.Item("other", "تقرير عن قصف آخر", "2021-08-20", "Observatory",
                TestStores.Attack("e1", "2021-08-20", "2021-08-20", ["SY02"], ["SYRMIL"], TestStores.Killed(2))),
        ], reprocess: false);
        var merged = EventMerger.Merge(new EventReader(store).Read(new EventFilter { Governorates = Governorates.Resolve("northwest Syria") }));
        var rows = PeriodStats.Compute(merged, StatsGrouping.None);
        var total = Assert.Single(rows);
        Assert.Equal((2, 2, 3), (total.Events, total.Attacks, total.Reports));
        Assert.Equal(14m, total.Figures["killed"]["all"]);   // min-tie best 12 + 2, not 12 + 15 + 2
        Assert.Equal(3m, total.Figures["killed"]["children"]);
        var byGov = PeriodStats.Compute(merged, StatsGrouping.Governorate);
        Assert.Equal(["SY02", "SY07", "total"], byGov.Select(r => r.Key));
        var byWeek = PeriodStats.Compute(merged, StatsGrouping.Week);
        Assert.Equal(["2021-W31", "2021-W33", "total"], byWeek.Select(r => r.Key));
    }

    [Fact]
    public void A_toll_over_years_is_a_tally_kept_out_of_monthly_and_period_sums()
    {
        var day = Report(1, 10, "a", "2021-08-03", "2021-08-03", "SY07", [], TestStores.Killed(6));
        var week = Report(2, 11, "b", "2021-08-10", "2021-08-17", "SY07", [], TestStores.Killed(4));
        var years = Report(3, 12, "c", "2011-03-15", "2021-08-20", "SY02", [], TestStores.Killed(5000));
        var merged = EventMerger.Merge([day, week, years]);
        Assert.Equal(3, merged.Count);

        var byMonth = PeriodStats.Compute(merged, StatsGrouping.Month);
        var august = byMonth.Single(r => r.Key == "2021-08");
        Assert.Equal(10m, august.Figures["killed"]["all"]);
        Assert.Equal(0, august.TallyEvents);
        var march = byMonth.Single(r => r.Key == "2011-03");
        Assert.False(march.Figures.ContainsKey("killed"));
        Assert.Equal((1, 5000m), (march.TallyEvents, march.Tallies["killed"]["all"]));
        // without a period the total has no bucket to exceed, so everything sums
        Assert.Equal(5010m, byMonth.Single(r => r.Key == "total").Figures["killed"]["all"]);

        // a week-long event is longer than a weekly bucket but fits a month-long period
        var byWeek = PeriodStats.Compute(merged, StatsGrouping.Week, from: new(2021, 8, 1), to: new(2021, 8, 31));
        Assert.Equal(6m, byWeek.Single(r => r.Key == "2021-W31").Figures["killed"]["all"]);
        Assert.Equal(4m, byWeek.Single(r => r.Key == "2021-W32").Tallies["killed"]["all"]);
        // the toll that began in 2011 counts in the period's first week, not in a row before the period
        Assert.DoesNotContain(byWeek, r => r.Key.StartsWith("2011", StringComparison.Ordinal));
        Assert.Equal(5000m, byWeek.Single(r => r.Key == "2021-W30").Tallies["killed"]["all"]);
        var total = byWeek.Single(r => r.Key == "total");
        Assert.Equal((10m, 5000m, 1), (total.Figures["killed"]["all"], total.Tallies["killed"]["all"], total.TallyEvents));

        var included = Assert.Single(PeriodStats.Compute(merged, StatsGrouping.None, from: new(2021, 8, 1), to: new(2021, 8, 31), includeTallies: true));
        Assert.Equal(5010m, included.Figures["killed"]["all"]);
        Assert.Empty(included.Tallies);
    }
}
