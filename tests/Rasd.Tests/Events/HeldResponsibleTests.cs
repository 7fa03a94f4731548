namespace Rasd.Tests.Events;

/// <summary>
/// "باريس تحمل أنقرة مسؤولية القصف" (the imperfect of "held responsible") and "إن الحكومة تتحمل مسؤولية الهجوم" (bearing
/// the responsibility for an attack) are accusations; carrying something or bearing a duty is none.
/// </summary>
public class HeldResponsibleTests
{
    [Fact]
    public void The_imperfect_of_holding_responsible_is_an_accusation()
    {
        var record = EventTexts.Extract("لندن تحمل طهران مسؤولية الهجمات على ناقلات النفط في الخليج");
        var accuse = Assert.Single(record.Events, e => e.Type == "ACCUSE");
        Assert.Contains("GBRGOV", accuse.Actors);
        Assert.Contains("IRNGOV", accuse.Targets);
    }

    [Fact]
    public void Bearing_the_responsibility_for_an_attack_blames_the_one_named_before()
    {
        var record = EventTexts.Extract("وقال وزير الخارجية الفرنسي يوم الأربعاء إن الحكومة الإيرانية تتحمل مسؤولية الهجوم على السفارة.");
        var accuse = Assert.Single(record.Events, e => e.Type == "ACCUSE");
        Assert.Contains("IRNGOV", accuse.Targets);
    }

    [Fact]
    public void Trucks_carrying_aid_blame_nobody()
    {
        var record = EventTexts.Extract("ودخلت قافلة تحمل مساعدات غذائية إلى البلدة يوم الأربعاء، وقال المسؤول إن الدولة تتحمل مسؤولية حماية المدنيين.");
        Assert.DoesNotContain(record.Events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void Bearing_as_a_verbal_noun_blames_nobody()
    {
        var record = EventTexts.Extract("وقال الوزير الألماني يوم الأربعاء إن على الحكومات تحمل مسؤولية اللاجئين، ولا بد من التأكد من تحمل المسؤولين عن الهجوم المسؤولية كاملة.");
        Assert.DoesNotContain(record.Events, e => e.Type == "ACCUSE");
    }
}
