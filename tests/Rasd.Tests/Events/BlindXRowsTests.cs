using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round X's rows: leaflets dropped from the air are no attack, "أوقف" halts rather than arrests unless a person follows, attacks by opposing sides with their own dead stay apart.</summary>
public class BlindXRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string sentence) =>
        Pipeline.Extract(new Document(sentence, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    // dropping leaflets that ask people to leave is a call, not an air strike
    [InlineData("أسقطت طائرات حربية منشورات فوق مدينة الرستن تطالب السكان بمغادرتها.")]
    [InlineData("وأسقطت مروحيات روسية مناشير ورقية على قرى ريف حماة تدعو المسلحين إلى تسليم أسلحتهم.")]
    public void NoAttack(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Type == "ASSAULT");

    [Theory]
    // "أوقف" arrests only a person; halting fighting, support or aid is no coercion
    [InlineData("وأوقفت الحكومة دعمها للفصائل المسلحة في الشمال.")]
    [InlineData("أوقف الجيش القتال في المدينة لساعات بعد وساطة محلية.")]
    [InlineData("وأوقفت الأمم المتحدة إرسال المساعدات إلى المخيم.")]
    public void NoArrest(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Type == "COERCE");

    [Theory]
    [InlineData("ألقت المروحيات براميل متفجرة على بلدة كفرزيتا أمس.")]
    [InlineData("أسقطت الدفاعات الجوية طائرة مسيرة قرب مطار حميميم.")]
    public void StillAnAttack(string sentence) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "ASSAULT");

    [Fact]
    public void AttacksBySidesWithTheirOwnDeadAreTwo()
    {
        var record = Extract("وقالت مصادر معارضة إن 12 شخصا قتلوا أمس في بلدة عربين جراء قصف القوات الحكومية.\n"
            + "في المقابل، قالت وسائل إعلام رسمية إن قصف المعارضة على مدينة جرمانة أسفر عن مقتل شخصين.");
        var attacks = record.Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Contains(attacks, e => e.Actors.Contains("SYRMIL") && !e.Actors.Contains("SYRREB"));
        Assert.Contains(attacks, e => e.Actors.Contains("SYRREB"));
    }
}
