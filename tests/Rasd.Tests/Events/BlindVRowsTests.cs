using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round V's rows that must yield no event of a kind, and a place name that opens an idiom.</summary>
public class BlindVRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string sentence) =>
        Pipeline.Extract(new Document(sentence, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    // calm, fear or a fire brought under control is no capture; the present "تسيطر" holds a place
    [InlineData("وسيطر الهدوء على مدينة حلب أمس بعد أيام من التوتر.")]
    [InlineData("وسيطرت فرق الإطفاء على الحريق في حي الميدان بدمشق.")]
    [InlineData("وتسيطر الفصائل على مدينة إدلب منذ عام 2015.")]
    // "ألقى كلمة" is a speech
    [InlineData("ألقى الرئيس كلمة أمام البرلمان في دمشق أمس.")]
    public void NoAttack(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Type == "ASSAULT");

    [Fact]
    public void AStudentNamedByNationalityMakesNoDemand() =>
        Assert.DoesNotContain(Extract("لقي طالب سوري مصرعه في حادث سير بمدينة حمص.").Events, e => e.Type == "REQUEST");

    [Fact]
    public void ACaptureToldApartIsNotTheNamedOffensive()
    {
        const string text = "الجيش التركي يعلن سيطرته على كامل مدينة الباب\n\nأفادت مصادر عسكرية أن الجيش التركي سيطر على كامل مدينة الباب.\n"
            + "يذكر أن القوات التركية بدأت عملياتها العسكرية في أغسطس 2016 حيث أطلقت عليها \"درع الفرات\".";
        var record = Pipeline.Extract(new Document(text, "row", new DateOnly(2017, 2, 20)));
        Assert.Equal(2, record.Events.Count(e => e.Type == "ASSAULT"));
    }

    [Fact]
    public void ABirthplaceIsNoMuscat()
    {
        var record = Extract("عاد الرجل إلى مسقط رأسه في حمص بعد سنوات، وزار الوزير مسقط أمس.");
        Assert.Single(record.Entities, e => e.Text == "مسقط");
        Assert.Contains(record.Entities, e => e.Text == "حمص");
    }
}
