namespace Rasd.Tests.Events;

/// <summary>Rows of the trigger tables: putting an issue off is no deportation, the norm against a weapon is no ban, "صفقة القرن" is no deal, discussions are talks, deploying a weapons system is a build-up.</summary>
public class WordSenseRowsTests
{
    [Theory]
    [InlineData("ويرغب الرئيس الأمريكي في ترحيل ملف كوريا الشمالية إلى ما بعد القمة المقبلة في سنغافورة.", "RETREAT")]
    [InlineData("وشدد الوزير على الحظر القاطع للأسلحة الكيميائية في أي نزاع.", "COERCE")]
    // the charge of backing terrorism is the accusation's content, no support given
    [InlineData("وهاجمت وزارة الخارجية القطرية الرباط واتهمتها بدعم الإرهاب في الساحل الأفريقي.", "SUPPORT")]
    [InlineData("ونفت الحكومة التونسية مجددا أي دعم للإرهابيين في ليبيا.", "SUPPORT")]
    // the US peace plan so named is a proposal argued over, no agreement made
    [InlineData("وتحدث الأمين العام للحزب في كلمته عن صفقة القرن التي تروج لها الإدارة الأمريكية.", "AGREE")]
    // "بحثوا عن" is searching, as "بحث عن" is
    [InlineData("وقال الدفاع المدني إن المتطوعين بحثوا عن ناجين تحت الأنقاض طوال الليل.", "CONSULT")]
    // "رفضوا الكشف عن هويتهم" is an unnamed source, no refusal
    [InlineData("وقال مسؤولان رفضوا الكشف عن هويتهم إن الحكومة لم تقرر بعد.", "REJECT")]
    // "بالتعاون مع", "بالتنسيق مع": how something else is done, no cooperation of its own
    [InlineData("وقال الرئيس إن بلاده ستضطر لتحقيق ذلك بالتعاون مع سكان المنطقة.", "COOPERATE")]
    [InlineData("وأعلنت المستشارة أن عودة اللاجئين ستكون بالتنسيق مع الأمم المتحدة.", "COOPERATE")]
    public void OtherSensesAreNoEvent(string text, string type)
    {
        var record = EventTexts.Extract(text);
        Assert.DoesNotContain(record.Events, e => e.Type == type);
    }

    [Fact]
    public void DiscussionsBetweenPartiesAreTalks()
    {
        var record = EventTexts.Extract("وجرت المناقشات بين الحكومة التركية والحكومة الروسية في أنقرة يوم الثلاثاء.");
        Assert.Contains(record.Events, e => e.Type == "CONSULT" && e.Actors.Contains("TURGOV"));
    }

    [Fact]
    public void DeployingAWeaponsSystemIsABuildUp()
    {
        var record = EventTexts.Extract("وقالت الوزارة إن نشر تركيا نظام دفاع جوي على الحدود يهدد الاستقرار.");
        Assert.Contains(record.Events, e => e.Type == "MOBILIZE" && e.Actors.Contains("TURMIL"));
    }
}
