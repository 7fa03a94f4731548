using System.CommandLine;
using Rasd.Store;

namespace Rasd.Cli;

/// <summary>`rasd export --format acled-csv|geojson|jsonl`: stored events in ACLED's columns, as map points, or as rasd/1 records.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = QueryCommand.DbOption();
        var filters = new QueryCommand.FilterOptions();
        var format = new Option<string>("--format") { Description = "acled-csv, geojson or jsonl (rasd/1 records)", Required = true };
        format.AcceptOnlyFromAmong("acled-csv", "geojson", "jsonl");
        var perReport = new Option<bool>("--per-report") { Description = "one row per report instead of one per merged event" };
        var output = QueryCommand.OutOption();
        var cmd = new Command("export", "export stored events") { db, format, perReport, output };
        filters.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            var filter = filters.Build(parse, "export");
            if (filter is null) return 2;
            using var store = QueryCommand.OpenStore(parse.GetValue(db), "export");
            if (store is null) return 1;
            var reader = new EventReader(store);
            var outPath = parse.GetValue(output);
            var fmt = parse.GetValue(format)!;
            if (fmt == "jsonl")
            {
                // with no filter every current record, including documents without events
                var all = filter == new EventFilter();
                var records = all ? reader.CurrentRecords() : reader.CurrentRecords(reader.Read(filter).Select(e => e.DocumentId).Distinct().ToList());
                using var jw = QueryCommand.OpenOut(outPath);
                EventExport.Jsonl(jw, records);
                return 0;
            }
            var events = reader.Read(filter);
            var merged = parse.GetValue(perReport)
                ? events.Select(e => { var m = new MergedEvent { Type = e.Type, Mode = e.Mode }; m.Reports.Add(e); return m; }).ToList()
                : EventMerger.Merge(events);
            if (fmt == "geojson")
            {
                using var stream = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
                EventExport.GeoJson(stream, merged);
                return 0;
            }
            using var w = QueryCommand.OpenOut(outPath);
            EventExport.AcledCsv(w, merged);
            return 0;
        });
        return cmd;
    }
}
