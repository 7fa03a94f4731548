using System.Text.Json;
using Rasd.Time;
using Xunit.Abstractions;

namespace Rasd.Tests.Time;

/// <summary>Over the shared dev set: every required gold timex is found (overlapping span) with its value or an alternative.</summary>
public sealed class TimexDevSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Dev_set_gold_timexes_are_found_with_their_values()
    {
        var dev = SharedData.PathOrNull("eval/dev");
        if (dev is null)
        {
            output.WriteLine(SharedData.SkipMessage);
            return;
        }
        var recognizer = new TimexRecognizer();
        int gold = 0, right = 0;
        var misses = new List<string>();
        foreach (var goldPath in Directory.GetFiles(dev, "*.gold.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(goldPath));
            var root = doc.RootElement;
            var published = DateOnly.Parse(root.GetProperty("document").GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var text = File.ReadAllText(goldPath.Replace(".gold.json", ".txt", StringComparison.Ordinal)).TrimStart('\uFEFF');
            var found = recognizer.Recognize(text, published);
            foreach (var g in root.GetProperty("timexes").EnumerateArray())
            {
                if (g.TryGetProperty("optional", out var o) && o.GetBoolean()) continue;
                gold++;
                int s = g.GetProperty("start").GetInt32(), e = g.GetProperty("end").GetInt32();
                var values = new HashSet<string> { g.GetProperty("value").GetString()! };
                if (g.TryGetProperty("alt", out var alt)) foreach (var a in alt.EnumerateArray()) values.Add(a.GetString()!);
                if (found.Any(t => t.Span.Start < e && s < t.Span.End && values.Contains(t.Value))) right++;
                else misses.Add($"{Path.GetFileName(goldPath)}: {g.GetProperty("text").GetString()} {g.GetProperty("value").GetString()}");
            }
        }
        output.WriteLine($"{right}/{gold} gold timexes right");
        foreach (var m in misses) output.WriteLine(m);
        Assert.True(right >= gold * 0.95, $"{right}/{gold} right; missed: {string.Join("; ", misses)}");
    }
}
