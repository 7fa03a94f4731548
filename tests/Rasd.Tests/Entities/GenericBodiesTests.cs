using Rasd.Tests.Events;

namespace Rasd.Tests.Entities;

/// <summary>
/// "الدفاع المدني", "الحرس الجمهوري", "الدفاع الوطني" are Syrian bodies in Syria news, but any country's institution (or no
/// body at all) in a report with nothing Syrian in it.
/// </summary>
public class GenericBodiesTests
{
    private static Records.EntityRecord? Entity(string text, string name) =>
        EventTexts.Extract(text).Entities.SingleOrDefault(e => e.Text.EndsWith(name, StringComparison.Ordinal));

    [Fact]
    public void Civil_defence_in_a_report_on_Gaza_is_Palestinian() =>
        Assert.Equal("PSEGOV", Entity("اندلع حريق في مخزن بمدينة غزة، وهرعت طواقم الدفاع المدني لإطفاء الحريق. وقالت مصادر في غزة إنه لم يسفر عن إصابات.", "الدفاع المدني")?.Actor);

    [Fact]
    public void Civil_defence_in_Syria_news_stays_the_White_Helmets() =>
        Assert.Equal("SYRNGO", Entity("قال الدفاع المدني إن خمسة مدنيين قتلوا في غارات على مدينة إدلب.", "الدفاع المدني")?.Actor);

    [Fact]
    public void The_Republican_Guard_of_a_report_on_Egypt_is_Egypts() =>
        Assert.Equal("EGYMIL", Entity("عين الرئيس المصري قائد الحرس الجمهوري وزيرا للدفاع في مصر، وفق ما أعلنت الرئاسة في القاهرة.", "الحرس الجمهوري")?.Actor);

    [Fact]
    public void National_defence_in_a_law_abroad_is_no_body() =>
        Assert.Null(Entity("وافق الكونغرس في واشنطن على قانون تفويض الدفاع الوطني، وقال البيت الأبيض في واشنطن إن الرئيس سيوقعه.", "الدفاع الوطني"));

    [Fact]
    public void National_defence_forces_in_Syria_news_stay_Syrian() =>
        Assert.Equal("SYRMIL", Entity("هاجمت ميليشيا الدفاع الوطني بلدة في ريف حماة الشمالي.", "الدفاع الوطني")?.Actor);
}
