namespace Rasd.Tests.Entities;

/// <summary>What follows a title is no name when it is the body the title heads ("رئيسة لجنة …") or a particle ("عما"); a head noun after a name ends it.</summary>
public class TitleBodyNounTests
{
    [Theory]
    [InlineData("وقالت رئيسة لجنة مستقلة للتحقيق إن النتائج جاهزة")]
    [InlineData("وأعلن رئيس هيئة أركان الجيش إن القوات مستعدة")]
    [InlineData("وسأل الصحفي الوزير عما ينوي فعله بعد الزيارة")]
    public void A_body_noun_or_a_particle_after_a_title_is_no_name(string sentence) =>
        Assert.Empty(EntityTestKit.People(sentence));

    [Fact]
    public void A_head_noun_after_a_name_ends_it() =>
        Assert.Equal(["يوسف الخطيب"], EntityTestKit.People("وقال اللواء يوسف الخطيب مدير العمليات إن العمل مستمر"));
}
