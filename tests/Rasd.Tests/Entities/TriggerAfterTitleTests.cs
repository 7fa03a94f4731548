namespace Rasd.Tests.Entities;

/// <summary>An event word right after a title ("الرئيس الفرنسي محادثات مهمة", "الوزير جولة") is the headline's event, not a name; a name before it ends there.</summary>
public class TriggerAfterTitleTests
{
    [Theory]
    [InlineData("وبدأ وزير الخارجية الإيطالي جولة تشمل ثلاث عواصم خليجية")]
    [InlineData("الرئيس الفرنسي محادثات مهمة مع نظيره البرازيلي حول المناخ")]
    public void An_event_word_after_a_title_is_no_name(string sentence) =>
        Assert.Empty(EntityTestKit.People(sentence));

    [Fact]
    public void A_name_ends_before_an_event_word() =>
        Assert.Equal(["خالد الرفاعي"], EntityTestKit.People("وبدأ الوزير خالد الرفاعي جولة في المحافظات الجنوبية"));
}
