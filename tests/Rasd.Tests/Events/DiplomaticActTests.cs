namespace Rasd.Tests.Events;

/// <summary>Diplomatic acts that are events: breaking relations (SANCTION), summoning an envoy (ACCUSE), a call in the first person (REQUEST); and their look-alikes that are not.</summary>
public class DiplomaticActTests
{
    [Fact]
    public void BreakingRelationsIsASanctionOnTheOtherState()
    {
        var record = EventTexts.Extract("وقطعت البحرين علاقاتها الدبلوماسية مع إيران بعد الهجوم على سفارتها.");
        var e = Assert.Single(record.Events, e => e.Type == "SANCTION");
        Assert.Contains("BHRGOV", e.Actors);
        Assert.Contains("IRNGOV", e.Targets);
        Assert.DoesNotContain("IRNGOV", e.Actors);
    }

    [Theory]
    [InlineData("ورفع المتظاهرون قطعة قماش كتبت عليها أسماء الضحايا في ساحة المدينة.")]
    [InlineData("وضبطت الشرطة قطع غيار مهربة في مستودع قرب الحدود.")]
    [InlineData("وأكد الوزير أن الوعد الذي قطعته الحكومة للمزارعين سينفذ هذا العام.")]
    public void OtherCuttingsAreNoSanction(string sentence) =>
        Assert.DoesNotContain(EventTexts.Extract(sentence).Events, e => e.Type == "SANCTION");

    [Fact]
    public void SummoningAnEnvoyIsAProtest()
    {
        var record = EventTexts.Extract("استدعت وزارة الخارجية المصرية، الأربعاء، سفير قطر لدى القاهرة للاحتجاج على تصريحات مسؤول قطري.");
        Assert.Contains(record.Events, e => e.Type == "ACCUSE" && e.Actors.Contains("EGYGOV"));
    }

    [Fact]
    public void CallingUpReservistsIsNoProtest() =>
        Assert.DoesNotContain(EventTexts.Extract("واستدعى الجيش الأردني آلاف الجنود من الاحتياط إلى معسكراتهم.").Events, e => e.Type == "ACCUSE");

    [Fact]
    public void AFirstPersonCallAddressesTheNameAfterIt()
    {
        var record = EventTexts.Extract("وقال وزير الخارجية الأردني في مؤتمر صحفي: \"ندعو إيران إلى سحب مقاتليها من الجنوب السوري\".");
        var e = Assert.Single(record.Events, e => e.Type == "REQUEST");
        Assert.Contains("IRNGOV", e.Targets);
        Assert.DoesNotContain("IRNGOV", e.Actors);
    }

    [Fact]
    public void AFirstPersonCallInAQuoteAfterAParticipleHasTheSpeakerForActor()
    {
        var record = EventTexts.Extract("بل إن الأمين العام للأمم المتحدة بان كي مون، حذر منها، قائلاً \"أشعر بقلق لأن الجانبين يستخدمان العنف ضد النساء. أدعو إلى وقف فوري لهذه الانتهاكات\".");
        var e = Assert.Single(record.Events, e => e.Type == "REQUEST");
        Assert.Contains("IGO", e.Actors);
    }

    [Fact]
    public void AFirstPersonCallAfterAnUnnamedVerbOfSayingGoesOnWithTheSpeakerBefore()
    {
        var record = EventTexts.Extract("وقال الرئيس الفلسطيني محمود عباس في كلمته إن المصالحة متعثرة.\nوأضاف: \"لن نقبل بحل لا يتضمن حل الدولتين\".");
        var e = Assert.Single(record.Events, e => e.Type == "REJECT");
        Assert.Contains("PSEGOV", e.Actors);
    }

    [Fact]
    public void AnUnnamedSubjectAfterTheVerbOfSayingGivesNoSpeaker()
    {
        var record = EventTexts.Extract("وقال الرئيس الفلسطيني محمود عباس في كلمته إن المصالحة متعثرة.\nوأشار البيان: \"لن نقبل بحل لا يتضمن حل الدولتين\".");
        Assert.DoesNotContain(record.Events, e => e.Type == "REJECT" && e.Actors.Contains("PSEGOV"));
    }

    [Fact]
    public void PrayingToGodIsNoCall() =>
        Assert.DoesNotContain(EventTexts.Extract("وقال الرئيس الأمريكي دونالد ترامب: \"قدراتنا أقوى وأدعو الله ألا نضطر إلى استخدامها\".").Events, e => e.Type == "REQUEST");

    [Fact]
    public void AReliefCoordinatorsTitleIsNoAid() =>
        Assert.DoesNotContain(EventTexts.Extract("وقالت منسقة شؤون الإغاثة في الأمم المتحدة إن الوضع في المخيمات يزداد سوءا.").Events, e => e.Type == "AID");

    [Fact]
    public void TheCapitalSanctionsFallOnIsTheOneSanctioned()
    {
        var record = EventTexts.Extract("وقال مسؤولون في الاتحاد الأوروبي إن الاتفاق مع إيران لا يزال قائما رغم فرض عقوبات جديدة على طهران الشهر الماضي.");
        var e = Assert.Single(record.Events, e => e.Type == "SANCTION");
        Assert.Contains("IRNGOV", e.Targets);
        Assert.DoesNotContain("IRNGOV", e.Actors);
        Assert.DoesNotContain("IRN", e.Places);
    }
}
