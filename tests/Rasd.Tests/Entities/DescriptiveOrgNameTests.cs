using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>Bodies named by a head noun and its definite complements (data/org_name_heads.tsv), which no list holds.</summary>
public class DescriptiveOrgNameTests
{
    [Theory]
    [InlineData("وأعلنت وكالة الاستخبارات والتحقيقات الاتحادية في وزارة الداخلية أنها قدمت المعلومات", "وكالة الاستخبارات والتحقيقات الاتحادية")]
    [InlineData("وقالت هيئة الطيران المدني الإماراتي إن الرحلات ستستأنف", "هيئة الطيران المدني الإماراتي")]
    [InlineData("وأعلنت مديرية الصحة في إدلب مقتل خمسة مدنيين", "مديرية الصحة")]
    [InlineData("وقالت الهيئة العامة للرياضة إن المباراة ستقام في موعدها", "الهيئة العامة للرياضة")]
    [InlineData("وأعربت المنظمة الأفريقية للثقافة وحقوق الإنسان عن قلقها", "المنظمة الأفريقية للثقافة وحقوق الإنسان")]
    [InlineData("وأعلنت قيادة العمليات المشتركة في العراق مقتل عشرة مسلحين", "قيادة العمليات المشتركة")]
    public void A_head_and_its_definite_complements_name_an_organisation(string sentence, string text)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Org, m!.Type);
    }

    [Fact]
    public void A_place_inside_the_name_is_still_named()
    {
        var layer = EntityTestKit.Layer("وطالب مجلس محافظة حلب الحرة بالمساعدة");
        Assert.Contains(layer.Mentions, m => m.Text == "مجلس محافظة حلب الحرة" && m.Type == EntityType.Org);
        Assert.Contains(layer.Mentions, m => m.Text == "حلب" && m.Type == EntityType.Loc);
    }

    [Theory]
    [InlineData("وأدانت وزارة الخارجية والمغتربين السورية الهجوم", "وزارة الخارجية والمغتربين السورية", "SYRGOV")]
    // the sector of the body inside the name, as the body alone had it
    [InlineData("وقال رئيس وكالة الاستخبارات العسكرية الروسية إن", "وكالة الاستخبارات العسكرية الروسية", "RUSMIL")]
    public void A_nationality_gives_the_state_body_its_side(string sentence, string text, string actor)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal(actor, m!.Actor);
    }

    [Theory]
    [InlineData("وقتل خمسة مدنيين في مديرية التحيتا جنوب الحديدة", "مديرية")]
    [InlineData("وقال رئيس مجلس الإدارة إن الشركة حققت أرباحا", "مجلس")]
    [InlineData("وأدانت هيئة علماء المسلمين التفجير الذي وقع أمس", "هيئة")]
    [InlineData("واعتبرها منظمة إرهابية شديدة الخطورة", "منظمة")]
    [InlineData("وقال بيان صادر عن مكتب القذافي إن الزعيم", "مكتب")]
    [InlineData("وأصدرت منظمة البلدان المصدرة للنفط تقريرها الشهري", "منظمة")]
    [InlineData("وقالت وزارة الخارجية في بيان إن الوزير سافر", "وزارة")]
    public void No_organisation_where_the_words_name_none(string sentence, string head)
    {
        var layer = EntityTestKit.Layer(sentence);
        Assert.DoesNotContain(layer.Mentions, m => m.Type == EntityType.Org && m.Text.StartsWith(head, StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_body_keeps_its_own_entry()
    {
        var m = EntityTestKit.Find("ودعت روسيا مجلس الأمن الدولي إلى الانعقاد", "مجلس الأمن الدولي");
        Assert.NotNull(m);
        Assert.Equal("IGO", m!.Actor);
    }
}
