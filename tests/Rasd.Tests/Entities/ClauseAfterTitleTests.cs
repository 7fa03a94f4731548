namespace Rasd.Tests.Entities;

/// <summary>A clause that opens with "فإن" or with "وت" and an imperfect verb right after a title is no person's name.</summary>
public class ClauseAfterTitleTests
{
    [Theory]
    [InlineData("وبوصول هانت إلى منصب وزير الخارجية فإن الرجل يدخل إلى دائرة الضوء.")]
    // (a guard: the corpus's "… وتلغي منصب" came after a title in a longer clause)
    [InlineData("وأكد أن الرئيس الجديد وتلغي الحكومة منصب نائبه غدا.")]
    public void AClauseAfterATitleIsNoName(string sentence) =>
        Assert.Empty(EntityTestKit.People(sentence));

    [Theory]
    // (guards: names that begin with these letters)
    [InlineData("وقال الأمير فيصل بن فرحان إن المملكة ترحب بالقرار.", "فيصل بن فرحان")]
    [InlineData("وقال الزعيم الدرزي وليد جنبلاط إن الحزب يرفض.", "وليد جنبلاط")]
    [InlineData("وقال الممثل الأمريكي ويندل بيرس إنه سعيد.", "ويندل بيرس")]
    public void NamesThatBeginSoStayNames(string sentence, string name) =>
        Assert.Contains(name, EntityTestKit.People(sentence));
}
