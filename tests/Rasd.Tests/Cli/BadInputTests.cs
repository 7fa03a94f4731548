using System.Text;
using System.Text.Json;
using Rasd.Records;

namespace Rasd.Tests.Cli;

/// <summary>`rasd extract` on input it cannot read: one clear line on stderr, a non-zero exit, never a stack trace.</summary>
public class BadInputTests
{
    private const string Report = "أعلنت مديرية الصحة في المدينة، مساء الثلاثاء، أن ثلاثة أشخاص أصيبوا بجروح طفيفة إثر انهيار جدار قديم في السوق القديم.\n\nوقال مدير الصحة إن المصابين نقلوا إلى المستشفى الوطني، وإن حالتهم مستقرة.\n";

    private static void AssertOneLineError(RasdProcess.Result r, string mentions)
    {
        Assert.NotEqual(0, r.ExitCode);
        Assert.Equal("", r.Stdout);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("rasd", line);
        Assert.Contains(mentions, line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", line);
    }

    private static RasdRecord AssertRecord(RasdProcess.Result r, string text)
    {
        Assert.True(r.ExitCode == 0, r.Stderr);
        var record = RecordJson.Deserialize(r.Stdout);
        Assert.NotNull(record);
        Assert.Equal("rasd/1", record.Format);
        Assert.NotEmpty(record.Sentences);
        Assert.All(record.Sentences, s => Assert.True(s.Start >= 0 && s.Start < s.End && s.End <= text.Length));
        return record;
    }

    [Fact]
    public void EmptyFile()
    {
        using var dir = new TempFolder();
        AssertOneLineError(RasdProcess.Run(["extract", dir.File("empty.txt", [])]), "empty");
    }

    [Fact]
    public void WhitespaceOnlyFile()
    {
        using var dir = new TempFolder();
        AssertOneLineError(RasdProcess.Run(["extract", dir.File("blank.txt", "  \n\n \t"u8.ToArray())]), "no text");
    }

    [Fact]
    public void MissingFile()
    {
        using var dir = new TempFolder();
        AssertOneLineError(RasdProcess.Run(["extract", Path.Combine(dir.Path, "nothing-here.txt")]), "no such file");
    }

    [Fact]
    public void BinaryFile()
    {
        using var dir = new TempFolder();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        AssertOneLineError(RasdProcess.Run(["extract", dir.File("image.txt", bytes)]), "binary");
    }

    [Fact]
    public void InvalidUtf8ThatIsNotArabic()
    {
        using var dir = new TempFolder();
        var bytes = "caf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9 "u8.ToArray().Concat(new byte[] { 0xC3, 0x28, 0xA0, 0xA1, (byte)'x' }).ToArray();
        AssertOneLineError(RasdProcess.Run(["extract", dir.File("latin.txt", bytes)]), "UTF-8");
    }

    [Fact]
    public void ArabicUtf8WithADamagedByteIsRefusedNotReadAsMojibake()
    {
        using var dir = new TempFolder();
        var good = Encoding.UTF8.GetBytes(Report);
        int at = Encoding.UTF8.GetByteCount(Report[..40]);
        var bytes = good[..at].Concat(new byte[] { 0xFF }).Concat(good[at..]).ToArray();
        AssertOneLineError(RasdProcess.Run(["extract", dir.File("damaged.txt", bytes)]), $"byte {at}");
    }

    [Fact]
    public void Windows1256FileIsReadAsArabic()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var dir = new TempFolder();
        var legacy = dir.File("legacy/report.txt", Encoding.GetEncoding(1256).GetBytes(Report));
        var utf8 = dir.File("utf8/report.txt", Encoding.UTF8.GetBytes(Report));
        var fromLegacy = RasdProcess.Run(["extract", legacy, "--date", "2024-05-07"]);
        var fromUtf8 = RasdProcess.Run(["extract", utf8, "--date", "2024-05-07"]);
        AssertRecord(fromLegacy, Report);
        // same text, same record: the hash is of the decoded text, so it proves the decoding too
        Assert.Equal(fromUtf8.Stdout, fromLegacy.Stdout);
        Assert.Equal(RecordJson.Deserialize(fromUtf8.Stdout)!.Document.Hash, new Rasd.Documents.Document(Report).Hash);
    }

