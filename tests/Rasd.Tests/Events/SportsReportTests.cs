namespace Rasd.Tests.Events;

/// <summary>In a match report the game's sentences use trigger words in their sports sense (a match, an elimination, a sending-off): no events.</summary>
public class SportsReportTests
{
    private const string MatchReport =
        "الوحدة يودع كأس الخليج للأندية\n\n" +
        "ودع فريق الوحدة البطولة من الدور ربع النهائي مساء أمس، بعد خسارته أمام الشرطة بهدفين مقابل هدف في اللقاء الذي جمعهما على ملعب المدينة الرياضية.\n" +
        "وافتتح الشرطة التسجيل في الدقيقة 12 إثر تسديدة قوية من خارج المنطقة، قبل أن يعادل لاعب الوسط النتيجة من ركلة جزاء في نهاية الشوط الأول.\n" +
        "وفي الشوط الثاني شن الضيوف هجوما متواصلا على مرمى الوحدة، وأضافوا الهدف الثاني من تمريرة عرضية.\n" +
        "وتعرض مدافع الوحدة للطرد بعد تدخل عنيف، ليعلن الحكم نهاية المباراة وخروج الفريق من المسابقة.\n";

    [Fact]
    public void AMatchReportHasNoMeetingWithdrawalOrAttack()
    {
        var record = EventTexts.Extract(MatchReport, "match");
        Assert.DoesNotContain(record.Events, e => e.Type is "CONSULT" or "RETREAT" or "ASSAULT" or "COERCE");
    }

