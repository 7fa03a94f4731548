using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>"الدول الثلاث", "الجانبين": a count phrase takes the codes of the last list of that many parties.</summary>
public class GroupAnaphoraTests
{
    [Fact]
    public void TheThreeStatesAreTheLastListOfThree()
    {
        var m = EntityTestKit.Find("اجتمع وزراء خارجية مصر والأردن والعراق في عمان، وأكدت الدول الثلاث دعمها للحل السياسي.", "الدول الثلاث");
        Assert.NotNull(m);
        Assert.Equal(["EGYGOV", "JORGOV", "IRQGOV"], m.Actor!.Split('+'));
        Assert.False(m.IsNamedEntity);
    }

    [Fact]
    public void TheTwoSidesSkipAListOfAnotherSize()
    {
        var m = EntityTestKit.Find("بحثت روسيا وتركيا الوضع في إدلب، ثم دعت فرنسا وألمانيا وإيطاليا إلى التهدئة. واتفق الجانبان على لقاء جديد.", "الجانبان");
        Assert.NotNull(m);
        Assert.Equal(["RUSGOV", "TURGOV"], m.Actor!.Split('+'));
    }

    [Fact]
    public void WithClitics()
    {
        var m = EntityTestKit.Find("التقى رئيسا مصر والسودان أمس، وقال بيان إن لقاء البلدين كان إيجابياً وإن الرئيسين اتفقا وللبلدين مصالح مشتركة.", "البلدين");
        Assert.NotNull(m);
        Assert.Equal(["EGYGOV", "SDNGOV"], m.Actor!.Split('+'));
        Assert.Contains(EntityTestKit.Layer("وللبلدين مصالح مشتركة بعد لقاء مصر والسودان. وللبلدين حدود طويلة.").Mentions, x => x.Text.EndsWith("بلدين", StringComparison.Ordinal) && x.Actor == "EGYGOV+SDNGOV");
    }

    [Fact]
    public void NoListNoGroup()
    {
        var layer = EntityTestKit.Layer("قالت الدول الثلاث إنها ستواصل العمل، واتفق الطرفان على الهدنة.");
        Assert.DoesNotContain(layer.Mentions, m => m.Text is "الدول الثلاث" or "الطرفان");
    }

    [Fact]
    public void PlacesAreNoList()
    {
        // "في لبنان والأردن" lists places; "البلدين" goes back to the two governments named as parties before
        var m = EntityTestKit.Find("وقعت مصر والسودان اتفاقاً، ثم انتشر المرض في لبنان والأردن، وقال وزير إن البلدين يواصلان التنسيق.", "البلدين");
        Assert.NotNull(m);
        Assert.Equal(["EGYGOV", "SDNGOV"], m.Actor!.Split('+'));
    }

    [Fact]
    public void StatesAreNotFactions()
    {
        var m = EntityTestKit.Find("اتفقت روسيا وتركيا على هدنة، واندلعت اشتباكات بين قوات النظام وفصائل المعارضة، وأكد البلدين التزامهما.", "البلدين");
        Assert.NotNull(m);
        Assert.Equal(["RUSGOV", "TURGOV"], m.Actor!.Split('+'));
        var sides = EntityTestKit.Find("اتفقت روسيا وتركيا على هدنة، واندلعت اشتباكات بين قوات النظام وفصائل المعارضة، وتبادل الطرفان القصف.", "الطرفان");
        Assert.NotNull(sides);
        Assert.Equal(["SYRMIL", "SYRREB"], sides.Actor!.Split('+'));
    }
}
