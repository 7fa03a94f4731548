using System.Text.Json;
using Rasd.Documents;
using Rasd.Pipeline;
using Rasd.Quantities;
using Xunit.Abstractions;

namespace Rasd.Tests.Quantities;

/// <summary>Runs the figures layer over every dev article and compares its (role, group, value) tuples with the gold figures, independent of events.</summary>
public class DevFigureTests(ITestOutputHelper output)
{
    private sealed record GoldFigure(HashSet<string> Roles, HashSet<string> Groups, decimal Value, bool Optional, string Show);

    [Fact]
    public void FiguresLayerReachesGoldFiguresOnTheDevSet()
    {
        var dev = SharedData.PathOrNull("eval/dev");
        if (dev is null) { output.WriteLine(SharedData.SkipMessage); return; }
        var pipeline = new RasdPipelineBuilder().Add(new FigureStage()).Build();
        int goldTotal = 0, goldFound = 0, predTotal = 0, predCorrect = 0;
        foreach (var goldPath in Directory.GetFiles(dev, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(goldPath)[..^".gold.json".Length];
            var text = File.ReadAllText(Path.Combine(dev, name + ".txt")).TrimStart('\uFEFF');
            var gold = ReadGold(goldPath);
            var layer = pipeline.Analyze(new Document(text, name)).Get<FigureLayer>();
            Assert.NotNull(layer);
            // tuples are compared as sets per article: a figure repeated in the title and body is one figure
            var predicted = layer.Figures.Select(f => (f.Role, f.Group, f.Value)).Distinct().ToList();
            var required = gold.Where(g => !g.Optional).DistinctBy(g => g.Show).ToList();
            foreach (var g in required)
            {
                bool hit = predicted.Any(p => Matches(g, p));
                goldTotal++;
                if (hit) goldFound++;
                else output.WriteLine($"{name}  FN {g.Show}");
            }
            foreach (var p in predicted)
            {
                var match = gold.FirstOrDefault(g => Matches(g, p));
                if (match is { Optional: true } && !required.Any(g => Matches(g, p))) continue; // optional: neither rewarded nor penalised
                predTotal++;
                if (match is not null) predCorrect++;
                else output.WriteLine($"{name}  FP {p.Role}/{p.Group}={p.Value}");
            }
        }
        double recall = goldTotal == 0 ? 1 : (double)goldFound / goldTotal;
        double precision = predTotal == 0 ? 1 : (double)predCorrect / predTotal;
        output.WriteLine($"figures layer on dev: recall {recall:F3} ({goldFound}/{goldTotal}), precision {precision:F3} ({predCorrect}/{predTotal})");
        Assert.True(recall >= 0.95, $"recall {recall:F3}");
        Assert.True(precision >= 0.90, $"precision {precision:F3}");
    }

    private static bool Matches(GoldFigure g, (string Role, string Group, decimal Value) p) =>
        g.Value == p.Value && g.Roles.Contains(p.Role) && g.Groups.Contains(p.Group);

    private static List<GoldFigure> ReadGold(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var list = new List<GoldFigure>();
        foreach (var ev in json.RootElement.GetProperty("events").EnumerateArray())
        {
            bool evOptional = ev.TryGetProperty("optional", out var eo) && eo.ValueKind == JsonValueKind.True;
            if (!ev.TryGetProperty("figures", out var figs)) continue;
            foreach (var f in figs.EnumerateArray())
            {
                var role = f.GetProperty("role").GetString()!;
                var group = f.GetProperty("group").GetString()!;
                var roles = new HashSet<string> { role };
                var groups = new HashSet<string> { group };
                if (f.TryGetProperty("alt", out var alt)) foreach (var a in alt.EnumerateArray()) roles.Add(a.GetString()!);
                if (f.TryGetProperty("alt_group", out var ag)) foreach (var a in ag.EnumerateArray()) groups.Add(a.GetString()!);
                bool optional = evOptional || (f.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True);
                var value = f.GetProperty("value").GetDecimal();
                list.Add(new GoldFigure(roles, groups, value, optional, $"{role}/{group}={value}"));
            }
        }
        return list;
    }
}
