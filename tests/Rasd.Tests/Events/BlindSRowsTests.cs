namespace Rasd.Tests.Events;

/// <summary>
/// Round S's rows: arrests told by "القبض على" with words between the verb and the noun, releases of prisoners (PLOVER
/// CONCEDE) with the verb apart from "سراح", skirmishes, "بعد يوم واحد من X" dating X the day before, police and security
/// forces with a nationality as that government, both names after a dual ("ضد تنظيمي X وY") as targets, and what is called
/// for between quote marks after a detached preposition ("طالبوا بـ"عفو عام"") as possible, the towns a road is named by as
/// no place, a kind of place with a nationality ("في 34 ولاية تركية") as that country, and counted people or a batch
/// going out ("خرج ثمانية آلاف مدني", "خرجت الدفعة الأولى") as an evacuation.
/// </summary>
public class BlindSRowsTests
{
    [Theory]
    [InlineData("وألقت الشرطة الهولندية، مساء الاثنين، القبض على المشتبه به في الهجوم على مركز الشرطة.")]
    [InlineData("وتمكنت قوات الأمن من إلقاء القبض على خلية في ريف درعا الغربي.")]
    public void SeizingSomeoneIsAnArrest(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "COERCE");
    }

    [Theory]
    [InlineData("وأفرجت السلطات الإيرانية أمس عن ثلاثة صحفيين أجانب.")]
    [InlineData("وأطلقت هيئة تحرير الشام سراح سبعة جنود أتراك في ريف إدلب.")]
    [InlineData("ونص الاتفاق على إطلاق الحكومة سراح 400 معتقل من سجن حماة المركزي.")]
    public void ReleasingPeopleIsAConcession(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "CONCEDE");
    }

    [Fact]
    public void TheReleasedCountBelongsToTheRelease()
    {
        var record = EventTexts.Extract("وأعلنت وزارة العدل السورية الإفراج عن 230 معتقلا من سجن عدرا.");
        var release = Assert.Single(record.Events, e => e.Type == "CONCEDE");
        Assert.Contains(release.Figures, f => f.Role == "released" && f.Value == 230);
        Assert.DoesNotContain(record.Events, e => e.Type == "COERCE");
    }

    [Fact]
    public void SkirmishesAreClashes()
    {
        var record = EventTexts.Extract("واندلعت مناوشات بين الجيش العراقي وعناصر من البيشمركة قرب كركوك الأحد.");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void OneDayAfterAVisitDatesTheVisitTheDayBefore()
    {
        var record = EventTexts.Extract("وأعلن الجيش الأربعاء حالة التأهب، بعد يوم واحد من زيارة وزير الدفاع التركي إلى بغداد.");
        var visit = Assert.Single(record.Events, e => e.Type == "CONSULT");
        Assert.Equal("2024-03-12", visit.Time?.Begin);
    }

    [Theory]
    [InlineData("واعتقلت الشرطة الفرنسية أربعة أشخاص في مرسيليا.", "FRAGOV")]
    [InlineData("وداهمت قوات الأمن الأردنية منزلا في إربد واعتقلت ثلاثة مشتبه بهم.", "JORGOV")]
    public void PoliceAndSecurityForcesOfAStateAreItsGovernment(string text, string actor)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "COERCE" && e.Actors.Contains(actor));
    }

    [Fact]
    public void BothOrganisationsAfterADualAreTargets()
    {
        var record = EventTexts.Extract("وشنت الطائرات التركية غارات جديدة ضد تنظيمي داعش وحزب العمال الكردستاني شمال العراق.");
        var strike = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["TURMIL"], strike.Actors);
        Assert.Contains("SYRREB", strike.Targets);
        Assert.Contains("TURREB", strike.Targets);
    }

    [Theory]
    [InlineData("وطالب تجار في البقاع الحكومة اللبنانية بـ\"عفو عام\" عن المطلوبين.", "CONCEDE")]
    [InlineData("ودعت فرنسا روسيا إلى \"وقف إطلاق النار\" في الغوطة.", "AGREE")]
    public void WhatIsCalledForInQuotesHasNotHappened(string text, string type)
    {
        var record = EventTexts.Extract(text);
        Assert.Equal("possible", Assert.Single(record.Events, e => e.Type == type).Mode);
    }

    [Theory]
    [InlineData("وقصفت قوات النظام بلدة سراقب على أوتوستراد حلب دمشق.", "SY07")]
    [InlineData("ووصل رتل عسكري تركي إلى ريف إدلب قادما من طريق \"دمشق-حلب\".", "SY07")]
    [InlineData("وأطلق مسلحون النار على حافلة عند الطريق الدولي حمص - طرطوس في ريف حماة.", "SY05")]
    public void TheTownsARoadIsNamedByAreNotWhereTheEventIs(string text, string place)
    {
        var record = EventTexts.Extract(text);
        var ev = Assert.Single(record.Events);
        Assert.Equal([place], ev.Places);
    }

    [Theory]
    [InlineData("واعتقلت الشرطة 50 شخصا في 34 ولاية تركية.", "TUR")]
    [InlineData("وقتل ثلاثة جنود في هجوم على موقع عسكري في ولاية هكاري التركية.", "TUR")]
    [InlineData("وتظاهر المئات بمدينة أردنية احتجاجا على رفع الأسعار.", "JOR")]
    public void AKindOfPlaceWithANationalityIsInThatCountry(string text, string place)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(place, Assert.Single(record.Events).Places);
    }

    [Fact]
    public void AKnownTownBeforeTheAdjectiveKeepsItsGovernorate()
    {
        var record = EventTexts.Extract("وفي مدينة درعا السورية تجددت المعارك الخميس بين قوات النظام ومقاتلي المعارضة.");
        Assert.Equal(["SY12"], Assert.Single(record.Events).Places);
    }

    [Fact]
    public void CountedPeopleGoingOutOfATownAreDisplaced()
    {
        var record = EventTexts.Extract("وخرج نحو ستة آلاف مدني ومقاتل من بلدة مضايا في ريف دمشق الأحد.");
        var flight = Assert.Single(record.Events, e => e.Type == "RETREAT");
        Assert.Contains(flight.Figures, f => f.Role == "displaced" && f.Value == 6000);
    }

    [Fact]
    public void ABatchGoingOutIsAnEvacuation()
    {
        var record = EventTexts.Extract("وخرجت الدفعة الثالثة من مقاتلي المعارضة وعائلاتهم من ريف حمص الشمالي مساء الثلاثاء.");
        Assert.Contains(record.Events, e => e.Type == "RETREAT");
    }

    [Theory]
    [InlineData("وخرج الوزير من الاجتماع غاضبا.")]
    [InlineData("وخرجت آلاف النساء في مسيرة وسط باريس الأحد.")]
    public void GoingOutAloneOrToMarchIsNoFlight(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.DoesNotContain(record.Events, e => e.Type == "RETREAT");
    }

    [Fact]
    public void AScene()
    {
        var record = EventTexts.Extract("وأثار مشهد الدمار في المدينة غضبا واسعا بين السكان.");
        Assert.DoesNotContain(record.Entities, e => e.Text == "مشهد");
    }

    [Theory]
    [InlineData("وذكرت قناة العالم أن القصف استهدف البلدة.", "قناة العالم", "ORG")]
    [InlineData("وبثت قناة OTV اللبنانية المقابلة مساء السبت.", "OTV", "ORG")]
    [InlineData("وتبنت جبهة حزب التحرير الشعبي الثوري الهجوم على القنصلية.", "جبهة حزب التحرير الشعبي الثوري", "ORG")]
    [InlineData("وفر السكان الدروز من جبل السماق بعد المضايقات.", "جبل السماق", "LOC")]
    public void NamesOfRoundS(string text, string name, string type)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Entities, e => e.Text.Contains(name) && e.Type == type);
    }

    [Fact]
    public void TheyDemandAndASecondThingAskedForIsNotDone()
    {
        var record = EventTexts.Extract(
            "وقالت التقارير إن الخاطفين يطالبون بانسحاب حزب الله الذي يقاتل إلى جانب قوات النظام من سوريا وبالإفراج عن عشرات المعتقلين في السجون اللبنانية.");
        Assert.Contains(record.Events, e => e.Type == "REQUEST");
        Assert.Equal("possible", Assert.Single(record.Events, e => e.Type == "RETREAT").Mode);
        Assert.Equal("possible", Assert.Single(record.Events, e => e.Type == "CONCEDE").Mode);
    }
}
