namespace Rasd.Tests.Events;

/// <summary>
/// Forces a report names by a common noun are the side of the country the report is about: the coalition of a report on
/// Yemen is the Saudi-led one, its "الجيش الوطني" Yemen's army, and "القوات الحكومية" of a report on another country that
/// country's forces; in Syria news they keep their Syrian (or US-led) codes.
/// </summary>
public class ForcesOfTheReportTests
{
    private static List<string> AttackActors(string text) =>
        Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "ASSAULT").Actors;

    [Theory]
    [InlineData("قصفت طائرات التحالف مواقع للحوثيين في محافظة صعدة شمال اليمن.")]
    [InlineData("وقصفت طائرات التحالف العربي مواقع المتمردين في الحديدة.")]
    public void The_coalition_of_a_report_on_Yemen_is_the_Saudi_led_one(string text) =>
        Assert.Contains("SAUMIL", AttackActors(text));

    [Fact]
    public void The_summary_names_the_Saudi_led_coalition_in_a_report_on_Yemen()
    {
        var attack = Assert.Single(EventTexts.Extract("قصفت طائرات التحالف مواقع للحوثيين في محافظة صعدة شمال اليمن.").Events, e => e.Type == "ASSAULT");
        Assert.Contains("Saudi-led coalition", attack.Summary);
        Assert.DoesNotContain("US-led", attack.Summary);
    }

    [Fact]
    public void The_coalition_of_a_report_on_Syria_stays_the_US_led_one() =>
        Assert.Equal(["USAMIL"], AttackActors("قصفت طائرات التحالف مواقع لتنظيم داعش في دير الزور."));

    [Fact]
    public void A_bare_coalition_is_the_one_the_report_named_by_name()
    {
        var record = EventTexts.Extract("أعلن التحالف الدولي ضد داعش مقتل قيادي في العراق. وقصفت طائرات التحالف مواقع التنظيم في الموصل.");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Actors.Contains("USAMIL"));
        Assert.DoesNotContain(record.Events, e => e.Actors.Contains("SAUMIL"));
    }

    [Fact]
    public void The_national_army_of_a_report_on_Yemen_is_Yemens() =>
        Assert.Equal(["YEMMIL"], AttackActors("شن الجيش الوطني هجوما على مواقع في مديرية حيس جنوب الحديدة باليمن."));

    [Fact]
    public void The_national_army_of_Syria_news_stays_the_Syrian_National_Army() =>
        Assert.Equal(["SYRREB"], AttackActors("شن الجيش الوطني هجوما على مواقع قسد قرب منبج."));

    [Fact]
    public void Government_forces_of_a_report_on_another_country_are_its_own() =>
        Assert.Equal(["PHLMIL"], AttackActors("قالت الفلبين إن القوات الحكومية هاجمت مواقع المسلحين في جزيرة مينداناو جنوب الفلبين."));

    [Fact]
    public void Government_forces_of_Syria_news_stay_Syrian() =>
        Assert.Equal(["SYRMIL"], AttackActors("هاجمت القوات الحكومية مواقع المسلحين في ريف حماة الشمالي."));
}

/// <summary>A protest whose only named side is the state it is against is made by the people its sentence or its place names.</summary>
public class ProtesterNationalityTests
{
    private static List<string> ProtestActors(string text) =>
        Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "PROTEST").Actors;

    [Fact]
    public void Palestinians_protesting_on_the_border_with_Israel_are_Palestinian_civilians() =>
        Assert.Equal(["PSECVL"], ProtestActors("وكان آلاف الفلسطينيين تجمعوا قرب حدود القطاع مع إسرائيل صباح الجمعة، في اليوم الثالث من الاحتجاجات."));

    [Fact]
    public void Protests_placed_in_Gaza_are_made_by_its_people() =>
        Assert.Equal(["PSECVL"], ProtestActors("وتراجعت حدة التظاهرات عند الحدود بين غزة وإسرائيل خلال الأيام الماضية."));

    [Fact]
    public void Protesters_named_by_their_nationality_make_the_protest() =>
        Assert.Equal(["IRNCVL"], ProtestActors("وتظاهر آلاف الإيرانيين ضد الحكومة الإيرانية في طهران."));

    [Fact]
    public void A_plural_that_begins_with_ba_is_still_the_protesters() =>
        Assert.Equal(["GBRCVL"], ProtestActors("وتظاهر آلاف بريطانيين ضد الحكومة الأمريكية."));
}

/// <summary>"الدولة العبرية" and "الكيان الصهيوني" name Israel; "جيش الاحتلال" its army.</summary>
public class IsraelNamesTests
{
    [Theory]
    [InlineData("وقالت الدولة العبرية إنها لن تسمح بوجود إيراني في سوريا.", "ISRGOV")]
    [InlineData("وهدد جيش الاحتلال باستهداف قادة الفصائل في غزة.", "ISRMIL")]
    public void The_names_Arab_outlets_give_Israel(string text, string actor) =>
        Assert.Contains(EventTexts.Extract(text).Events, e => e.Actors.Contains(actor));
}
