namespace Rasd.Tests.Events;

/// <summary>A warning addressed to a named party is a threat, and what it warns against may happen; a warning of a danger is no event.</summary>
public class WarningThreatTests
{
    [Fact]
    public void Addressed_warning_is_a_threat_against_the_one_warned()
    {
        var r = EventTexts.Extract("حذرت فرنسا، اليوم، إيران من نقل صواريخ إلى حلفائها في لبنان.");
        var threat = Assert.Single(r.Events, e => e.Type == "THREATEN");
        Assert.Contains("FRAGOV", threat.Actors);
        Assert.Equal(["IRNGOV"], threat.Targets);
    }

    [Fact]
    public void Capital_warned_is_the_government_and_the_deed_warned_of_may_happen()
    {
        var r = EventTexts.Extract("وحذر وزير الخارجية البريطاني موسكو من شن غارات جديدة على مدينة حلب.");
        var threat = Assert.Single(r.Events, e => e.Type == "THREATEN");
        Assert.Equal(["RUSGOV"], threat.Targets);
        Assert.DoesNotContain("RUS", threat.Places);
        var strike = Assert.Single(r.Events, e => e.Type == "ASSAULT");
        Assert.Equal("possible", strike.Mode);
        Assert.Contains("RUSMIL", strike.Actors);
    }

    [Theory]
    [InlineData("وحذرت منظمة الصحة العالمية من تفشي الأمراض في مخيمات اللاجئين.")]
    [InlineData("وحذر الأمين العام للأمم المتحدة من تداعيات القتال على ملايين المدنيين.")]
    [InlineData("وحذرت الأمم المتحدة ومنظمات الإغاثة من نقص حاد في الغذاء خلال الشتاء.")]
    [InlineData("وقال المبعوث الأممي إن الوضع في الجنوب خطير، محذرا من موجة نزوح جديدة نحو الحدود.")]
    public void Warning_of_a_danger_is_no_threat(string text) =>
        Assert.DoesNotContain(EventTexts.Extract(text).Events, e => e.Type == "THREATEN");

    [Fact]
    public void Consequences_on_a_condition_are_a_threat()
    {
        var r = EventTexts.Extract("وقال الوزير الإيراني إن عواقب خطيرة ستواجه إسرائيل إذا هاجمت المنشآت النووية.");
        Assert.Contains(r.Events, e => e.Type == "THREATEN");
    }

    [Fact]
    public void Consequences_as_a_forecast_are_no_threat() =>
        Assert.DoesNotContain(EventTexts.Extract("ويرى خبراء أن للجفاف عواقب خطيرة على إنتاج القمح في المنطقة.").Events, e => e.Type == "THREATEN");

    [Fact]
    public void Widening_an_offensive_is_a_threat() =>
        Assert.Contains(EventTexts.Extract("وأكد الرئيس التركي أن بلاده تريد توسيع العملية العسكرية لتشمل تل أبيض.").Events, e => e.Type == "THREATEN");

    // a crowd of supporters or women is no troops massed; troops massed still are
    [Theory]
    [InlineData("وألقى المرشح خطابا أمام حشد من أنصاره في ساحة المدينة.")]
    [InlineData("وتجمعت حشود من النساء والأطفال أمام مبنى البلدية.")]
    [InlineData("وسعى الحزب إلى حشد الدعم لمرشحه قبل الاقتراع.")]
    public void Crowd_is_no_mobilisation(string text) =>
        Assert.DoesNotContain(EventTexts.Extract(text).Events, e => e.Type == "MOBILIZE");

    [Fact]
    public void Troops_massed_are_a_mobilisation() =>
        Assert.Contains(EventTexts.Extract("وحشدت قوات النظام مئات العناصر على أطراف مدينة درعا.").Events, e => e.Type == "MOBILIZE");

    [Fact]
    public void People_taken_out_of_an_area_are_evacuated()
    {
        var r = EventTexts.Extract("وقالت الوزارة إنه تم إخراج 230 مدنيا من الأحياء المحاصرة في المدينة الليلة الماضية.");
        var figure = Assert.Single(r.Events.SelectMany(e => e.Figures), f => f.Value == 230);
        Assert.Equal("displaced", figure.Role);
    }

    [Fact]
    public void A_warning_participle_addresses_the_name_after_it()
    {
        var r = EventTexts.Extract("وقال قائد الحرس الثوري الإيراني إن قواته سترد بقوة، محذرا إسرائيل من شن أي غارة جديدة على مواقعها.");
        var threat = Assert.Single(r.Events, e => e.Type == "THREATEN");
        Assert.Equal(["ISRGOV"], threat.Targets);
    }
}
