namespace Rasd.Tests.Events;

/// <summary>
/// Attack words in a sense that is no violence (a blow to an economy, aiming a product at buyers, hacking, a space launch,
/// a volcano erupting, an illness acting on the body, facing challenges) tell no attack; the armed senses beside them stay.
/// </summary>
public class NonViolentSenseTests
{
    [Theory]
    // a blow to an economy, a company, a premier or a plan (data/event_trigger_blockers.tsv), or what "is" a blow (data/event_trigger_preceders.tsv)
    [InlineData("وقد توجه العقوبات الأمريكية الجديدة ضربة قاسية للاقتصاد الإيراني خلال العام المقبل.")]
    [InlineData("ووجهت الهند يوم الاثنين ضربة قوية لشركة أبل الأمريكية بعد قرار الحظر.")]
    [InlineData("وجاءت استقالة الوزير البريطاني يوم الأحد في ما شكل ضربة لرئيسة الوزراء تيريزا ماي.")]
    [InlineData("وتمثل هذه الخطوة الأمريكية ضربة جديدة لبكين في نزاعها مع تايوان.")]
    // aiming advertising, a product or a figure at buyers, voters or a rate
    [InlineData("وتعتمد فيسبوك على بيانات المستخدمين في استهداف الإعلانات في بريطانيا منذ عام 2016.")]
    [InlineData("وتسعى أبل من خلال الهاتف الرخيص إلى استهداف المستهلكين في الهند العام المقبل.")]
    [InlineData("وأعلن البنك المركزي المصري يوم الأحد التحول إلى استهداف التضخم خلال العام المقبل.")]
    [InlineData("واستهدفت الحملة الروسية ناخبين أميركيين بإعلانات سياسية على فيسبوك عام 2016.")]
    // hacking told with its tools or what it steals; an economic "attack"
    [InlineData("وقال الخبراء إن هجوم الفدية الذي شنته كوريا الشمالية شل أنظمة المستشفيات البريطانية في أيار 2017.")]
    [InlineData("واستهدف المتسللون الروس حسابات البريد الإلكتروني لموظفي وزارة الخارجية الأمريكية عام 2015.")]
    [InlineData("ودعا أردوغان الأتراك إلى الصمود أمام الهجمات الاقتصادية التي تشنها الولايات المتحدة على تركيا.")]
    // a space launch; a volcano, a star or a device bursting
    [InlineData("ونجحت شركة سبيس إكس الأمريكية يوم الثلاثاء في إطلاق صاروخ يحمل قمرا صناعيا إلى الفضاء من ولاية فلوريدا.")]
    [InlineData("وحذر العلماء من انفجار البركان في جزيرة جاوة الإندونيسية يوم الأحد.")]
    [InlineData("ونشأت العاصفة من انفجار ضخم في الغلاف الجوي للشمس الأسبوع الماضي.")]
    [InlineData("واشتعلت النيران في حافلة في الصين يوم الأحد بعد انفجار شاحن هاتف.")]
    // an illness acting on the body; facing challenges
    [InlineData("ويعرف هذا النوع من السكري في بريطانيا بأنه مرض يستهدف الجهاز المناعي لدى الأطفال.")]
    [InlineData("وقال حاكم دبي يوم الأحد إن دولة الإمارات اختارت طريق المستقبل ومواجهات تحدياته بثقة.")]
    public void NonViolentSenseIsNoAttack(string text)
    {
        var record = EventTexts.Extract(text, "non-violent");
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
    }

    // the sick of an illness told by its symptoms or stones are no casualties (data/natural_death_causes.tsv)
    [Theory]
    [InlineData("وتابعت الدراسة 4120 رجلا أصيبوا بأعراض في الجهاز البولي خلال عامين.")]
    [InlineData("وفحص الباحثون سجلات 2600 شخص أصيبوا بحصوات في الكلى.")]
    [InlineData("وتوفي خمسة أشخاص بعد تناول طعام ملوث ببكتريا الليستريا.")]
    public void SymptomsAndStonesAreNoCasualties(string text)
    {
        var record = EventTexts.Extract(text, "illness");
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
    }

    // (guards: the armed senses the new rows must not take) strikes on the Gaza Strip, a truck bomb, a Burkan missile, strikes
    // told "بشكل مكثف", an attack on a market, a blast caused by a bomb, fire "around the clock", a strike on Hezbollah
    [Theory]
    [InlineData("وهدد الجيش بتوجيه ضربات أكثر قسوة لقطاع غزة إذا استمر إطلاق الصواريخ.")]
    [InlineData("وقتل 16 شخصا في انفجار شاحنة مفخخة في قندهار صباح الثلاثاء.")]
    [InlineData("وقع انفجار في مطار الرياض نتيجة سقوط صاروخ من طراز بركان أطلقه الحوثيون.")]
    [InlineData("وشنت الطائرات بشكل مكثف ضربات على مواقع المسلحين في ريف إدلب.")]
    [InlineData("وقتل 11 شخصا في هجوم استهدف السوق الشعبي في مقديشو.")]
    [InlineData("وأطلق المسلحون النار على مدار الساعة على مواقع الجيش في درعا.")]
    [InlineData("ونفذت الطائرات الإسرائيلية ضربة لحزب الله قرب مطار دمشق.")]
    public void ArmedSenseStaysAnAttack(string text)
    {
        var record = EventTexts.Extract(text, "armed");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT");
    }
}
