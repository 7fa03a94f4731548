namespace Rasd.Tests.Events;

/// <summary>
/// Round R's rows and rules: amnesties "عفوا عن", mergers of armed groups, a general call to arms, "من يرفض" (whoever refuses),
/// accusations denied, قد after كان before a past verb in ن, a plain attack verb telling again an attack told with its way, the
/// sender of reinforcements and the neighbour along a border, a deal's destinations, the sides "between" whom another event stands
/// a bracketed name after its kind ("ضد تنظيم (داعش)") and air campaigns ("حملة جوية", "حملتها العسكرية"),
/// factions counted after a number ("12 فصيلا مسلحا").
/// </summary>
public class BlindRRowsTests
{
    [Fact]
    public void AnAmnestyForAGroupIsAConcession()
    {
        var record = EventTexts.Extract("وأعلنت الحكومة السودانية عفوا عن المعتقلين السياسيين بمناسبة العيد.");
        Assert.Contains(record.Events, e => e.Type == "CONCEDE");
    }

    [Theory]
    [InlineData("وأعلنت خمسة فصائل مسلحة في ريف حلب، الأربعاء، اندماجها تحت اسم جبهة الشمال الموحدة.")]
    [InlineData("واندمجت ثلاثة ألوية معارضة في ريف حماة في تشكيل عسكري جديد.")]
    public void ArmedGroupsMergingCooperate(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "COOPERATE");
    }

    [Fact]
    public void IntegrationIntoASocietyIsNoMerger()
    {
        var record = EventTexts.Extract("ويواجه اللاجئون صعوبات في الاندماج في المجتمع الألماني بسبب اللغة.");
        Assert.DoesNotContain(record.Events, e => e.Type == "COOPERATE");
    }

    [Fact]
    public void AGeneralCallToArmsIsAMobilisation()
    {
        var record = EventTexts.Extract("وأعلنت العشائر في ريف دير الزور، الثلاثاء، النفير العام لصد هجوم التنظيم.");
        Assert.Contains(record.Events, e => e.Type == "MOBILIZE");
    }

    [Fact]
    public void WhoeverRefusesIsNoRefusal()
    {
        var record = EventTexts.Extract("وينص الاتفاق على تسليم السلاح الثقيل ونقل من يرفض التسوية إلى إدلب.");
        Assert.DoesNotContain(record.Events, e => e.Type == "REJECT");
    }

    [Fact]
    public void AccusationsDeniedAreNoAccusationOfTheDenier()
    {
        var record = EventTexts.Extract("ونفت وزارة الدفاع الروسية الاتهامات الغربية بقصف المستشفى في ريف إدلب.");
        Assert.DoesNotContain(record.Events, e => e.Type == "ACCUSE");
        Assert.Contains(record.Events, e => e.Type == "REJECT");
    }

    [Fact]
    public void QadAfterKanaBeforeAPastVerbInNunIsNoPossibility()
    {
        var record = EventTexts.Extract("وكانت الحكومة العراقية قد نفت تلك التقارير في بيان رسمي.");
        var denial = Assert.Single(record.Events, e => e.Type == "REJECT");
        Assert.Equal("actual", denial.Mode);
    }

    [Fact]
    public void APlainAttackVerbRetellsTheAttackToldWithItsWay()
    {
        var record = EventTexts.Extract(
            "قصفت قوات النظام بالمدفعية أحياء مدينة جاسم في ريف درعا، الأربعاء.\nوقال ناشطون إن قوات النظام استهدفت أحياء المدينة بأكثر من 40 قذيفة.");
        Assert.Single(record.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void APlainAttackVerbOfAnotherAttackerStaysApart()
    {
        var record = EventTexts.Extract(
            "قصفت قوات النظام بالمدفعية أحياء مدينة جاسم في ريف درعا، الأربعاء.\nوقال ناشطون إن الفصائل المعارضة استهدفت حاجزا للجيش في المدينة.");
        Assert.Equal(2, record.Events.Count(e => e.Type == "ASSAULT"));
    }

    [Fact]
    public void ForcesThatSendReinforcementsAreTheirSenderAndABorderNeighbourNoParty()
    {
        var record = EventTexts.Extract("وأرسلت قوات النظام السوري تعزيزات عسكرية إلى بلدة خان أرنبة في ريف القنيطرة قرب الحدود مع لبنان.");
        var buildUp = Assert.Single(record.Events, e => e.Type == "MOBILIZE");
        Assert.Equal(["SYRMIL"], buildUp.Actors);
        Assert.DoesNotContain(buildUp.Targets, t => t.StartsWith("LBN", StringComparison.Ordinal));
    }

    [Fact]
    public void WhereFightersAreToGoIsNoPlaceOfTheDeal()
    {
        var record = EventTexts.Extract("وينص اتفاق الفصائل مع الجانب الروسي على خروج المقاتلين الرافضين للتسوية إلى إدلب.");
        var deal = Assert.Single(record.Events, e => e.Type == "AGREE");
        Assert.DoesNotContain("SY07", deal.Places);
    }

    [Fact]
    public void TheSidesOfADealAreNoAttackersOfTheShellingBeforeIt()
    {
        var record = EventTexts.Extract("وتجدد القصف المدفعي على بلدة نوى في ريف درعا بعد أيام من توقيع اتفاق بين فصائل المعارضة والجيش السوري.");
        var shelling = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Empty(shelling.Actors);
        var deal = Assert.Single(record.Events, e => e.Type == "AGREE");
        Assert.Contains("SYRMIL", deal.Actors);
    }

    [Fact]
    public void ANameInBracketsAfterItsKindIsWhatAnAttackIsAgainst()
    {
        var record = EventTexts.Extract("وتشن الطائرات الأسترالية غارات جوية ضد تنظيم (داعش) في شمال العراق منذ أشهر.");
        var raids = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains("SYRREB", raids.Targets);
        Assert.DoesNotContain("SYRREB", raids.Actors);
    }

    [Theory]
    [InlineData("وواصلت روسيا حملتها العسكرية في ريف إدلب الجنوبي الأربعاء.", "SY07")]
    [InlineData("وبدأت الطائرات الروسية حملة جوية على مواقع في ريف حماة الشمالي.", "SY05")]
    public void AnAirOrMilitaryCampaignIsAnAttack(string text, string place)
    {
        var record = EventTexts.Extract(text);
        var campaign = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains("RUSMIL", campaign.Actors);
        Assert.Contains(place, campaign.Places);
    }

    [Fact]
    public void FactionsCountedAfterANumberAreTheArmedOpposition()
    {
        var record = EventTexts.Extract("وأعلن 12 فصيلا مسلحا في ريف حلب الشمالي، الخميس، اندماجها ضمن تشكيل واحد.");
        var merger = Assert.Single(record.Events, e => e.Type == "COOPERATE");
        Assert.Contains("SYRREB", merger.Actors);
    }
}
