using System.CommandLine;
using System.Text.Json;
using Rasd.Records;
using Rasd.Store;
using Spectre.Console;

namespace Rasd.Cli;

/// <summary>`rasd stats`: events, attacks, killed/injured by group for a region and period, reports of one event counted once.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var db = QueryCommand.DbOption();
        var filters = new QueryCommand.FilterOptions();
        var by = new Option<string>("--by") { Description = "group rows by week, month or governorate (default: one total)", DefaultValueFactory = _ => "none" };
        by.AcceptOnlyFromAmong("none", "week", "month", "governorate");
        var format = new Option<string?>("--format") { Description = "table or json (default: table on a terminal, json otherwise)" };
        format.AcceptOnlyFromAmong("table", "json");
        var output = QueryCommand.OutOption();
        var tallies = new Option<bool>("--include-tallies") { Description = "sum figures of events longer than the row's week/month/period too (cumulative tallies are kept apart by default)" };
        var perDay = new Option<decimal>("--max-per-day")
        {
            Description = "plausibility: a killed/injured/missing figure above this many people per day of its report's span (or above 1,000,000) is listed as excluded, not summed",
            DefaultValueFactory = _ => Plausibility.Default.PerDay,
        };
        var cmd = new Command("stats", "period statistics over stored events (same-event reports merged)") { db, by, format, output, tallies, perDay };
        filters.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            var filter = filters.Build(parse, "stats");
            if (filter is null) return 2;
            using var store = QueryCommand.OpenStore(parse.GetValue(db), "stats");
            if (store is null) return 1;
            var events = new EventReader(store).Read(filter);
            var merged = EventMerger.Merge(events);
            var grouping = Enum.Parse<StatsGrouping>(parse.GetValue(by)!, ignoreCase: true);
            var rule = Plausibility.Default with { PerDay = parse.GetValue(perDay) };
            var rows = PeriodStats.Compute(merged, grouping, filter.Governorates, filter.From, filter.To, parse.GetValue(tallies), rule);
            var outPath = parse.GetValue(output);
            var fmt = parse.GetValue(format) ?? (outPath is null && !Console.IsOutputRedirected ? "table" : "json");
            var documents = store.Count("documents");
            if (fmt == "table" && outPath is null)
            {
                WriteTable(rows, events.Count, documents, filter, rule);
                return 0;
            }
            using var w = QueryCommand.OpenOut(outPath);
            w.WriteLine(JsonSerializer.Serialize(new
            {
                documents,
                reports = events.Count,
                events = merged.Count,
                from = filter.From?.ToString("yyyy-MM-dd"),
                to = filter.To?.ToString("yyyy-MM-dd"),
                governorates = filter.Governorates,
                plausibility = rule.Describe(),
                rows,
            }, RecordJson.Options));
            return 0;
        });
        return cmd;
    }

    private static void WriteTable(List<StatsRow> rows, int reports, long documents, EventFilter filter, Plausibility rule)
    {
        var scope = $"{filter.From?.ToString("yyyy-MM-dd") ?? "…"}..{filter.To?.ToString("yyyy-MM-dd") ?? "…"}" +
            (filter.Governorates is { } g ? $" in {string.Join(' ', g)}" : "");
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(scope)}[/]  {documents} documents stored, {reports} event reports");
        var figureColumns = rows.SelectMany(r => r.Figures.SelectMany(f => f.Value.Keys.Select(group => (Role: f.Key, Group: group))))
            .Distinct().OrderBy(c => c.Role == "killed" ? 0 : c.Role == "injured" ? 1 : 2).ThenBy(c => c.Role, StringComparer.Ordinal)
            .ThenBy(c => c.Group == "all" ? "" : c.Group, StringComparer.Ordinal).ToList();
        var table = new Table().AddColumns("period / place", "events", "attacks", "reports", "reported attacks");
        foreach (var c in figureColumns) table.AddColumn($"{c.Role} {c.Group}");
        bool anyTally = rows.Any(r => r.TallyEvents > 0);
        if (anyTally) table.AddColumn("tallies (not summed)");
        foreach (var r in rows)
        {
            var cells = new List<string> { r.Key, r.Events.ToString(), r.Attacks.ToString(), r.Reports.ToString(), r.ReportedAttacks.ToString("0.##") };
            cells.AddRange(figureColumns.Select(c => r.Figures.TryGetValue(c.Role, out var gs) && gs.TryGetValue(c.Group, out var v) ? v.ToString("0.##") : ""));
            if (anyTally)
                cells.Add(string.Join(", ", r.Tallies.SelectMany(t => t.Value.Select(g => $"{t.Key} {g.Key} {g.Value:0.##}"))));
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }
        AnsiConsole.Write(table);
        // every row's exclusions are in the total (or the single row): list each once
        var excluded = rows[^1].Excluded;
        if (excluded.Count == 0) return;
        AnsiConsole.MarkupLine(Markup.Escape($"{excluded.Count} implausible figures excluded from the sums ({rule.Describe()}):"));
        foreach (var x in excluded)
            AnsiConsole.MarkupLine(Markup.Escape($"  {x.Role} {x.Group} {x.Value:0.##} over {x.Days?.ToString() ?? "?"} day(s), limit {x.Limit:0.##} — " +
                $"{x.Document ?? "?"} ({x.Source ?? "no source"}), event {x.EventId}"));
    }
}
