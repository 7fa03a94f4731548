namespace Rasd.Tests.Events;

/// <summary>
/// A fight told as "between" two sides ("اشتباكات بين X وY", "بين X من جهة وY من جهة أخرى", "تبادل للقصف بين X وY", "بين
/// الطرفين") has the side named first as its actor and the side named second as its target, as the annotators code a clash;
/// a "بين" that belongs to another word ("على الحدود بين", "أزمة بين") or a side with no name leaves the roles as told
/// (data/clash_sides.tsv, src/Rasd/Events/ClashSides.cs).
/// </summary>
public class ClashSidesTests
{
    [Theory]
    [InlineData("واندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في ريف حماة الشمالي.", "SYRMIL", "SYRREB")]
    [InlineData("وتدور معارك بين ميليشيات الحوثي وقوات الجيش اليمني في محافظة الجوف.", "YEMREB", "YEMMIL")]
    [InlineData("وتشهد المنطقة مواجهات متكررة بين إسرائيل وإيران.", "ISRMIL", "IRNMIL")]
    [InlineData("وشهدت البلدة تبادلا للقصف بين القوات الحكومية والمعارضة المسلحة.", "SYRMIL", "SYRREB")]
    [InlineData("ورصد المرصد اشتباكات عنيفة بين القوات التركية والفصائل المقاتلة من جهة، ووحدات حماية الشعب الكردية من جهة أخرى، في شمال عفرين.", "TURMIL+SYRREB", "SYRREB")]
    public void FirstSideActsSecondSideIsFought(string text, string actors, string targets)
    {
        var attack = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "ASSAULT");
        Assert.Equal(actors.Split('+'), attack.Actors);
        Assert.Equal(targets.Split('+'), attack.Targets);
    }

    [Fact]
    public void SidesReferredBackToKeepTheirOrder()
    {
        var record = EventTexts.Extract("وتتقاسم قوات النظام وقوات سوريا الديمقراطية السيطرة على المدينة. ودارت اشتباكات عنيفة بين الجانبين أمس.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["SYRMIL"], attack.Actors);
        Assert.Equal(["SYRREB"], attack.Targets);
    }

    // each guarded sentence comes with a fight between named sides, which must still be split
    [Theory]
    [InlineData("وأصيب عشرات الفلسطينيين في مواجهات على الحدود بين قطاع غزة وإسرائيل.", "ISRMIL")]
    [InlineData("واندلعت مواجهات بين المحتجين وقوات الأمن العراقية في البصرة.", "IRQMIL")]
    [InlineData("وتسبب الهجوم في أزمة بين روسيا من جهة وبريطانيا من جهة أخرى.", "GBRMIL")]
    public void BetweenOfAnotherWordOrAnUnnamedSideMakesNoTarget(string text, string notTarget)
    {
        var record = EventTexts.Extract("وتدور معارك بين قوات النظام وفصائل المعارضة في ريف إدلب. " + text);
        foreach (var e in record.Events)
            Assert.DoesNotContain(notTarget, e.Targets);
        Assert.Contains(record.Events, e => e.Actors.SequenceEqual(["SYRMIL"]) && e.Targets.SequenceEqual(["SYRREB"]));
    }
}

/// <summary>
/// Infighting ("اقتتال بين …") is a clash with sides, a state of war ("إنهاء حالة الاقتتال") no event; a verb of clashing names
/// its target after "مع"; one who manages to repel an attack ("تمكنت X من صد الهجوم") is its target; a named leader who clashes
/// with another quarrels (data/event_triggers.tsv, data/clash_sides.tsv, data/repelled_attack_words.tsv).
/// </summary>
public class ClashSidesMoreTests
{
    [Fact]
    public void InfightingBetweenSidesIsAClash()
    {
        var record = EventTexts.Extract("وشهدت محافظة إدلب العام الماضي اقتتالا داخليا بين هيئة تحرير الشام من جهة وحركة أحرار الشام من جهة ثانية.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["SYRREB"], attack.Actors);
        Assert.Equal(["SYRREB"], attack.Targets);
    }

    [Theory]
    [InlineData("وقال الأمير في كلمته: \"نؤكد على أهمية إنهاء حالة الاقتتال في اليمن\".")]
    [InlineData("وحذر المسؤول من أن الاقتتال الداخلي في حزب المحافظين يعرقل المحادثات.")]
    public void InfightingWithNoSidesIsNoEvent(string text)
    {
        var record = EventTexts.Extract("واندلع اقتتال بين فصائل المعارضة في ريف حلب أمس. " + text);
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["SYRREB"], attack.Actors);
    }

    [Theory]
    [InlineData("واشتبكت قوات النظام مع مقاتلي هيئة تحرير الشام في ريف حماة.", "SYRMIL", "SYRREB")]
    [InlineData("واشتبك الجيش اليمني مع ميليشيا الحوثي في محافظة الجوف.", "YEMMIL", "YEMREB")]
    public void VerbOfClashingFightsTheOneAfterWith(string text, string actor, string target)
    {
        var attack = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "ASSAULT");
        Assert.Equal([actor], attack.Actors);
        Assert.Equal([target], attack.Targets);
    }

    [Fact]
    public void OneWhoManagesToRepelIsTheTarget()
    {
        var record = EventTexts.Extract("وتمكنت قوات النظام مع مسلحين محليين من صد هجوم تنظيم داعش في ريف السويداء.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain("SYRMIL", attack.Actors);
        Assert.Contains("SYRMIL", attack.Targets);
    }

    [Fact]
    public void LeaderWhoClashesWithAnotherQuarrels()
    {
        var record = EventTexts.Extract("اشتبك ترامب مع المستشارة الألمانية أنجيلا ميركل قبل القمة.");
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains(record.Events, e => e.Type == "ACCUSE" && e.Actors.Contains("USAGOV"));
    }
}

/// <summary>A vague count told again ("عشرات المفقودين" after "لا يزال العشرات مفقودين") is no happening of its own (Events/RepeatedFigureEvents).</summary>
public class RepeatedFigureEventsTests
{
    [Fact]
    public void VagueCountToldAgainMakesNoSecondAttack()
    {
        var record = EventTexts.Extract("قتل 39 مدنيا بينهم 12 طفلا في انفجار مستودع أسلحة في بلدة سرمدا قرب الحدود التركية في محافظة إدلب شمال غرب سوريا، فيما لا يزال العشرات مفقودين، وفق حصيلة جديدة للمرصد السوري لحقوق الإنسان.وارتفعت حصيلة القتلى المدنيين تدريجيا منذ وقوع التفحير فجر الأحد، ولا تزال عمليات الإغاثة مستمرة.\n"
            + "وقال مصدر في الدفاع المدني لمراسل الوكالة الفرنسية إن فرق الإغاثة تمكنت من \"انتشال خمسة أشخاص على قيد الحياة حتى الآن\"، مشيرا إلى أن بين القتلى نساء وأطفال.\n"
            + "وأوضح عبد الرحمن أن غالبية القتلى من عائلات مقاتلين في هيئة تحرير الشام (جبهة النصرة سابقا) نزحوا من محافظة حمص (وسط)، مرجحا ارتفاع الحصيلة لوجود \"عشرات المفقودين\".");
        Assert.Single(record.Events, e => e.Type == "ASSAULT");
    }
}
