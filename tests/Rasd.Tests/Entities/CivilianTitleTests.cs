using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Entities;

/// <summary>Titles of people who act for no side ("المخرج", "الكاتب", "اللاعب") find the name after them, and give it no actor code.</summary>
public class CivilianTitleTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    [Theory]
    [InlineData("وفاز المخرج التونسي كريم بن عمار بالجائزة الكبرى في ختام المهرجان.", "كريم بن عمار")]
    [InlineData("وقالت الكاتبة الفرنسية كلير دوبري في مقال نشرته أمس إن الأزمة طويلة.", "كلير دوبري")]
    [InlineData("وسجل اللاعب البرازيلي ليوناردو سيلفا هدف الفوز في الدقيقة الأخيرة.", "ليوناردو سيلفا")]
    public void TheNameAfterTheTitleIsAPerson(string sentence, string name)
    {
        var record = Pipeline.Extract(new Document(sentence, "t", new DateOnly(2024, 3, 14)));
        Assert.Contains(record.Entities, e => e.Type == "PER" && e.Text.StartsWith(name, StringComparison.Ordinal));
    }

    [Theory]
    // "الإعلامية" and "الصحفي" are adjectives as often as titles ("العملية الإعلامية", "المؤتمر الصحفي"): they are not listed
    [InlineData("وتحتكر الجماعة العملية الإعلامية بشكل كامل في المدينة.")]
    [InlineData("وعقد الوزير المؤتمر الصحفي، والأسئلة المتكررة لم تتوقف.")]
    public void AdjectivesThatLookLikeTitlesFindNoName(string sentence)
    {
        var record = Pipeline.Extract(new Document(sentence, "t", new DateOnly(2024, 3, 14)));
        Assert.DoesNotContain(record.Entities, e => e.Type == "PER");
    }
}
