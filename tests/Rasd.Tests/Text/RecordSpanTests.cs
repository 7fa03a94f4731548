using System.Text.Json;
using Rasd.Documents;
using Rasd.Ingest;
using Rasd.Pipeline;
using Rasd.Records;
using Xunit.Abstractions;

namespace Rasd.Tests.Text;

/// <summary>Every span the full default pipeline writes for a dev article reproduces its text (whatever layers exist).</summary>
public class RecordSpanTests(ITestOutputHelper output)
{
    [Fact]
    public void EverySpanInEveryDevRecordReproducesItsText()
    {
        var dev = SharedData.PathOrNull("eval/dev");
        if (dev is null) { output.WriteLine(SharedData.SkipMessage); return; }
        var files = Directory.GetFiles(dev, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var pipeline = RasdPipeline.CreateDefault();
        int spans = 0, texts = 0;
        foreach (var file in files)
        {
            var text = TextDecoder.ReadFile(file).Text.TrimStart('\uFEFF');
            var record = pipeline.Extract(new Document(text, Path.GetFileNameWithoutExtension(file), GoldDate(file)));
            Assert.NotEmpty(record.Sentences);
            using var json = JsonDocument.Parse(RecordJson.Serialize(record));
            var name = Path.GetFileName(file);
            RecordSpanChecker.Check(json.RootElement, "$", text, name, ref spans, ref texts);
            AssertSentencesInOrder(record, name);
        }
        output.WriteLine($"{files.Count} articles, {spans} spans checked, {texts} with text");
    }

    private static void AssertSentencesInOrder(RasdRecord record, string file)
    {
        int previousEnd = 0;
        foreach (var s in record.Sentences)
        {
            Assert.True(s.Start >= previousEnd, $"{file}: sentence [{s.Start},{s.End}) overlaps the previous one");
            previousEnd = s.End;
        }
    }

    private static DateOnly? GoldDate(string txt)
    {
        var gold = Path.ChangeExtension(txt, null) + ".gold.json";
        if (!File.Exists(gold)) return null;
        using var json = JsonDocument.Parse(File.ReadAllText(gold));
        return json.RootElement.TryGetProperty("document", out var d) && d.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(p.GetString(), "yyyy-MM-dd", out var date) ? date : null;
    }
}
