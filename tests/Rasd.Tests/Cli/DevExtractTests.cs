using System.Text.Json;
using Rasd.Ingest;
using Rasd.Tests.Text;
using Xunit.Abstractions;

namespace Rasd.Tests.Cli;

/// <summary>The built `rasd extract` over the dev set: valid rasd/1 JSON whose every span reproduces its text.</summary>
public class DevExtractTests(ITestOutputHelper output)
{
    [Fact]
    public void SeedArticleThroughTheCli()
    {
        var file = SharedData.PathOrNull("eval/dev/astana-2021-11-10.txt");
        if (file is null) { output.WriteLine(SharedData.SkipMessage); return; }
        var r = RasdProcess.Run(["extract", file, "--date", "2021-11-10"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        AssertRecord(r.Stdout, TextDecoder.ReadFile(file).Text.TrimStart('\uFEFF'), "astana-2021-11-10");
    }

    [Fact]
    public void DevFolderThroughTheCli()
    {
        var dev = SharedData.PathOrNull("eval/dev");
        if (dev is null) { output.WriteLine(SharedData.SkipMessage); return; }
        using var tmp = new TempFolder();
        var r = RasdProcess.Run(["extract", dev, "--out", tmp.Path]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var inputs = Directory.GetFiles(dev, "*.txt");
        foreach (var txt in inputs)
        {
            var name = Path.GetFileNameWithoutExtension(txt);
            AssertRecord(File.ReadAllText(Path.Combine(tmp.Path, name + ".json")), TextDecoder.ReadFile(txt).Text.TrimStart('\uFEFF'), name);
        }
        output.WriteLine($"{inputs.Length} records checked");
    }

    [Fact]
    public void ParallelWorkersWriteTheSameRecordsAsOne()
    {
        var dev = SharedData.PathOrNull("eval/dev");
        if (dev is null) { output.WriteLine(SharedData.SkipMessage); return; }
        using var tmp = new TempFolder();
        string one = Path.Combine(tmp.Path, "one"), three = Path.Combine(tmp.Path, "three");
        var r1 = RasdProcess.Run(["extract", dev, "--out", one, "--jobs", "1"]);
        var r3 = RasdProcess.Run(["extract", dev, "--out", three, "-j", "3"]);
        Assert.True(r1.ExitCode == 0, r1.Stderr);
        Assert.True(r3.ExitCode == 0, r3.Stderr);
        var names = Directory.GetFiles(one).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Directory.GetFiles(dev, "*.txt").Length, names.Count);
        Assert.Equal(names, Directory.GetFiles(three).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in names)
            Assert.Equal(File.ReadAllText(Path.Combine(one, name!)), File.ReadAllText(Path.Combine(three, name!)));
        output.WriteLine($"{names.Count} records identical");
    }

    private static void AssertRecord(string json, string text, string name)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("rasd/1", root.GetProperty("format").GetString());
        Assert.Equal(name, root.GetProperty("document").GetProperty("id").GetString());
        Assert.True(root.GetProperty("sentences").GetArrayLength() > 0);
        int spans = 0, texts = 0;
        RecordSpanChecker.Check(root, "$", text, name, ref spans, ref texts);
    }
}
