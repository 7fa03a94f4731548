using Rasd.Ingest;
using Rasd.Ingest.Html;

namespace Rasd.Tests.Ingest;

/// <summary>Bad input gets a clear reason and never stops a batch: binary, empty, giant, malformed, bodiless.</summary>
public class BadInputTests
{
    [Fact]
    public void A_folder_of_bad_files_gives_one_reason_each_and_goes_on()
    {
        var dir = Fixtures.TempDir();
        File.WriteAllBytes(Path.Combine(dir, "a_binary.html"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x00, 0xFF]);
        File.WriteAllText(Path.Combine(dir, "b_empty.txt"), "");
        File.WriteAllText(Path.Combine(dir, "c_no_body.html"), "<html><head><title>صفحة</title></head><body><nav>الرئيسية</nav><div class=\"share\">شارك</div></body></html>");
        File.WriteAllText(Path.Combine(dir, "d_good.txt"), "عنوان\n\nنص خبر قصير عن افتتاح جسر جديد.");
        using (var f = File.Create(Path.Combine(dir, "e_huge.html"))) f.SetLength(200L * 1024 * 1024); // sparse: no real 200 MB written
        File.WriteAllText(Path.Combine(dir, "notes.json"), "{}"); // not read by a folder walk (annotations)

        // bytes this thread allocates (a process-wide heap size would count the tests running beside this one)
        long before = GC.GetAllocatedBytesForCurrentThread();
        var items = DocumentSources.Open(dir).ToList();
        long grown = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(5, items.Count);
        Assert.Contains("binary", items[0].Error);
        Assert.Contains("empty", items[1].Error);
        Assert.Contains("no article text", items[2].Error);
        Assert.NotNull(items[3].Document);
        Assert.Contains("too large", items[4].Error);
        Assert.True(grown < 100L * 1024 * 1024, $"the walk allocated {grown / (1024 * 1024)} MB");
    }

    [Fact]
    public void Missing_path_is_an_item_not_an_exception()
    {
        var item = Assert.Single(DocumentSources.Open("/no/such/place.html"));
        Assert.Contains("no such file", item.Error);
    }

    [Fact]
    public void Deeply_broken_markup_still_yields_its_text()
    {
        var html = "<html><body><div><p>تحدث شهود عن انفجار قرب محطة الوقود صباح اليوم<div><span>وأكدوا سماع دوي قوي في أرجاء الحي</p></table></body>";
        var article = HtmlArticleExtractor.Extract(html);
        Assert.Equal(["تحدث شهود عن انفجار قرب محطة الوقود صباح اليوم", "وأكدوا سماع دوي قوي في أرجاء الحي"], article.Paragraphs);
    }

    [Fact]
    public void One_word_furniture_phrases_do_not_eat_real_sentences()
    {
        var rules = BoilerplateRules.Default;
        Assert.True(BodyCleaner.IsFurniture(BoilerplateRules.Key("شارك"), rules));
        Assert.False(BodyCleaner.IsFurniture(BoilerplateRules.Key("شارك آلاف المتظاهرين في مسيرة وسط العاصمة مساء الجمعة"), rules));
        Assert.True(BodyCleaner.IsFurniture(BoilerplateRules.Key("إقرأ أيضا: عنوان خبر آخر في الموقع"), rules));
    }

    [Theory]
    [InlineData("راديو الكل – وكالات", true)]
    [InlineData("المصدر: رويترز", true)]
    [InlineData("وكالات", true)]
    [InlineData("وقالت وكالات الإغاثة إن الوضع خطير.", false)]
    [InlineData("قتل ثلاثة مدنيين – بحسب ناشطين", false)]
    public void Bylines_are_recognised(string line, bool byline) =>
        Assert.Equal(byline, BodyCleaner.IsByline(line, BoilerplateRules.Default));
}
