using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>News outlets: the outlet noun before a known outlet ("وكالة", "صحيفة") and a following "للأنباء" belong to its name.</summary>
public class OutletNameTests
{
    [Theory]
    [InlineData("ونقلت وكالة إنترفاكس للأنباء عن مسؤول في الميناء أن السفينة غادرت", "وكالة إنترفاكس للأنباء", "interfax")]
    [InlineData("وذكرت وكالة أنباء شينخوا أن الحريق امتد إلى مستودع مجاور", "وكالة أنباء شينخوا", "xinhua")]
    [InlineData("وقال الوزير لصحيفة الغارديان إن المحادثات لم تنته", "صحيفة الغارديان", "guardian")]
    [InlineData("وأكد المتحدث لقناة فوكس نيوز أن القرار نهائي", "قناة فوكس نيوز", "fox-news")]
    public void The_outlet_noun_is_part_of_a_known_outlet_name(string sentence, string text, string id)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Org, m!.Type);
        Assert.Equal(id, m.Id);
    }

    // annotators keep the quoted name alone; there a name no list has is an organisation too
    [Theory]
    [InlineData("وكتبت صحيفة \"كوميرسانت\" الروسية أن العقد وقع قبل أسبوع", "كوميرسانت")]
    [InlineData("وقال مسؤول لوكالة «فرانس برس» إن القافلة وصلت", "فرانس برس")]
    [InlineData("وبث موقع «الرصد الجديد» المعارض تسجيلا مصورا", "الرصد الجديد")]
    public void A_quoted_name_after_an_outlet_noun_is_the_organisation_alone(string sentence, string text)
    {
        var orgs = EntityTestKit.Layer(sentence).Mentions.Where(m => m.Type == EntityType.Org).ToList();
        Assert.Equal(text, Assert.Single(orgs).Text);
    }

    [Theory]
    [InlineData("وكتبت صحيفة كوميرسانت أن العقد وقع قبل أسبوع")]
    [InlineData("وقالت صحيفة بريطانية إن المفاوضات تعثرت")]
    [InlineData("وأعلنت وكالة الفضاء عن إطلاق قمر جديد")]
    public void An_outlet_noun_without_a_known_outlet_names_nothing(string sentence) =>
        Assert.DoesNotContain(EntityTestKit.Layer(sentence).Mentions, m => m.Type == EntityType.Org);

    [Fact]
    public void A_platform_is_not_an_outlet_so_its_noun_stays_out() =>
        Assert.Contains(EntityTestKit.Layer("ونشر الناشط مقطعا على موقع تويتر مساء الأحد").Mentions, m => m.Text == "تويتر");
}