    [Fact]
    public void Utf16WithBomIsRead()
    {
        using var dir = new TempFolder();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Report)).ToArray();
        var r = RasdProcess.Run(["extract", dir.File("utf16.txt", bytes)]);
        AssertRecord(r, Report);
    }

    [Fact]
    public void HugeFileIsRefusedQuicklyWithBoundedMemory()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var f = new FileStream(path, FileMode.CreateNew))
            f.SetLength(200L * 1024 * 1024); // sparse: 200 MB without writing them
        // a 128 MB heap cap: reading the file whole would fail with OutOfMemory instead of the clear message
        var r = RasdProcess.Run(["extract", path], heapLimitBytes: 128L * 1024 * 1024, timeoutSeconds: 60);
        AssertOneLineError(r, "too large");
        File.Delete(path);
    }

    [Fact]
    public void HugeStandardInputIsRefusedWithBoundedMemory()
    {
        var line = Encoding.UTF8.GetBytes(Report);
        var r = RasdProcess.Run(["extract", "-"], stdin: s =>
        {
            for (long written = 0; written < 200L * 1024 * 1024; written += line.Length) s.Write(line);
        }, heapLimitBytes: 160L * 1024 * 1024, timeoutSeconds: 120);
        AssertOneLineError(r, "too large");
    }

    [Fact]
    public void StandardInput()
    {
        var r = RasdProcess.Run(["extract", "-", "--date", "2024-05-07"], stdin: s => s.Write(Encoding.UTF8.GetBytes(Report)));
        var record = AssertRecord(r, Report);
        Assert.Equal("stdin", record.Document.Id);
        Assert.Equal("2024-05-07", record.Document.Published);
    }

    [Fact]
    public void StandardInputInWindows1256()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var r = RasdProcess.Run(["extract", "-"], stdin: s => s.Write(Encoding.GetEncoding(1256).GetBytes(Report)));
        AssertRecord(r, Report);
    }

    [Fact]
    public void EmptyStandardInput() =>
        AssertOneLineError(RasdProcess.Run(["extract", "-"], stdin: _ => { }), "empty");

    [Fact]
    public void BadDate() =>
        AssertOneLineError(RasdProcess.Run(["extract", "-", "--date", "10/11/2021"], stdin: s => s.Write(Encoding.UTF8.GetBytes(Report))), "YYYY-MM-DD");

    [Fact]
    public void TextFormatIsReadable()
    {
        var r = RasdProcess.Run(["extract", "-", "--format", "text"], stdin: s => s.Write(Encoding.UTF8.GetBytes(Report)));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("sentences", r.Stdout);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(r.Stdout));
    }

    [Fact]
    public void FolderExtractionGoesOnPastBadFiles()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var dir = new TempFolder();
        dir.File("in/a-good.txt", Encoding.UTF8.GetBytes(Report));
        dir.File("in/b-empty.txt", []);
        dir.File("in/c-binary.txt", [0, 1, 2, 3, 0, 0, 255, 254, 0]);
        dir.File("in/d-legacy.txt", Encoding.GetEncoding(1256).GetBytes(Report));
        dir.File("in/e-latin.txt", [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0xC3, 0x28]);
        dir.File("in/f-good.txt", Encoding.UTF8.GetBytes("خبر قصير ثان.\n"));
        var outDir = Path.Combine(dir.Path, "out");
        var r = RasdProcess.Run(["extract", Path.Combine(dir.Path, "in"), "--out", outDir]);
        Assert.NotEqual(0, r.ExitCode); // some inputs failed
        Assert.Equal(["a-good.json", "d-legacy.json", "f-good.json"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var f in Directory.GetFiles(outDir))
            Assert.Equal("rasd/1", RecordJson.Deserialize(File.ReadAllText(f))!.Format);
        var errors = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(errors, l => l.Contains("b-empty.txt") && l.Contains("empty"));
        Assert.Contains(errors, l => l.Contains("c-binary.txt") && l.Contains("binary"));
        Assert.Contains(errors, l => l.Contains("e-latin.txt"));
        Assert.Contains(errors, l => l.Contains("3 records written") && l.Contains("3 failed"));
        Assert.DoesNotContain(errors, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public void ZeroJobsIsAUsageError()
    {
        using var dir = new TempFolder();
        dir.File("a.txt", Encoding.UTF8.GetBytes(Report));
        var r = RasdProcess.Run(["extract", dir.Path, "--out", Path.Combine(dir.Path, "out"), "--jobs", "0"]);
        Assert.Equal(2, r.ExitCode);
        AssertOneLineError(r, "--jobs");
    }

    [Theory]
    [InlineData("--gazetteer")]
    [InlineData("--ner-model")]
    public void AMissingOptionFileIsOneClearErrorForOneArticleAndForMany(string option)
    {
        using var dir = new TempFolder();
        var article = dir.File("in/a.txt", Encoding.UTF8.GetBytes(Report));
        var missing = Path.Combine(dir.Path, "absent.tsv");
        AssertOneLineError(RasdProcess.Run(["extract", article, option, missing]), option);
        var outDir = Path.Combine(dir.Path, "out");
        AssertOneLineError(RasdProcess.Run(["extract", Path.Combine(dir.Path, "in"), "--out", outDir, option, missing]), option);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void FolderWithoutOutIsAUsageError()
    {
        using var dir = new TempFolder();
        dir.File("a.txt", Encoding.UTF8.GetBytes(Report));
        AssertOneLineError(RasdProcess.Run(["extract", dir.Path]), "--out");
    }
}
