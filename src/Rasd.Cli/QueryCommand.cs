using System.CommandLine;
using System.Text.Json;
using Rasd.Records;
using Rasd.Store;
using Spectre.Console;

namespace Rasd.Cli;

/// <summary>`rasd query`: stored events by date, place, actor, type, mode, source and Arabic free text; a table on a terminal, JSON or CSV otherwise.</summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var db = DbOption();
        var filters = new FilterOptions();
        var limit = new Option<int>("--limit") { Description = "at most this many events", DefaultValueFactory = _ => 1000 };
        var format = new Option<string?>("--format") { Description = "table, json or csv (default: table on a terminal, json otherwise)" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var output = OutOption();
        var cmd = new Command("query", "list stored events matching filters") { db, limit, format, output };
        filters.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            var filter = filters.Build(parse, "query");
            if (filter is null) return 2;
            using var store = OpenStore(parse.GetValue(db), "query");
            if (store is null) return 1;
            var events = new EventReader(store).Read(filter with { Limit = parse.GetValue(limit) });
            var outPath = parse.GetValue(output);
            var fmt = parse.GetValue(format) ?? (outPath is null && !Console.IsOutputRedirected ? "table" : "json");
            if (fmt == "table" && outPath is null)
            {
                WriteTable(events);
                return 0;
            }
            using var w = OpenOut(outPath);
            if (fmt == "csv") WriteCsv(w, events);
            else WriteJson(w, events);
            return 0;
        });
        return cmd;
    }

    private static void WriteTable(List<StoredEvent> events)
    {
        var table = new Table().AddColumns("id", "date", "type", "mode", "places", "actors → targets", "figures", "source", "document");
        foreach (var e in events)
            table.AddRow(Markup.Escape(e.Id.ToString()), Markup.Escape(Dates(e)), e.Type, e.Mode, Markup.Escape(string.Join(' ', e.Places)),
                Markup.Escape($"{string.Join(' ', e.Actors)} → {string.Join(' ', e.Targets)}"), Markup.Escape(Figures(e)),
                Markup.Escape(e.Source ?? ""), Markup.Escape(e.DocumentName ?? ""));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{events.Count} events[/]");
    }

    private static string Dates(StoredEvent e) => e.TimeBegin == e.TimeEnd ? e.TimeBegin ?? "" : $"{e.TimeBegin}..{e.TimeEnd}";

    private static string Figures(StoredEvent e) => string.Join(", ", e.Figures.Select(f => $"{f.Role} {f.Group} {f.Value:0.##}"));

    private static void WriteCsv(TextWriter w, List<StoredEvent> events)
    {
        w.WriteLine("id,time_begin,time_end,type,mode,places,actors,targets,figures,source,document,summary");
        foreach (var e in events)
            w.WriteLine(string.Join(',', new[]
            {
                e.Id.ToString(), e.TimeBegin ?? "", e.TimeEnd ?? "", e.Type, e.Mode, string.Join(' ', e.Places), string.Join(' ', e.Actors),
                string.Join(' ', e.Targets), Figures(e), e.Source ?? "", e.DocumentName ?? "", e.Summary ?? "",
            }.Select(EventExport.Csv)));
    }

    private static void WriteJson(TextWriter w, List<StoredEvent> events) =>
        w.WriteLine(JsonSerializer.Serialize(events, RecordJson.Options));

    /// <summary>The `--db` option every store command takes.</summary>
    public static Option<string?> DbOption() =>
        new("--db") { Description = "SQLite file (default rasd.db) or postgres://user:pass@host:port/db[?schema=NAME]" };

    public static Option<string?> OutOption() => new("--out") { Description = "write to this file instead of standard output" };

    public static TextWriter OpenOut(string? path) =>
        path is null ? new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false }
            : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));

    /// <summary>Opens the store, or prints one line saying why it could not and returns null.</summary>
    public static RasdStore? OpenStore(string? db, string command)
    {
        try
        {
            return RasdStore.Open(db);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or ArgumentException or UriFormatException or IOException)
        {
            Console.Error.WriteLine($"rasd {command}: cannot open store {db ?? StoreTarget.DefaultPath}: {e.Message}");
            return null;
        }
    }

    /// <summary>The filter options shared by query, stats and export.</summary>
    public sealed class FilterOptions
    {
        private readonly Option<string?> _from = new("--from") { Description = "events overlapping days from this date (YYYY-MM-DD)" };
        private readonly Option<string?> _to = new("--to") { Description = "… up to this date (YYYY-MM-DD)" };
        private readonly Option<string?> _place = new("--place") { Description = "governorate p-code (SY07), governorate or region name in Arabic or English ('northwest Syria', 'إدلب')" };
        private readonly Option<string?> _actor = new("--actor") { Description = "actor or target code or prefix (SYRMIL, RUS)" };
        private readonly Option<string?> _type = new("--type") { Description = "event type (ASSAULT, AGREE, …)" };
        private readonly Option<string?> _mode = new("--mode") { Description = "actual, planned, possible or negated" };
        private readonly Option<string?> _source = new("--source") { Description = "part of the reporting source's name" };
        private readonly Option<string?> _text = new("--text") { Description = "words in the evidence (Arabic folded, clitics stripped)" };

        public void AddTo(Command cmd)
        {
            foreach (var o in new[] { _from, _to, _place, _actor, _type, _mode, _source, _text }) cmd.Options.Add(o);
        }

        /// <summary>The filter, or null after printing what is wrong.</summary>
        public EventFilter? Build(ParseResult parse, string command)
        {
            DateOnly? Date(Option<string?> o, out bool bad)
            {
                bad = false;
                var v = parse.GetValue(o);
                if (v is null) return null;
                if (DateOnly.TryParseExact(v, "yyyy-MM-dd", out var d)) return d;
                Console.Error.WriteLine($"rasd {command}: {o.Name} must be YYYY-MM-DD, got '{v}'");
                bad = true;
                return null;
            }
            var from = Date(_from, out var badFrom);
            var to = Date(_to, out var badTo);
            if (badFrom || badTo) return null;
            string[]? govs = null;
            if (parse.GetValue(_place) is { } place)
            {
                govs = place.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SelectMany(p => Governorates.Resolve(p) ?? []).Distinct().ToArray();
                if (govs.Length == 0)
                {
                    Console.Error.WriteLine($"rasd {command}: unknown place '{place}' (a p-code like SY07, a governorate or a region name)");
                    return null;
                }
            }
            return new EventFilter
            {
                From = from,
                To = to,
                Governorates = govs,
                Actor = parse.GetValue(_actor),
                Type = parse.GetValue(_type),
                Mode = parse.GetValue(_mode),
                Source = parse.GetValue(_source),
                Text = parse.GetValue(_text),
            };
        }
    }
}
