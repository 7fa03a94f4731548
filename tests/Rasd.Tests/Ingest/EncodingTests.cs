using System.Text;
using Rasd.Ingest;

namespace Rasd.Tests.Ingest;

/// <summary>Bytes generated here from Arabic strings written for the test: every supported encoding decodes right, and a mislabelled file is detected and reported.</summary>
public class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Report = "قال شهود عيان إن القصف استهدف السوق الشعبي في البلدة ظهر الخميس، وأسفر عن مقتل ثلاثة مدنيين وإصابة آخرين.\nوأكد الدفاع المدني أن فرقه ما زالت تبحث تحت الأنقاض.";

    private static byte[] Bytes(string encoding, string text) => Encoding.GetEncoding(encoding).GetBytes(text);

    [Theory]
    [InlineData("windows-1256")]
    [InlineData("iso-8859-6")]
    public void Legacy_arabic_code_pages_decode_right_without_a_label(string encoding)
    {
        var bytes = Bytes(encoding, Report);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes)); // really not UTF-8
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal(Report, decoded.Text);
        Assert.Equal(encoding, decoded.Encoding);
        Assert.Null(decoded.Warning);
    }

    [Theory]
    [InlineData("windows-1256")]
    [InlineData("iso-8859-6")]
    public void Html_meta_charset_is_honoured_when_the_bytes_agree(string encoding)
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={encoding}\"></head><body><p>{Report}</p></body></html>";
        var decoded = TextDecoder.Decode(Bytes(encoding, html), "page.html");
        Assert.Equal(html, decoded.Text);
        Assert.Equal("declared, valid", decoded.How);
        Assert.Null(decoded.Warning);
    }

    [Fact]
    public void Page_labelled_utf8_but_saved_in_windows_1256_is_read_right_and_reported()
    {
        var html = $"<html><head><meta charset=\"utf-8\"></head><body><p>{Report}</p></body></html>";
        var decoded = TextDecoder.Decode(Bytes("windows-1256", html), "page.html");
        Assert.Equal(html, decoded.Text);
        Assert.Equal("windows-1256", decoded.Encoding);
        Assert.Contains("declares utf-8", decoded.Warning);
    }

    [Fact]
    public void Page_labelled_iso_8859_6_but_saved_in_windows_1256_is_read_right_and_reported()
    {
        var html = $"<?xml version=\"1.0\" encoding=\"ISO-8859-6\"?><rss><channel><title>{Report}</title></channel></rss>";
        var decoded = TextDecoder.Decode(Bytes("windows-1256", html), "feed.xml");
        Assert.Equal(html, decoded.Text);
        Assert.Contains("declares iso-8859-6", decoded.Warning);
    }

    [Fact]
    public void Page_labelled_windows_1256_but_saved_as_utf8_is_read_as_utf8_and_reported()
    {
        var html = $"<html><head><meta charset=\"windows-1256\"></head><body><p>{Report}</p></body></html>";
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(html), "page.html");
        Assert.Equal(html, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Contains("declares windows-1256", decoded.Warning);
    }

    [Theory]
    [InlineData("utf-8", true)]
    [InlineData("utf-8", false)]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16le", false)]
    [InlineData("utf-16be", true)]
    [InlineData("utf-16be", false)]
    public void Unicode_encodings_with_and_without_bom(string encoding, bool bom)
    {
        var enc = encoding switch
        {
            "utf-8" => (Encoding)new UTF8Encoding(bom),
            "utf-16le" => new UnicodeEncoding(false, bom),
            _ => new UnicodeEncoding(true, bom),
        };
        var bytes = enc.GetPreamble().Concat(enc.GetBytes(Report)).ToArray();
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal(Report, decoded.Text);
        Assert.Equal(encoding, decoded.Encoding);
    }

    [Fact]
    public void Mojibake_is_repaired_and_reported()
    {
        // Arabic UTF-8 bytes misread as Windows-1252 and saved again as UTF-8
        var garbled = Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(Report));
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(garbled));
        Assert.Equal(Report, decoded.Text);
        Assert.Contains("mojibake", decoded.Warning);
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var e = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "photo.jpg"));
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void Mislabelled_file_is_reported_through_document_sources()
    {
        var dir = Fixtures.TempDir();
        var path = Path.Combine(dir, "mislabelled.html");
        File.WriteAllBytes(path, Bytes("windows-1256", $"<html><head><meta charset=\"utf-8\"><title>خبر</title></head><body><article><p>{Report}</p></article></body></html>"));
        var item = Assert.Single(DocumentSources.Open(path));
        Assert.NotNull(item.Document);
        Assert.Contains("القصف استهدف السوق", item.Document!.Text);
        Assert.Contains("declares utf-8", item.Warning);
    }
}
