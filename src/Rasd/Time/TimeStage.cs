using Rasd.Pipeline;
using Rasd.Records;

namespace Rasd.Time;

/// <summary>The "time" stage: recognises and resolves time expressions into a <see cref="TimexLayer"/> and writes record.timexes.</summary>
public sealed class TimeStage : IAnalysisStage, IRecordContributor
{
    private readonly TimexRecognizer _recognizer;

    public TimeStage(TimexRecognizer? recognizer = null)
    {
        _recognizer = recognizer ?? new TimexRecognizer();
    }

    public string Name => "time";

    public void Run(Analysis analysis) =>
        analysis.Set(new TimexLayer(_recognizer.Recognize(analysis.Folded, analysis.Tokens, analysis.Published)));

    public void Contribute(Analysis analysis, RasdRecord record)
    {
        var layer = analysis.Get<TimexLayer>();
        if (layer is null) return;
        // a loop rather than Select(...).ToList(): no iterator and delegate call per record
        var timexes = layer.Timexes;
        var records = new List<TimexRecord>(timexes.Count);
        for (int k = 0; k < timexes.Count; k++)
        {
            var t = timexes[k];
            records.Add(new TimexRecord(t.Span.Start, t.Span.End, t.Text, TypeName(t.Type), t.Value, t.Mod)
            {
                Interval = t.Begin is { } b && t.End is { } e ? new DayInterval(IsoDays.Of(b), IsoDays.Of(e)) : null,
                RangePartner = t.RangePartner,
            });
        }
        record.Timexes = records;
    }

    // the record's type names, made once rather than per timex
    private static string TypeName(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => type.ToString().ToUpperInvariant(),
    };
}
