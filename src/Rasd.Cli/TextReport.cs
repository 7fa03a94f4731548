using Rasd.Documents;
using Rasd.Records;

namespace Rasd.Cli;

/// <summary>The `--format text` view of a record: a readable summary with evidence sentences.</summary>
public static class TextReport
{
    public static void Write(TextWriter w, Document doc, RasdRecord record)
    {
        w.WriteLine($"document {record.Document.Id}  published {record.Document.Published ?? "unknown"}  {record.Sentences.Count} sentences");
        if (record.Timexes.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("time expressions:");
            foreach (var t in record.Timexes)
                w.WriteLine($"  {t.Text}  →  {t.Type} {t.Value}{(t.Mod is null ? "" : " " + t.Mod)}{(t.Interval is null ? "" : $"  [{t.Interval.Begin} .. {t.Interval.End}]")}");
        }
        if (record.Entities.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("entities:");
            foreach (var e in record.Entities)
                w.WriteLine($"  {e.Type,-3} {e.Text}{(e.Id is null ? "" : "  " + e.Id)}{(e.Actor is null ? "" : "  actor " + e.Actor)}{(e.NameEn is null ? "" : "  (" + e.NameEn + ")")}");
        }
        foreach (var ev in record.Events)
        {
            w.WriteLine();
            w.WriteLine($"{ev.Type} ({ev.Mode}){(ev.Time is null ? "" : $"  {ev.Time.Begin} .. {ev.Time.End}")}");
            if (ev.Summary is not null) w.WriteLine($"  {ev.Summary}");
            if (ev.Actors.Count > 0) w.WriteLine($"  actors:  {string.Join(", ", ev.Actors)}");
            if (ev.Targets.Count > 0) w.WriteLine($"  targets: {string.Join(", ", ev.Targets)}");
            if (ev.Places.Count > 0) w.WriteLine($"  places:  {string.Join(", ", ev.Places)}");
            foreach (var f in ev.Figures) w.WriteLine($"  figure:  {f.Role} {f.Group} {f.Qualifier} {f.Value}");
            if (ev.Source is not null) w.WriteLine($"  source:  {ev.Source}");
            foreach (var s in ev.Evidence) w.WriteLine($"  « {doc.Text[s.Start..s.End].ReplaceLineEndings(" ")} »");
        }
    }
}
