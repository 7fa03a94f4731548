using Rasd.Documents;
using Rasd.Records;
using Rasd.Store;
using Xunit.Abstractions;

namespace Rasd.Tests.Store;

public sealed class StoredJsonTests(ITestOutputHelper output)
{
    private const string Text = "عنوان الخبر\n\nقال شاهد إن \"القصف\" بدأ فجراً واستمر ساعتين.";

    private static RasdRecord WithText(string? text) => new()
    {
        Document = new DocumentRecord("d1", "abc", "2021-08-03", "wire", "http://example.org/a?b=\"c\"", "عنوان الخبر") { Text = text },
        Sentences = [new SpanRecord(0, 11), new SpanRecord(13, Text.Length)],
        Events = [new EventRecord("e1", "ASSAULT", "actual") { Places = ["SY07"], Evidence = [new SpanRecord(13, 30) { Text = "text" }] }],
    };

    [Fact]
    public void A_record_carrying_its_text_is_stored_without_it_and_exported_whole()
    {
        var record = WithText(Text);
        var stored = StoredJson.ForStore(record);
        Assert.Contains("\"text\":\"\"", stored);
        Assert.DoesNotContain("فجراً", stored);
        Assert.Equal(RecordJson.Serialize(record, indented: false), StoredJson.ForExport(stored, Text));
    }

    [Fact]
    public void A_record_without_text_is_stored_as_is()
    {
        var record = WithText(null);
        var plain = RecordJson.Serialize(record, indented: false);
        Assert.Equal(plain, StoredJson.ForStore(record));
        Assert.Equal(plain, StoredJson.ForExport(plain, Text));
    }

    [Theory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void The_jsonl_export_of_a_corpus_document_carries_its_text(string backend)
    {
        var db = TestStores.NewDb(backend);
        if (db is null) { output.WriteLine(TestStores.PgSkipMessage); return; }
        var doc = new Document(Text, "d1", new DateOnly(2021, 8, 3), "wire") { TextExtracted = true };
        var record = new RasdRecord { Document = new DocumentRecord(doc.Id, doc.Hash, "2021-08-03", "wire", null, null) { Text = doc.Text } };
        using var store = RasdStore.Open(db);
        new StoreWriter(store).Write([IngestItem.Extracted("d1", doc, record)], reprocess: false);
        var exported = Assert.Single(new EventReader(store).CurrentRecords());
        Assert.Equal(RecordJson.Serialize(record, indented: false), exported);
        Assert.Equal(Text, RecordJson.Deserialize(exported)!.Document.Text);
    }
}
