namespace Rasd.Tests.Events;

/// <summary>
/// Brandishing force ("لوّح بـ") is a threat, a denying participle ("نافيا") a rejection and taking to the streets a protest;
/// a danger described ("مما يهدد بكارثة", "تهديدا لأمنها") or something looming ("تلوح في الأفق") is no threat anyone makes.
/// </summary>
public class BrandishAndDangerTests
{
    [Theory]
    [InlineData("ولوّحت الحكومة البريطانية بفرض عقوبات جديدة على الشركات المخالفة.", "GBRGOV")]
    [InlineData("ويلوح الرئيس الفرنسي بعملية عسكرية ضد معاقل المهربين على الساحل.", "FRAGOV")]
    public void BrandishingIsAThreat(string text, string actor)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "THREATEN" && e.Mode == "actual" && e.Actors.Contains(actor));
    }

    [Fact]
    public void WhatIsBrandishedMayHappen()
    {
        var record = EventTexts.Extract("وأنهى الوزير زيارته إلى العاصمة ملوحا بشن ضربات جوية على مواقع المسلحين.");
        Assert.Contains(record.Events, e => e.Type == "THREATEN");
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT" && e.Mode == "actual");
    }

    [Theory]
    [InlineData("وتلوح في الأفق أزمة غذاء في البلاد مع تراجع الأمطار.")]
    [InlineData("ولوح المشجعون بالأعلام في شوارع العاصمة بعد الفوز.")]
    [InlineData("وقال الخبير إن فرصة تلوح الآن لإنهاء الخلاف بين البلدين.")]
    [InlineData("وانتشرت الأمراض بين السكان مما يهدد بكارثة صحية في المخيمات.")]
    [InlineData("وتعتبر الحكومة وجود المسلحين قرب حدودها تهديدا لأمنها القومي.")]
    public void DangersAndLoomingAreNoThreat(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.DoesNotContain(record.Events, e => e.Type == "THREATEN");
    }

    [Fact]
    public void ADenyingParticipleIsARejection()
    {
        var record = EventTexts.Extract("وأكد المتحدث أن الجيش انسحب من المعبر، نافيا وقوع أي اشتباكات مع السكان.");
        Assert.Contains(record.Events, e => e.Type == "REJECT" && e.Mode == "actual");
    }

    [Fact]
    public void TakingToTheStreetsIsAProtest()
    {
        var record = EventTexts.Extract("وخرج إلى الشوارع آلاف من سكان مدينة اللاذقية يطالبون بتوفير الكهرباء.");
        Assert.Contains(record.Events, e => e.Type == "PROTEST" && e.Mode == "actual");
    }
}
