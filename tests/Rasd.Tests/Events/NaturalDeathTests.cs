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

    // illnesses: a disease after ب (onto the article too: "بالمرض") or a preposition of cause, told as the doer before the
    // count, or between the role word and a count further on; and a yearly rate, a statistic of no one deed
    [Theory]
    [InlineData("وكشفت وزارة الصحة اليمنية عن وفاة 62 شخصا بالدفتيريا منذ ظهور المرض في آب الماضي.")]
    [InlineData("وقالت متحدثة باسم وزارة الصحة إنه تم تأكيد إصابة 11 شخصا بالإيبولا في بلدة بيكورو.")]
    [InlineData("واعتمدت الدراسة على عينة بحثية من 1327 من المصابين بالتصلب المتعدد.")]
    [InlineData("وأصيب 146 طفلا بالمرض في عام 2005 في فرنسا.")]
    [InlineData("وأفاد تقرير المنظمة بتسجيل 1294 حالة إصابة بهذا المرض في تلك المحافظات.")]
    [InlineData("ويقدر عدد المصابين بمرض التوحد في أستراليا بنحو 164 ألف شخص.")]
    [InlineData("وقتل فيروس نيباه 260 شخصا في ماليزيا والهند منذ عام 1998.")]
    [InlineData("ويؤدي العجز في مياه الشرب في الهند إلى وفاة 200 ألف شخص سنويا.")]
    [InlineData("وتوفي ثلاثة أطفال بعد صراع طويل مع المرض.")]
    [InlineData("وتوفي أربعة شبان بجرعة زائدة من المخدرات في مدينة مانشستر.")]
    public void AnIllnessOrAYearlyRateIsNoAttack(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
    }

    // the hurt of an attack stay its casualties: wounds, a gas, bullets, and a yearly festival further on is no rate
    [Theory]
    [InlineData("وأصيب 5 أشخاص بجروح في القصف على بلدة كفرنبل.", "injured", 5)]
    [InlineData("وأصيب 20 مدنيا بالغازات السامة في هجوم على مدينة دوما.", "injured", 20)]
    [InlineData("وأصيب 7 مدنيين بالرصاص الحي خلال اقتحام قوات الأمن للمدينة.", "injured", 7)]
    [InlineData("وجرح 20 شخصا على الأقل الأحد في إطلاق نار شهده مهرجان فني سنوي في ترنتون.", "injured", 20)]
    public void AnAttacksHurtKeepTheirFigure(string text, string role, int value)
    {
        var record = EventTexts.Extract(text);
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains(attack.Figures, f => f.Role == role && f.Value == value);
    }

    // a disaster told further off in a sentence with no attack: past a comma, after a preposition of time, as the doer far
    // before the count or with a clitic or the accusative alef on it, in the toll's words; and the news of the sentence
    // before going on with its dead
    [Theory]
    [InlineData("لقي 116 شخصا على الأقل حتفهم، وأصيب أكثر من 250 آخرين جراء عواصف رملية عاتية في الهند.")]
    [InlineData("قتل 3 أشخاص وجرح رابع، الأحد، من جراء تحطم طائرة شحن بعيد إقلاعها من مدرج في حقل نفطي.")]
    [InlineData("قتل 5 أشخاص وأصيب 10 بعد انهيار مبنى سكني في المدينة.")]
    [InlineData("لقي ستة أشخاص مصرعهم لدى تحطم مروحية خلال تحليق تدريبي.")]
    [InlineData("ذكر التلفزيون الرسمي أن زلزالا بقوة 5.9 درجة هز غربي إيران مما أسفر عن إصابة 287 شخصا على الأقل.")]
    [InlineData("ارتفعت الحصيلة المؤقتة للأمطار الغزيرة في غرب اليابان إلى 100 قتيل.")]
    [InlineData("19 قتيلا حصيلة ضحايا السيول في فيتنام")]
    [InlineData("أدت العاصفة القوية التي ضربت البلاد أمس إلى مقتل 9 أشخاص بينهم طفلة.")]
    [InlineData("قتل 12 طفلا إثر اصطدام قطار بحافلة مدرسية شمالي الهند. كما أصيب 12 طفلا آخرون ونقلوا إلى مستشفى في البلدة.")]
    // (a report with no attack anywhere goes on counting the disaster's dead further on)
    [InlineData("لقي 12 شخصا حتفهم في حادث سير على طريق سريع. وقال مسؤول إن السائق كان مسرعا. وأصيب 20 آخرون ونقلوا إلى المستشفى.")]
    public void ADisasterToldFurtherOffIsNoAttack(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
    }

    // the missing and the displaced of a disaster are no event either: a flood's homeless are no withdrawal
    [Theory]
    [InlineData("قتل 23 على الأقل في السودان من جراء فيضانات غزيرة اجتاحت أجزاء من البلاد، وأدت إلى انهيار مبان وتشريد الآلاف.")]
    [InlineData("الأمم المتحدة: مقتل نحو 46 مهاجرا وفقدان 16 آخرين إثر غرق زورقهم في خليج عدن")]
    public void ADisastersMissingAndDisplacedAreNoEvent(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.DoesNotContain(record.Events, e => e.Type is "ASSAULT" or "RETREAT");
    }

    // a sentence with an attack, or a word of violence, keeps its dead; a truce that broke down is no disaster; and the
    // sentence after an attack's is not taken for a disaster's
    [Theory]
    [InlineData("قتل 5 مدنيين بعد انهيار مبنى جراء غارة جوية على مدينة إدلب.", 5)]
    [InlineData("وقتل 3 أشخاص، الأحد، عندما اصطدمت حافلة بلغم أرضي زرعه المسلحون قرب القرية.", 3)]
    [InlineData("وانهار الاتفاق في صيف 2016 عندما أدت عودة مشار إلى جوبا لاندلاع القتال وقتل المئات.", 100)]
    [InlineData("أضرم مجهولون النار في أحد المقاهي في مدينة الأحواز، مما أدى إلى مقتل 12 شخصا.", 12)]
    public void AnAttacksDeadNearADisasterWordStay(string text, int killed)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Figures.Any(f => f.Role == "killed" && f.Value == killed));
    }

    // a detainee who died under torture or in prison is killed (an assault), not a detention
    [Theory]
    [InlineData("وتوفي 3 معتقلين تحت التعذيب في سجون النظام خلال الشهر الماضي.", 3)]
    [InlineData("وأكد النادي أن 215 أسيرا فلسطينيا قضوا داخل السجون والمعتقلات منذ عام 1967.", 215)]
    public void ADetaineesDeathIsAKilling(string text, int killed)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Figures.Any(f => f.Role == "killed" && f.Value == killed));
        Assert.DoesNotContain(record.Events, e => e.Figures.Any(f => f.Role == "detained" && f.Value == killed));
    }
}