    [Fact]
    public void ASentenceWithoutSportsWordsInAMatchReportKeepsItsEvent()
    {
        const string war = "وكانت طائرات حربية قد قصفت مدينة حمص الأسبوع الماضي وقتلت خمسة مدنيين.\n";
        var record = EventTexts.Extract(MatchReport + war, "match-and-war");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Places.Contains("SY04"));
    }

    [Fact]
    public void OneSportsWordDoesNotMakeAMatchReport()
    {
        // a stadium in a war report: the shelling is an attack
        const string text = "قصف على حمص\n\nوقصفت قوات النظام ملعب المدينة في حمص أمس، ما أدى إلى مقتل ثلاثة مدنيين كانوا يحتمون فيه.\n";
        var record = EventTexts.Extract(text, "stadium");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT");
    }

    // a cup report told by the clock and the rounds: the match named beside a goal ("اللقاء بين …") is no meeting of two states
    [Fact]
    public void ACupReportToldByTheClockAndTheRoundsHasNoMeeting()
    {
        const string text = "كأس العالم: الأرجنتين تتأهل إلى نصف النهائي\n\n" +
            "تغلب منتخب الأرجنتين على نظيره الهولندي بهدفين نظيفين في المواجهة التي احتضنها ملعب العاصمة مساء الأحد.\n" +
            "وافتتح المهاجم التسجيل في الدقيقة 34، ثم أضاف زميله الهدف الثاني في الدقيقة 81، ليضمن التأهل إلى نصف النهائي.\n" +
            "وسجل المهاجم الهدف الثالث في الدقيقة 90، ليترشح فريقه لمواجهة الفائز من اللقاء بين فرنسا وإسبانيا.\n";
        var record = EventTexts.Extract(text, "cup");
        Assert.DoesNotContain(record.Events, e => e.Type == "CONSULT");
    }

    // a motor race is a sports report too: the drivers' talks on the rules are no talks of states
    [Fact]
    public void AMotorRaceReportHasNoMeeting()
    {
        const string text = "الفورمولا واحد: تعديلات على سباق الجائزة الكبرى\n\n" +
            "أعلن الاتحاد الدولي للسيارات تعديلات على قواعد بطولة العالم للفورمولا واحد بعد اللقاء بين الفرق في باريس.\n" +
            "وقال البيان إن المحادثات مع الفرق ستستمر قبل سباق الجائزة الكبرى المقبل على حلبة مونزا في إيطاليا، بمشاركة السائقين والمنظمين وفرق السباق.\n";
        var record = EventTexts.Extract(text, "race");
        Assert.DoesNotContain(record.Events, e => e.Type == "CONSULT");
    }

    // a club's cup exit told by its coach, its transfers and a penalty shoot-out: the round it meets its next opponent in is
    // the league's, not a round of talks (nor is the transfer a deal or the strikers' attack an assault)
    [Fact]
    public void AClubReportToldByCoachTransfersAndPenaltiesHasNoTalksDealOrAttack()
    {
        const string text = "النادي الإماراتي يودع البطولة الآسيوية بركلات الترجيح\n\n" +
            "خرج النادي الإماراتي من الدور الثاني في الدوحة بعد خسارته بركلات الترجيح أمام منافسه القطري، وقال المدرب إن فريقه سيعود أقوى في الجولة الأولى من الموسم المقبل.\n" +
            "وأضاف المدير الفني أن إدارة النادي أتمت صفقة مع نادي الهلال السعودي لضم مهاجم جديد في سوق الانتقالات الصيفية لتعزيز الهجوم.\n" +
            "ويلتقي النادي مع منافسه الأردني في عمان في الجولة الأولى من الدوري بعد أسبوعين.\n";
        var record = EventTexts.Extract(text, "club");
        Assert.DoesNotContain(record.Events, e => e.Type is "CONSULT" or "AGREE" or "ASSAULT" or "RETREAT");
    }

    // fans, football and a cup are a sport's world, not its games: counted as concepts they would make this report of an
    // arrest (a match, a club, fans, football, a cup) a match report, and its arrest would be lost
    [Fact]
    public void FansArrestedAfterAGameAreArrested()
    {
        const string text = "الشرطة المصرية تعتقل عشرات المشجعين بعد مباراة كرة القدم\n\n" +
            "ألقت قوات الأمن المصرية القبض على عشرات من مشجعي النادي في القاهرة بعد مباراة في كأس البلاد لكرة القدم، إثر هتافات ضد الحكومة.\n" +
            "وقالت منظمة حقوقية إن المعتقلين ما زالوا محتجزين من دون تهمة.\n";
        var record = EventTexts.Extract(text, "fans");
        Assert.Contains(record.Events, e => e.Type == "COERCE" && e.Actors.Contains("EGYGOV"));
    }

    // in a report "اللقاء" is the match in any sentence, even one that names no word of the game (data/sports_sense_triggers.tsv)
    [Fact]
    public void AMatchWordWithoutSportsWordsInAReportIsNoMeeting()
    {
        var record = EventTexts.Extract(MatchReport + "وتخوض مصر اللقاء المقبل أمام السعودية في جدة يوم الأحد.\n", "next-match");
        Assert.DoesNotContain(record.Events, e => e.Type == "CONSULT");
    }

    // a report's counts of strikes are kicks: "3 ضربات جزاء" counts no attacks
    [Fact]
    public void AReportsCountOfPenaltiesIsNoAttack()
    {
        var record = EventTexts.Extract(MatchReport + "وأهدر اللاعب 3 ضربات جزاء في المباراة.\n", "penalties");
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
    }

    // a short text that is no report: a meeting word beside a word that alone tells the game ("مباراة") is a match
    [Fact]
    public void AMeetingWordBesideAMatchIsAMatchOutsideAReport()
    {
        const string text = "الأهلي يستعد\n\nويلتقي الأهلي مع ضيفه الإسماعيلي في مباراة مؤجلة يوم الأحد المقبل.\n";
        var record = EventTexts.Extract(text, "fixture");
        Assert.DoesNotContain(record.Events, e => e.Type == "CONSULT");
    }

    // a deal word beside two concepts of the game (a player, a club) is a transfer, outside a report too
    [Fact]
    public void ADealBesideAPlayerAndAClubIsATransfer()
    {
        const string text = "المهاجم ينتقل إلى فرنسا\n\nوانضم اللاعب البرازيلي إلى النادي الفرنسي قادما من برشلونة الإسباني في صفقة قياسية بلغت قيمتها 222 مليون يورو.\n";
        var record = EventTexts.Extract(text, "transfer");
        Assert.DoesNotContain(record.Events, e => e.Type == "AGREE");
    }

    // "صفقة انتقال" is a transfer and "ضربة ثابتة" a set piece wherever they stand (data/event_trigger_blockers.tsv)
    [Theory]
    [InlineData("وأتمت الإدارة صفقة انتقال المهاجم البرازيلي أمس.", "AGREE")]
    [InlineData("وأعلنت إدارة برشلونة الإسباني صفقة انتقال المهاجم البرازيلي إلى باريس.", "AGREE")]
    [InlineData("وسجل المدافع الفرنسي من ضربة ثابتة في باريس مساء الأحد.", "ASSAULT")]
    public void ATransferAndASetPieceAreNoEvents(string sentence, string type)
    {
        var record = EventTexts.Extract("خبر\n\n" + sentence + "\n", "kick");
        Assert.DoesNotContain(record.Events, e => e.Type == type);
    }

    // one word of a sport that also has another sense ("سباق التسلح") does not make an arms deal a transfer, and the heads of
    // two states who meet at a match still meet
    [Fact]
    public void AnArmsDealAndLeadersMeetingAtAMatchStay()
    {
        const string arms = "صفقة أسلحة\n\nووقعت الحكومة المصرية صفقة أسلحة مع روسيا تؤجج سباق التسلح في المنطقة.\n";
        Assert.Contains(EventTexts.Extract(arms, "arms").Events, e => e.Type == "AGREE");
        const string leaders = "لقاء على هامش المونديال\n\nوعقد الرئيس المصري عبد الفتاح السيسي لقاء مع الرئيس الروسي فلاديمير بوتين قبل المباراة الافتتاحية في موسكو.\n";
        Assert.Contains(EventTexts.Extract(leaders, "leaders").Events, e => e.Type == "CONSULT");
    }

    // in a report, a round of talks, a summit of a body of states and an air strike told in sentences without sports words stay
    [Fact]
    public void TalksASummitAndAnAirStrikeInAReportStay()
    {
        var talks = EventTexts.Extract(MatchReport + "وتستضيف جنيف جولة مفاوضات جديدة بين الحكومة السورية والمعارضة الأسبوع المقبل.\n", "talks");
        Assert.Contains(talks.Events, e => e.Type == "CONSULT");
        var summit = EventTexts.Extract(MatchReport + "وانعقدت قمة حلف شمال الأطلسي في بروكسل بحضور قادة الدول الأعضاء.\n", "summit");
        Assert.Contains(summit.Events, e => e.Type == "CONSULT");
        var strike = EventTexts.Extract(MatchReport + "وشنت طائرات حربية ضربة جوية على مدينة حمص أمس.\n", "strike");
        Assert.Contains(strike.Events, e => e.Type == "ASSAULT");
    }

    // a lost match's score counts goals, not the dead (Events/MatchScore.cs): "خسر 3-صفر" is no attack with three killed
    [Fact]
    public void AScoreAfterALostMatchIsNoCountOfTheDead()
    {
        const string text = "سيتي يودع\n\nوكان سيتي قد خسر 3-صفر في انفيلد قبل ستة أيام، ثم خسر 2-1 على ملعبه.\n";
        var record = EventTexts.Extract(text, "score");
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
    }

    // a play word in a sentence naming two concepts of the game is a contest (data/sports_sense_triggers.tsv, scope "play")
    [Fact]
    public void MatchesOfALeagueRoundAreNoClashes()
    {
        const string text = "الدوري يعود\n\nعادت الحياة لدوري الخليج العربي في قمة مواجهات الأسبوع الـ 19 التي انطلقت أمس، وتمثل المباراة إحدى أهم المحطات أمام الفريق البنفسجي.\n";
        var record = EventTexts.Extract(text, "round");
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
    }
}
