using System.IO.Compression;
using Rasd.Ingest;
using Xunit.Abstractions;

namespace Rasd.Tests.Ingest;

/// <summary>JSONL and TREC corpora (fixtures, gzip, truncated gzip) and the small shared Syria subsets.</summary>
public class CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Jsonl_records_with_default_and_alternative_field_names()
    {
        var items = DocumentSources.Open(Fixtures.PathOf("corpus/reports.jsonl")).ToList();
        Assert.Equal(5, items.Count); // the blank line is no item
        var r1 = items[0].Document!;
        Assert.Equal("r1", r1.Name);
        Assert.Equal("حريق في مستودع للأخشاب\n\nاندلع حريق في مستودع للأخشاب في المنطقة الصناعية ليل السبت.\nوتمكنت فرق الإطفاء من إخماده بعد ثلاث ساعات.", r1.Text);
        Assert.Equal(new DateOnly(2019, 7, 13), r1.Published);
        Assert.Equal("نشرة المدينة", r1.Source);
        Assert.Equal("https://example.org/fire", r1.Url);
        Assert.Equal(new DateOnly(2019, 7, 14), items[1].Document!.Published); // date_yyyymmdd
        Assert.Contains("invalid JSON", items[2].Error);
        Assert.EndsWith("#3", items[2].Origin);
        Assert.Contains("no text", items[3].Error);
        var r4 = items[4].Document!;
        Assert.Equal("حقل مختلف", r4.Title);
        Assert.Equal(new DateOnly(2019, 7, 15), r4.Published);
    }

    [Fact]
    public void Configured_field_names_take_precedence()
    {
        var dir = Fixtures.TempDir();
        var path = Path.Combine(dir, "custom.jsonl");
        File.WriteAllText(path, "{\"body\": \"نص الخبر في حقل غير معتاد.\", \"text\": \"ليس هذا\", \"when\": \"2020-02-02\"}\n");
        var options = SourceOptions.Default with { Fields = RecordFields.Parse("text=body,published=when") };
        var doc = Assert.Single(DocumentSources.Open(path, null, options)).Document!;
        Assert.Equal("نص الخبر في حقل غير معتاد.", doc.Text);
        Assert.Equal(new DateOnly(2020, 2, 2), doc.Published);
    }

    [Fact]
    public void Trec_documents_including_an_empty_and_an_unterminated_one()
    {
        var items = DocumentSources.Open(Fixtures.PathOf("corpus/reports.trec")).ToList();
        Assert.Equal(4, items.Count);
        var d1 = items[0].Document!;
        Assert.Equal("XX-middleEast-1-20180305", d1.Name);
        Assert.Equal("مقتل مدنيين في قصف على بلدة زراعية\n\nقتل مدنيان وأصيب خمسة آخرون في قصف مدفعي استهدف بلدة زراعية صباح الاثنين.\nوقال مسعفون إن بين الجرحى طفلين حالتهما خطرة.", d1.Text);
        Assert.Equal(new DateOnly(2018, 3, 5), d1.Published);
        Assert.Equal("example", d1.Source);
        Assert.Contains("no TEXT", items[1].Error);
        var d3 = items[2].Document!; // one-line DOC, entity decoded, date from the DOCNO
        Assert.Contains("للخط العربي & الزخرفة", d3.Text);
        Assert.Equal(new DateOnly(2018, 3, 7), d3.Published);
        Assert.Contains("without </DOC>", items[3].Error);
    }

    [Fact]
    public void Gzip_is_read_transparently_and_a_truncated_gzip_is_a_recorded_failure()
    {
        var dir = Fixtures.TempDir();
        var lines = Enumerable.Range(1, 400).Select(i => $"{{\"id\": \"n{i}\", \"text\": \"خبر رقم {i} عن افتتاح مدرسة جديدة في القرية رقم {i * 7} بحضور الأهالي والمعلمين.\"}}");
        var full = Path.Combine(dir, "news.jsonl.gz");
        using (var gz = new GZipStream(File.Create(full), CompressionLevel.Fastest))
        using (var w = new StreamWriter(gz)) foreach (var l in lines) w.WriteLine(l);
        Assert.Equal(400, DocumentSources.Open(full).Count(i => i.Document is not null));

        var bytes = File.ReadAllBytes(full);
        var cut = Path.Combine(dir, "cut.jsonl.gz");
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);
        var items = DocumentSources.Open(Path.Combine(dir)).ToList(); // the folder: both files, the batch goes on
        var failures = items.Where(i => i.Error is not null).ToList();
        output.WriteLine(string.Join("\n", failures.Select(f => f.Error)));
        var failure = Assert.Single(failures);
        Assert.Contains("cut.jsonl.gz", failure.Origin);
        Assert.Contains("truncated", failure.Error);
        int fromCut = items.Count(i => i.Document is not null && i.Origin.Contains("cut.jsonl.gz"));
        Assert.InRange(fromCut, 1, 399);
        Assert.Equal(400, items.Count(i => i.Document is not null && i.Origin.Contains("news.jsonl.gz")));
    }

    [Theory]
    [InlineData("data/news/ant-multisource/syria_subset.jsonl.gz", 3082)]
    [InlineData("data/news/saudinewsnet/syria_subset.jsonl.gz", 1253)]
    public void Shared_syria_subsets_read_completely(string relative, int expected)
    {
        var path = SharedData.PathOrNull(relative);
        if (path is null) { output.WriteLine(SharedData.SkipMessage); return; }
        var items = DocumentSources.Open(path).ToList();
        var failed = items.Where(i => i.Error is not null).ToList();
        output.WriteLine($"{items.Count} items, {failed.Count} failed: {string.Join("; ", failed.Take(3).Select(f => f.Error))}");
        Assert.Equal(expected, items.Count);
        Assert.True(failed.Count <= 2, $"{failed.Count} failed"); // the ANT corpus has 2 empty texts
        Assert.True(items.Count(i => i.Document?.Published is not null) >= items.Count - failed.Count - 10);
    }
}
