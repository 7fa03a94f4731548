using System.Globalization;
using System.Numerics;
using System.Text;

namespace Rasd.Evaluation;

/// <summary>score.py's outputs: the table ending in "headline: 0.xxx", the --json object, the --detail listing.</summary>
public static class EvalReport
{
    public static string Table(EvalResult r)
    {
        var s = r.Summary;
        var lines = new List<string>
        {
            $"articles: {r.Articles}   missing predictions: {NoneIfEmpty(r.Missing)}   unreadable: {NoneIfEmpty(r.Unreadable)}",
            $"{"layer",-28}{"P",7}{"R",7}{"F1",7}{"tp",6}{"fp",6}{"fn",6}",
        };
        foreach (var (label, k) in ScoreSummary.PrfRows)
        {
            var m = s.Prf[k];
            lines.Add($"{label,-28}{F3(m.P),7}{F3(m.R),7}{F3(m.F1),7}{m.Tp,6}{m.Fp,6}{m.Fn,6}");
        }
        lines.Add($"{"accuracy",-28}{"acc",7}{"ok",7}{"n",7}");
        foreach (var (label, k) in ScoreSummary.AccuracyRows)
        {
            var m = s.Accuracy[k];
            lines.Add($"{label,-28}{F3(m.Acc),7}{m.Correct,7}{m.N,7}");
        }
        lines.Add($"headline: {F3(s.Headline)}");
        return string.Join("\n", lines);
    }

    private static string NoneIfEmpty(List<string> names) => names.Count > 0 ? string.Join(", ", names) : "none";

    private static string F3(double v) => PyFloat.Fixed(v, 3);

    /// <summary>The per-article listing printed before the table with --detail (ends with an empty line).</summary>
    public static string DetailText(EvalResult r)
    {
        var sb = new StringBuilder();
        foreach (var (name, lines) in r.Detail)
        {
            var note = r.Unreadable.Contains(name) ? " (unreadable prediction)" : r.Missing.Contains(name) ? " (missing prediction)" : "";
            sb.Append("== ").Append(name).Append(note).Append('\n');
            sb.Append(lines.Count > 0 ? string.Join("\n", lines.Select(x => "   " + x)) : "   no errors").Append('\n');
        }
        return sb.Append('\n').ToString();
    }

    /// <summary>The --json object: same keys and order as score.py, floats rounded to 4 decimals, indent 1.</summary>
    public static string Json(EvalResult r, bool detail)
    {
        var s = r.Summary;
        var o = new PyDict();
        o.Set("articles", new BigInteger(r.Articles));
        o.Set("missing", r.Missing.Cast<object?>().ToList());
        o.Set("unreadable", r.Unreadable.Cast<object?>().ToList());
        foreach (var (_, k) in ScoreSummary.PrfRows)
        {
            var m = s.Prf[k];
            o.Set(k, Dict(("p", Round(m.P)), ("r", Round(m.R)), ("f1", Round(m.F1)), ("tp", new BigInteger(m.Tp)), ("fp", new BigInteger(m.Fp)), ("fn", new BigInteger(m.Fn))));
        }
        foreach (var (_, k) in ScoreSummary.AccuracyRows)
        {
            var m = s.Accuracy[k];
            o.Set(k, Dict(("acc", Round(m.Acc)), ("correct", new BigInteger(m.Correct)), ("n", new BigInteger(m.N))));
        }
        o.Set("headline", Round(s.Headline));
        if (detail)
        {
            var d = new PyDict();
            foreach (var (name, lines) in r.Detail) d.Set(name, lines.Cast<object?>().ToList());
            o.Set("detail", d);
        }
        var sb = new StringBuilder();
        Write(sb, o, 0);
        return sb.ToString();
    }

    private static object Round(double v) => PyFloat.Round(v, 4);

    private static PyDict Dict(params (string Key, object Value)[] items)
    {
        var d = new PyDict();
        foreach (var (k, v) in items) d.Set(k, v);
        return d;
    }

    /// <summary>json.dumps(v, ensure_ascii=False, indent=1).</summary>
    private static void Write(StringBuilder sb, object? v, int level)
    {
        switch (v)
        {
            case null: sb.Append("null"); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case BigInteger i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case double d: sb.Append(double.IsNaN(d) ? "NaN" : double.IsInfinity(d) ? (d > 0 ? "Infinity" : "-Infinity") : PyFloat.Repr(d)); break;
            case string s: WriteString(sb, s); break;
            case List<object?> list:
                if (list.Count == 0)
                {
                    sb.Append("[]");
                    break;
                }
                sb.Append('[');
                for (var k = 0; k < list.Count; k++)
                {
                    sb.Append(k > 0 ? "," : "").Append('\n').Append(' ', level + 1);
                    Write(sb, list[k], level + 1);
                }
                sb.Append('\n').Append(' ', level).Append(']');
                break;
            case PyDict dict:
                if (dict.Count == 0)
                {
                    sb.Append("{}");
                    break;
                }
                sb.Append('{');
                var first = true;
                foreach (var (k, x) in dict)
                {
                    sb.Append(first ? "" : ",").Append('\n').Append(' ', level + 1);
                    WriteString(sb, k);
                    sb.Append(": ");
                    Write(sb, x, level + 1);
                    first = false;
                }
                sb.Append('\n').Append(' ', level).Append('}');
                break;
        }
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < ' ') sb.Append($"\\u{(int)c:x4}");
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
