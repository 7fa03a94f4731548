namespace Rasd.Tests.Events;

/// <summary>Sports senses beyond a match's own sentences: a team's attack anywhere in a report, clubs named by common words, games counted after "خسر", a player's injury.</summary>
public class SportsContextTests
{
    // a report of five concepts (match, half, player, league, coach) whose lines of the squad name no sports word
    private const string Report =
        "قائمة المنتخب لمباراة الجمعة\n\n" +
        "أعلن مدرب المنتخب قائمة اللاعبين للمباراة المقبلة في الدوري بعد الشوط الأخير من التحضيرات.\n";

    [Fact]
    public void AReportsLineOfForwardsIsNoAttack()
    {
        var record = EventTexts.Extract(Report + "الهجوم: محمد صلاح (ليفربول)، مروان محسن (الأهلي).\n", "forwards");
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void AnAttackOfAWarToldInAReportStays()
    {
        var record = EventTexts.Extract(Report + "وفرت عائلته من البلدة أمام الهجوم الصربي خلال الحرب عام 1992.\n", "war-attack");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void AClubNamedByACommonWordIsNoAgreement()
    {
        const string text = "اتحاد جدة يكتسح الاتفاق والرائد وأحد إلى الملحق\n\nتأهل اتحاد جدة إلى الدور نصف النهائي من المسابقة.\n";
        var record = EventTexts.Extract(text, "club");
        Assert.DoesNotContain(record.Events, e => e.Type == "AGREE");
    }

    [Fact]
    public void AnAgreementBesideAClubStaysOne()
    {
        const string text = "اتحاد جدة يكتسح الرائد\n\nتأهل اتحاد جدة إلى الدور نصف النهائي من المسابقة.\nوأعلنت الحكومة اليمنية أنه تم الاتفاق على وقف إطلاق النار في مدينة الحديدة.\n";
        var record = EventTexts.Extract(text, "club-guard");
        Assert.Contains(record.Events, e => e.Type == "AGREE");
    }

    [Fact]
    public void GamesLostAreNoDead()
    {
        var record = EventTexts.Extract(Report + "وخسر الفريق ثماني من آخر عشر مباريات خاضها هذا الموسم.\n", "games-lost");
        Assert.DoesNotContain(record.Events.SelectMany(e => e.Figures), f => f.Role == "killed");
    }

    [Fact]
    public void APlayerHurtInTheKneeIsNoCasualty()
    {
        var record = EventTexts.Extract(Report + "وكان لاعب الوسط قد خرج مصابا في الركبة خلال المباراة الماضية.\n", "knee");
        Assert.DoesNotContain(record.Events.SelectMany(e => e.Figures), f => f.Role == "injured");
    }

    [Fact]
    public void FansHurtByBulletsStayCasualties()
    {
        var record = EventTexts.Extract(Report + "وأصيب ثلاثة أشخاص برصاص الشرطة في الكتف خلال احتجاجات في مدينة القاهرة أمس.\n", "fans-shot");
        Assert.Contains(record.Events.SelectMany(e => e.Figures), f => f.Role == "injured");
    }
}
