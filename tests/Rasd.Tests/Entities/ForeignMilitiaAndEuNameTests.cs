using Rasd.Tests.Events;

namespace Rasd.Tests.Entities;

/// <summary>Iraqi militias fighting beside the Syrian government, the European Parliament and the EU's foreign policy chief are named in data/organisations.tsv and data/people.tsv.</summary>
public class ForeignMilitiaAndEuNameTests
{
    [Theory]
    [InlineData("عصائب أهل الحق")]
    [InlineData("كتائب حزب الله")]
    [InlineData("كتائب أبو الفضل العباس")]
    public void An_iraqi_militia_is_an_organisation(string name)
    {
        var record = EventTexts.Extract($"وقال مصدر محلي إن عناصر من {name} انتشروا في أحياء المدينة الشرقية.", "militia");
        Assert.Contains(record.Entities, e => e.Type == "ORG" && e.Text == name);
    }

    [Fact]
    public void The_european_parliament_and_its_foreign_policy_chief_are_named()
    {
        var record = EventTexts.Extract("وطالبت فيديريكا موغيريني البرلمان الأوروبي بتأجيل التصويت على القرار.", "eu");
        Assert.Contains(record.Entities, e => e.Type == "PER" && e.Text == "فيديريكا موغيريني");
        Assert.Contains(record.Entities, e => e.Type == "ORG" && e.Text == "البرلمان الأوروبي");
    }

    // "الحلف الأطلسي" (and "الحلف الاطلسي") is how wire copy often names NATO
    [Theory]
    [InlineData("الحلف الأطلسي")]
    [InlineData("الحلف الاطلسي")]
    public void The_atlantic_alliance_is_nato(string name)
    {
        var record = EventTexts.Extract($"وأيدت واشنطن حق حليفتها في {name} بالدفاع عن نفسها.", "nato");
        Assert.Contains(record.Entities, e => e.Type == "ORG" && e.Text == name);
    }
}
