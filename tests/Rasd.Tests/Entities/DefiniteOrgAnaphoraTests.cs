namespace Rasd.Tests.Entities;

/// <summary>"التنظيم" alone is the organisation last named "تنظيم …"; without one it is nothing.</summary>
public class DefiniteOrgAnaphoraTests
{
    [Fact]
    public void The_organisation_is_the_one_named_before()
    {
        var layer = EntityTestKit.Layer("سيطر تنظيم داعش على قرية في ريف حمص. وأعدم التنظيم ثلاثة مدنيين، وقال ناشطون إن عناصر مرتبطين بالتنظيم فروا.");
        var refs = layer.Mentions.Where(m => m.Text.EndsWith("تنظيم", StringComparison.Ordinal) && !m.IsNamedEntity).ToList();
        Assert.Equal(2, refs.Count);
        Assert.All(refs, m => Assert.Equal("SYRREB", m.Actor));
    }

    [Fact]
    public void Without_an_organisation_of_that_head_nothing_is_added()
    {
        var layer = EntityTestKit.Layer("سيطرت هيئة تحرير الشام على قرية في ريف إدلب. وقال التنظيم في بيان إنه لن ينسحب.");
        Assert.DoesNotContain(layer.Mentions, m => m.Text == "التنظيم");
    }

    [Fact]
    public void The_council_is_the_council_named_before()
    {
        var layer = EntityTestKit.Layer("ناقش مجلس الأمن الدولي مشروع قرار جديدا. وطالب المجلس الأطراف بوقف القتال.");
        var refs = layer.Mentions.Where(m => m.Text.EndsWith("المجلس", StringComparison.Ordinal) && !m.IsNamedEntity).ToList();
        Assert.Single(refs);
        Assert.Equal("IGO", refs[0].Actor);
    }

    [Fact]
    public void A_council_named_by_its_adjective_is_another_council()
    {
        var layer = EntityTestKit.Layer("ناقش مجلس الأمن الدولي مشروع القرار. وقال المجلس الوطني الكردي إنه يرفض القرار.");
        Assert.DoesNotContain(layer.Mentions, m => !m.IsNamedEntity && m.Actor == "IGO");
    }
}
