using System.Globalization;
using Rasd.Time;

namespace Rasd.Tests.Time;

/// <summary>Runs every row of <see cref="TimexCases.Table"/>: the expression must be found with exactly that span, type, value, mod and interval.</summary>
public sealed class TimexTableTests
{
    private static readonly TimexRecognizer Recognizer = new();

    private static IEnumerable<string[]> Rows() =>
        TimexCases.Table.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => l.Split('|'));

    public static TheoryData<string, string, string, string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string, string, string, string>();
        foreach (var r in Rows()) data.Add(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
        return data;
    }

    [Fact]
    public void Table_has_at_least_150_expressions() => Assert.True(Rows().Count() >= 150, $"only {Rows().Count()} rows");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Expression_resolves(string reference, string sentence, string span, string type, string value, string mod, string begin, string end)
    {
        DateOnly? published = reference == "-" ? null : DateOnly.ParseExact(reference, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var timexes = Recognizer.Recognize(sentence, published);
        var t = timexes.FirstOrDefault(x => x.Text == span);
        Assert.True(t is not null, $"'{span}' not found; got: {string.Join(" | ", timexes.Select(x => $"{x.Text}={x.Value}"))}");
        Assert.Equal(type, t.Type.ToString().ToUpperInvariant());
        Assert.Equal(value, t.Value);
        Assert.Equal(mod == "-" ? null : mod, t.Mod);
        var (b, e) = begin == "=" ? ExpandValue(value) : (Parse(begin), Parse(end));
        Assert.Equal(b, t.Begin);
        Assert.Equal(e, t.End);
        // the text is exactly the original span
        Assert.Equal(span, sentence[t.Span.Start..t.Span.End]);
    }

    private static DateOnly? Parse(string s) => s == "-" ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The calendar interval of a plain YYYY, YYYY-MM or YYYY-MM-DD value, computed independently of the engine.</summary>
    private static (DateOnly?, DateOnly?) ExpandValue(string value)
    {
        var p = value.Split('-').Select(int.Parse).ToArray();
        return p.Length switch
        {
            1 => (new DateOnly(p[0], 1, 1), new DateOnly(p[0], 12, 31)),
            2 => (new DateOnly(p[0], p[1], 1), new DateOnly(p[0], p[1], DateTime.DaysInMonth(p[0], p[1]))),
            _ => (new DateOnly(p[0], p[1], p[2]), new DateOnly(p[0], p[1], p[2])),
        };
    }
}
