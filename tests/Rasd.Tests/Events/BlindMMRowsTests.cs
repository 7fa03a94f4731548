using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round MM's rows that need more than one event row: a death sentence passed but not carried out is no killing; a search inside a building is no talks; whom a speaker addresses is not the speaker.</summary>
public class BlindMMRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string text) =>
        Pipeline.Extract(new Document(text, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    // "حكم القتل" passed (صدر) is a sentence, a coercion; only "تنفيذ حكم القتل" kills
    [InlineData("وصدر بحقه حكم القتل تعزيرا في الرياض أمس.")]
    [InlineData("وأصدرت المحكمة حكم القصاص بحق الجاني الأسبوع الماضي.")]
    public void APassedDeathSentenceIsNoKilling(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Type == "ASSAULT");

    [Fact]
    public void ASearchInsideIsNoTalks() =>
        // "للبحث داخل المبنى" searches the building; "بحث" is talks only with a topic ("بحث الوضع في سوريا")
        Assert.DoesNotContain(Extract("وأكد مصدر أن السلطات التركية منحت الإذن لفريق المحققين الدوليين للبحث داخل المبنى.").Events, e => e.Type == "CONSULT");

    [Fact]
    public void WhomTheSpeakerAddressesDoesNotSpeakNext() =>
        // "مخاطبا الحكومة الأمريكية" names the addressee; the threat that follows is not the US government's
        Assert.DoesNotContain(Extract("وقال مخاطبا الحكومة الأمريكية \"لن نقبل بهذا\". وتوعد قائلا \"سيكون ردنا قاسيا\".").Events,
            e => e.Actors.Contains("USAGOV"));
}
