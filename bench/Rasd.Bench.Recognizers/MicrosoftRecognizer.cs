using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.Arabic;

namespace Rasd.Bench.Recognizers;

/// <summary>Microsoft.Recognizers.Text.DateTime 1.8.13's unfinished Arabic model, wired by hand, with its results mapped to TIMEX3 values.</summary>
public sealed class MicrosoftRecognizer
{
    private readonly DateTimeModel _model;

    public MicrosoftRecognizer()
    {
        var cfg = new BaseDateTimeOptionsConfiguration(Culture.Arabic, DateTimeOptions.None, true);
        _model = new DateTimeModel(
            new BaseMergedDateTimeParser(new ArabicMergedParserConfiguration(cfg)),
            new BaseMergedDateTimeExtractor(new ArabicMergedExtractorConfiguration(cfg)));
    }

    public List<Prediction> Recognize(string text, DateOnly reference)
    {
        var list = new List<Prediction>();
        foreach (var r in _model.Parse(text, reference.ToDateTime(new TimeOnly(12, 0))))
        {
            // Recognizers' End is inclusive
            list.Add(new Prediction(r.Start, r.End + 1, Timex(r), null));
        }
        return list;
    }

    private static string Timex(ModelResult r)
    {
        if (r.Resolution is null || !r.Resolution.TryGetValue("values", out var vs) || vs is not IEnumerable<Dictionary<string, string>> values) return "";
        var v = values.LastOrDefault();
        if (v is null) return "";
        var timex = v.GetValueOrDefault("timex") ?? "";
        // a range of exactly one month or year, as "(2021-12-01,2022-01-01,P1M)", is that month or year
        if (v.TryGetValue("start", out var s) && v.TryGetValue("end", out var e)
            && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b)
            && DateOnly.TryParseExact(e, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var x))
        {
            if (b.Day == 1 && x == b.AddMonths(1)) return $"{b:yyyy-MM}";
            if (b.Day == 1 && b.Month == 1 && x == b.AddYears(1)) return $"{b:yyyy}";
            return $"{b:yyyy-MM-dd}";
        }
        if (v.TryGetValue("value", out var val) && v.GetValueOrDefault("type") == "date" && val.Length == 10) return val;
        return timex;
    }
}
