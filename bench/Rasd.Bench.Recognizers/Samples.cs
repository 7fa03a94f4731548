using System.Globalization;
using System.Text.Json;
using Rasd.Tests.Time;

namespace Rasd.Bench.Recognizers;

/// <summary>The two sample sets: the shared dev articles with their gold, and the expression table of the time tests.</summary>
public static class Samples
{
    public static List<Sample> DevSet(string dir)
    {
        var list = new List<Sample>();
        foreach (var goldPath in Directory.GetFiles(dir, "*.gold.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(goldPath));
            var root = doc.RootElement;
            var published = DateOnly.ParseExact(root.GetProperty("document").GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var text = File.ReadAllText(goldPath.Replace(".gold.json", ".txt", StringComparison.Ordinal)).TrimStart('\uFEFF');
            var gold = new List<GoldTimex>();
            foreach (var g in root.GetProperty("timexes").EnumerateArray())
            {
                var value = g.GetProperty("value").GetString()!.Trim();
                var values = new HashSet<string> { value };
                if (g.TryGetProperty("alt", out var alt)) foreach (var a in alt.EnumerateArray()) values.Add(a.GetString()!.Trim());
                string? mod = g.TryGetProperty("mod", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                bool optional = g.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;
                gold.Add(new GoldTimex(g.GetProperty("start").GetInt32(), g.GetProperty("end").GetInt32(), values, value, mod, optional));
            }
            list.Add(new Sample(text, published, gold));
        }
        return list;
    }

    /// <summary>The expression table grouped by sentence (rows without a reference date are left out: Recognizers always needs one).</summary>
    public static List<Sample> Table()
    {
        var rows = TimexCases.Table.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => l.Split('|')).Where(r => r[0] != "-");
        var list = new List<Sample>();
        foreach (var group in rows.GroupBy(r => (r[0], r[1])))
        {
            var (reference, sentence) = group.Key;
            var gold = new List<GoldTimex>();
            foreach (var r in group)
            {
                int start = sentence.IndexOf(r[2], StringComparison.Ordinal);
                // the span of a lone day number in a range ("بين 1 و15") is its first occurrence after the opener
                if (r[2].All(char.IsAsciiDigit)) start = FindNumber(sentence, r[2]);
                gold.Add(new GoldTimex(start, start + r[2].Length, [r[4]], r[4], r[5] == "-" ? null : r[5], false));
            }
            list.Add(new Sample(sentence, DateOnly.ParseExact(reference, "yyyy-MM-dd", CultureInfo.InvariantCulture), gold));
        }
        return list;
    }

    private static int FindNumber(string s, string n)
    {
        for (int i = s.IndexOf(n, StringComparison.Ordinal); i >= 0; i = s.IndexOf(n, i + 1, StringComparison.Ordinal))
            if ((i == 0 || !char.IsAsciiDigit(s[i - 1])) && (i + n.Length == s.Length || !char.IsAsciiDigit(s[i + n.Length]))) return i;
        return -1;
    }
}
