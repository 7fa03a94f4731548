namespace Rasd.Tests.Events;

/// <summary>"دخلت قوات النظام إلى البلدة", "دخول القوات": forces entering a place is a deployment; fighting said to have stopped is no clash.</summary>
public class ForcesEnteringTests
{
    [Theory]
    [InlineData("ودخلت قوات الجيش اللبناني إلى بلدة عرسال صباح الثلاثاء بعد انسحاب المسلحين منها.")]
    [InlineData("وأفاد المرصد بدخول قوات روسية إلى أحياء مدينة منبج يوم الأحد.")]
    public void Forces_entering_a_place_are_a_deployment(string text) =>
        Assert.Contains(EventTexts.Extract(text).Events, e => e.Type == "MOBILIZE");

    [Theory]
    [InlineData("ودخلت المساعدات الإنسانية إلى البلدة المحاصرة يوم الثلاثاء.")]
    [InlineData("ودخلت الأزمة عامها الثامن من دون حل.")]
    public void Other_entries_are_no_deployment(string text) =>
        Assert.DoesNotContain(EventTexts.Extract(text).Events, e => e.Type == "MOBILIZE");

    [Fact]
    public void Forces_a_deal_provides_for_are_yet_to_enter()
    {
        var e = EventTexts.Extract("وأعلن المرصد أن الاتفاق الموقع يوم الثلاثاء يقضي بدخول قوات النظام إلى مدينة داعل.").Events.First(e => e.Type == "MOBILIZE");
        Assert.Equal("planned", e.Mode);
    }

    [Fact]
    public void Fighting_said_to_have_stopped_is_no_clash() =>
        Assert.DoesNotContain(EventTexts.Extract("وعاد مئات السكان إلى قراهم في ريف حماة رغم توقف المعارك قبل أيام فقط.").Events, e => e.Type == "ASSAULT");
}
