namespace Rasd.Tests.Events;

/// <summary>
/// Round T's rows and rules: a postponed happening and one that "was supposed to" happen did not take place; the bare adverb
/// "عادة" tells of a habit (but "كما جرت العادة" of one happening); the name behind ل after an accusation noun is the accused;
/// a mode cue does not reach past a cause word ("لم تدخل القافلة بسبب القصف": the shelling happened).
/// </summary>
public class BlindTRowsTests
{
    [Theory]
    [InlineData("أعلنت وزارة الخارجية تأجيل زيارة الرئيس الفرنسي إلى بيروت.", "CONSULT")]
    [InlineData("وأرجأت اللجنة الدولية للصليب الأحمر قافلة المساعدات إلى مضايا.", "AID")]
    [InlineData("وقالت المنظمة إن قافلة المساعدات أرجئت بسبب القصف على مدينة دوما.", "AID")]
    [InlineData("وكان من المفترض أن يلتقي الوزير نظيره التركي في أنقرة أمس.", "CONSULT")]
    public void APostponedHappeningDidNotTakePlace(string text, string type)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == type && e.Mode == "negated");
        Assert.DoesNotContain(record.Events, e => e.Type == type && e.Mode != "negated");
    }

    [Fact]
    public void WhatIsStillSupposedToHappenIsPlanned()
    {
        var record = EventTexts.Extract("ومن المفترض أن يلتقي الوزير نظيره التركي في أنقرة الأسبوع المقبل.");
        Assert.Contains(record.Events, e => e.Type == "CONSULT" && e.Mode == "planned");
    }

    [Fact]
    public void WhatUsuallyHappensIsNoEvent()
    {
        var record = EventTexts.Extract("وتأتي هذه الاتفاقات عادة بعد حصار طويل وتنتهي بخروج المسلحين من المدن.");
        Assert.DoesNotContain(record.Events, e => e.Type is "RETREAT" or "COERCE");
    }

    [Fact]
    public void AsIsCustomaryTellsOfOneHappening()
    {
        var record = EventTexts.Extract("وكما جرت العادة، هددت إيران بالرد على الهجوم الإسرائيلي في سوريا.");
        Assert.Contains(record.Events, e => e.Type == "THREATEN" && e.Actors.Contains("IRNGOV"));
    }

    [Theory]
    [InlineData("اتهامات للقوات التركية بقصف قرى في ريف عفرين.", "TURMIL")]
    [InlineData("انتقادات لروسيا في مجلس الأمن بسبب الغارات على إدلب.", "RUSGOV")]
    public void TheNameBehindLamAfterAnAccusationNounIsTheAccused(string text, string accused)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "ACCUSE" && e.Targets.Contains(accused) && !e.Actors.Contains(accused));
    }

    [Fact]
    public void AVerbCarryingTheAccusationNounNamesTheAccuser()
    {
        var record = EventTexts.Extract("ووجهت الحكومة الألمانية انتقادات لروسيا بسبب دعمها للنظام.");
        Assert.Contains(record.Events, e => e.Type == "ACCUSE" && e.Actors.Contains("DEUGOV") && e.Targets.Contains("RUSGOV"));
    }

    [Theory]
    [InlineData("ولم تدخل القافلة بسبب القصف على مدينة دوما.")]
    [InlineData("وأرجأت الأمم المتحدة القافلة جراء الغارات على دوما.")]
    public void WhatACauseWordOpensHappened(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Mode == "actual");
    }

    [Fact]
    public void ANegationWithoutACauseWordStillDenies()
    {
        var record = EventTexts.Extract("ولم تشن الطائرات أي غارة على دوما.");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Mode == "negated");
    }

    [Fact]
    public void TheAccuserNamedBeforeTheNounStaysTheAccuser()
    {
        var record = EventTexts.Extract("وكرر الوزير الجبير اتهاماته لإيران بزعزعة استقرار المنطقة.");
        Assert.Contains(record.Events, e => e.Type == "ACCUSE" && e.Actors.Contains("SAUGOV") && e.Targets.Contains("IRNGOV"));
    }

    [Fact]
    public void ANameWhoseOwnFirstLetterIsLamIsNoAccused()
    {
        var record = EventTexts.Extract("وانتقد لافروف محاولات عرقلة الحوار.");
        Assert.Contains(record.Events, e => e.Type == "ACCUSE" && e.Actors.Contains("RUSGOV"));
    }

    [Fact]
    public void OneInstanceOfAHabitHappened()
    {
        var record = EventTexts.Extract("وقال الرئيس إن هذا الكلام ابتزاز يستخدم عادة ذريعة لتوجيه ضربات إلى الجيش كما حصل العام الماضي في قصف مطار الشعيرات من قبل الولايات المتحدة.");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Actors.Contains("USAMIL"));
    }

    [Fact]
    public void AskingToPostponeLeavesTheHappeningOpen()
    {
        var record = EventTexts.Extract("وطلبت الحكومة تأجيل المفاوضات مع الفصائل في درعا.");
        Assert.DoesNotContain(record.Events, e => e.Type == "CONSULT" && e.Mode == "negated");
    }

    [Fact]
    public void APostponementDoesNotReachWhatItFollows()
    {
        var record = EventTexts.Extract("وأرجأ الأمين العام رحلة مقررة له إلى الرياض بعد الضربات الغربية على دمشق.");
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT" && e.Mode == "negated");
    }

    [Theory]
    [InlineData("وخلصت لجنة تحقيق دولية إلى أن الحكومة السورية مسؤولة عن هجوم بغاز السارين على بلدة في ريف إدلب.")]
    [InlineData("وقال البيت الأبيض إن النظام مسؤول عن الهجوم الكيماوي على دوما.")]
    public void TheOneHeldResponsibleForAnAttackDidIt(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Actors.Contains("SYRMIL"));
        Assert.Contains(record.Events, e => e.Type == "ACCUSE" && e.Targets.Contains("SYRGOV"));
    }

    [Theory]
    [InlineData("وقال المرصد إن الحكومة السورية شنت ثلاث هجمات على بلدات في ريف حماة.")]
    [InlineData("ووجدت اللجنة أن النظام نفذ ثلاث هجمات بغاز الكلور.")]
    public void ACountInWordsKeepsTheAgentOfTheCarryingVerb(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Actors.Contains("SYRMIL"));
    }

    [Fact]
    public void ANameThatSpellsAChoiceIsNoUltimatum()
    {
        var record = EventTexts.Extract("وقال المدير الإقليمي للمنظمة خيرت كابالاري إن الوضع في الغوطة مأساوي.");
        Assert.DoesNotContain(record.Events, e => e.Type == "THREATEN");
    }

    [Fact]
    public void AChoiceBetweenTwoOutcomesIsAnUltimatum()
    {
        var record = EventTexts.Extract("وقال مصدر معارض إن الروس خيروا \"جيش الإسلام\" بين الاستسلام أو الهجوم.");
        Assert.Contains(record.Events, e => e.Type == "THREATEN" && e.Actors.Contains("RUSGOV"));
    }

    [Fact]
    public void AMonitorThatReportsADeploymentDoesNotDeploy()
    {
        var record = EventTexts.Extract("وقال مدير المرصد السوري لحقوق الإنسان إن تعزيزات عسكرية وصلت إلى ريف حماة.");
        Assert.Contains(record.Events, e => e.Type == "MOBILIZE");
        Assert.DoesNotContain(record.Events, e => e.Actors.Contains("SYRNGO"));
    }

    [Theory]
    [InlineData("وتتعرض الغوطة الشرقية لهجوم عنيف منذ أيام من قبل نظام الرئيس السوري بشار الأسد.")]
    [InlineData("وأكدت الدولة العبرية أن الهجوم على دوما جريمة ارتكبها نظام الرئيس بشار الأسد.")]
    public void AnActorCueReachesAPersonAcrossHisTitle(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Actors.Contains("SYRMIL"));
    }
}
