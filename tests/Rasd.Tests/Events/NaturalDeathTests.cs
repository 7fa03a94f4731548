namespace Rasd.Tests.Events;

/// <summary>The dead of cold, heat, a storm or an illness are no casualties of an attack: their figures count for no event.</summary>
public class NaturalDeathTests
{
    [Theory]
    [InlineData("وتوفي طفلان بسبب البرد الشديد في مخيم للنازحين قرب الحدود.")]
    [InlineData("وسجلت ثلاث حالات وفاة بين اللاجئين جراء موجة الحر في المخيم.")]
    // (a guard: no figure is read from this one either way)
    [InlineData("وتوفيت ثلاث نساء من شدة البرد في أحد مخيمات ريف إدلب.")]
    public void ANaturalDeathIsNoAttack(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(record.Events, e => e.Figures.Any(f => f.Role == "killed"));
    }

    [Fact]
    public void AnAttackInTheSentenceBeforeTakesNoNaturalDeath()
    {
        var record = EventTexts.Extract("قصفت قوات النظام بلدة كفرنبل أمس. وفي سياق آخر، توفي أربعة لاجئين بسبب عاصفة الغبار في مخيم الزعتري.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Empty(attack.Figures);
    }

    [Theory]
    // (the Free Army is no heat, and a death of wounds from shelling stays a casualty)
    [InlineData("وقتل ثلاثة من عناصر الجيش الحر جراء قصف مدفعي على بلدة كفرنبل.", 3)]
    [InlineData("وتوفي طفل متأثرا بجراحه جراء قصف قوات النظام على بلدة كفرنبل.", 1)]
    public void AViolentDeathKeepsItsFigure(string text, int killed)
    {
        var record = EventTexts.Extract(text);
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains(attack.Figures, f => f.Role == "killed" && f.Value == killed);
    }

    // disasters and accidents: after a preposition (written apart or onto the word, with "حادث" between), or told as the doer
    // before the count, across a comma
    [Theory]
    [InlineData("لقي 12 شخصا حتفهم في حادث تصادم بين حافلتين على طريق سريع في المغرب.")]
    [InlineData("وأصيب 15 شخصا بحريق في مصنع بالقاهرة.")]
    [InlineData("قتلت السيول 40 شخصا على الأقل في ولاية كيرالا الهندية.")]
    [InlineData("ضرب زلزال بقوة 6 درجات جزيرة مينداناو في الفلبين، ما أسفر عن مقتل 8 أشخاص وإصابة العشرات.")]
    public void ADisasterOrAccidentIsNoAttack(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
    }

    // an attack word in the sentence: the fire is the attack's doing, and its dead are the attack's
    [Fact]
    public void AFireAnAttackStartedLeavesItsDeadToTheAttack()
    {
        var record = EventTexts.Extract("قصفت طائرات حربية سوقا شعبيا في مدينة إدلب، ما أدى إلى اندلاع حريق كبير ومقتل 6 مدنيين.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains(attack.Figures, f => f.Role == "killed" && f.Value == 6);
    }
}
