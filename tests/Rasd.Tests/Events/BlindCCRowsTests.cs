using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round CC's rows: the subject a support verb carries, a counterpart set off by commas, the agency named again as "المفوضية", freezes as sanctions, a decision's subject, and quoted group names.</summary>
public class BlindCCRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string text) =>
        Pipeline.Extract(new Document(text, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    // the talks told before do not take the attackers of the clause after "حيث"
    [InlineData("ناقش الوزيران الوضع في إدلب، حيث تشن قوات النظام هجوما واسعا.")]
    [InlineData("وبحث المبعوث مع المسؤولين الأوضاع في درعا حيث تنفذ القوات الحكومية عملية عسكرية واسعة.")]
    public void SupportVerbSubjectAttacks(string sentence) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "ASSAULT" && e.Actors.Contains("SYRMIL"));

    [Theory]
    [InlineData("والتقى الرئيس التركي رجب طيب أردوغان، ونظيره الإيراني حسن روحاني، في أنقرة.", "TURGOV", "IRNGOV")]
    [InlineData("وقال المتحدث إن الرئيس الروسي فلاديمير بوتين، ونظيره الفرنسي، إيمانويل ماكرون، سيعقدان قمة في باريس.", "RUSGOV", "FRAGOV")]
    public void CounterpartSetOffByCommasMeetsToo(string sentence, string first, string second) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "CONSULT" && e.Actors.Contains(first) && e.Actors.Contains(second));

    [Fact]
    public void TheCommissionNamedAgainIsAccused()
    {
        var record = Extract("وعلقت الحكومة تعاونها مع مفوضية الأمم المتحدة لشؤون اللاجئين. واتهم وزير الداخلية الأردني المفوضية بعرقلة عودة اللاجئين.");
        Assert.Contains(record.Events, e => e.Type == "ACCUSE" && e.Targets.Contains("IGO"));
        Assert.DoesNotContain(record.Entities, e => e.Type == "PER" && e.Text.StartsWith("المفوضية", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وجمدت بريطانيا أصول ثلاث شركات سورية متهمة بدعم برنامج الأسلحة.")]
    [InlineData("وأعلنت الإدارة الأمريكية تجميد تمويل برامج الاستقرار في شمال سوريا.")]
    [InlineData("وقررت الحكومة وقف المساعدات المقدمة للمجالس المحلية في ريف حلب.")]
    public void FreezesAreSanctions(string sentence)
    {
        var record = Extract(sentence);
        Assert.Contains(record.Events, e => e.Type == "SANCTION");
        Assert.DoesNotContain(record.Events, e => e.Type == "AID");
    }

    [Theory]
    // freezing water, a decision or a programme is no sanction
    [InlineData("واعتاد السكان تجميد المياه في الثلاجة خلال موجة الحر.")]
    [InlineData("ووافقت الحكومة على تجميد تطوير برنامجها النووي.")]
    public void OtherFreezesAreNot(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Type == "SANCTION");

    [Fact]
    public void TheStateThatDecidesGives() =>
        Assert.Contains(Extract("وقررت روسيا تزويد الجيش السوري بمنظومة دفاع جوي.").Events,
            e => e.Type == "AID" && e.Actors.Contains("RUSGOV"));

    [Theory]
    [InlineData("وأعلن فصيل \"لواء الجبل\" المسلح النفير العام في القرى.", "لواء الجبل")]
    [InlineData("وتبنت جماعة \"أنصار الفرقان\" الهجوم على الحاجز.", "أنصار الفرقان")]
    public void QuotedNameAfterGroupNounIsAnOrganisation(string sentence, string name) =>
        Assert.Contains(Extract(sentence).Entities, e => e.Type == "ORG" && e.Text == name);

    [Fact]
    public void QuotedAdjectiveIsNoName() =>
        Assert.DoesNotContain(Extract("وصنفت الحكومة الحركة جماعة \"إرهابية\" الشهر الماضي.").Entities, e => e.Type == "ORG" && e.Text == "إرهابية");

    [Theory]
    // the names a support verb carries are the giver, coordinated, set off by commas, or with a day before the event noun
    [InlineData("وقدمت تركيا وقطر دعما عسكريا كبيرا لفصائل المعارضة في الشمال.", "TURGOV", "QATGOV")]
    [InlineData("وقدمت السعودية، والإمارات، مساعدات إنسانية عاجلة لسكان المخيم.", "SAUGOV", "AREGOV")]
    public void CarriedSubjectsGive(string sentence, string first, string second) =>
        Assert.Contains(Extract(sentence).Events, e => e.Actors.Contains(first) && e.Actors.Contains(second));

    [Fact]
    public void CarriedSubjectWithADaySanctions()
    {
        var record = Extract("وفرضت الحكومة البريطانية أمس، عقوبات على ثلاثة من قادة حزب الله.");
        Assert.Contains(record.Events, e => e.Type == "SANCTION" && e.Actors.Contains("GBRGOV") && e.Targets.Contains("LBNREB"));
    }

    [Fact]
    public void QuotedFactionIsAnArmedGroup() =>
        Assert.Contains(Extract("وأعلن فصيل \"لواء الجبل\" المسلح النفير العام في القرى.").Events, e => e.Type == "MOBILIZE" && e.Actors.Contains("SYRREB"));

    [Theory]
    // a support verb joined by "و" with no subject of its own goes on with the sentence's subject
    [InlineData("وأعلنت تركيا أنها سترد على الهجوم، وبدأت قصفا مدفعيا على مواقع الوحدات الكردية.", "ASSAULT", "TURMIL")]
    [InlineData("وأغلقت السلطات الأردنية الحدود، وأرسلت تعزيزات عسكرية إلى المنطقة.", "MOBILIZE", "JORGOV")]
    public void JoinedSupportVerbKeepsTheSubject(string sentence, string type, string actor) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == type && e.Actors.Contains(actor));

    [Fact]
    public void ReportAuthorDoesNotAttack() =>
        Assert.DoesNotContain(Extract("ويقول تقرير الأمم المتحدة إن التنظيم لا يزال يسيطر على جيوب صغيرة، ويشن هجمات عبر الحدود.").Events,
            e => e.Type == "ASSAULT" && e.Actors.Contains("IGO"));

    [Theory]
    // a state named in what is said after the talks takes no part in them
    [InlineData("وأكد وزير الخارجية الفرنسي عقب لقائه نظيره المصري أن تركيا تتحمل مسؤولية كبيرة.", "TURGOV")]
    [InlineData("وقال الوزير خلال مؤتمر صحفي مع نظيره الأردني إن إيران تعرقل الحل في سوريا.", "IRNGOV")]
    public void NameInWhatIsSaidIsNoParty(string sentence, string said)
    {
        var record = Extract(sentence);
        Assert.Contains(record.Events, e => e.Type == "CONSULT");
        Assert.DoesNotContain(record.Events, e => e.Type == "CONSULT" && e.Actors.Contains(said));
    }

    [Theory]
    // what talks are to settle has not been agreed or done
    [InlineData("وقال وزير الخارجية التركي إنه ينبغي على القوى الإقليمية التفاوض على تسوية.", "AGREE")]
    [InlineData("وأعلنت الفصائل رفضها الاستسلام أو التفاوض على الانسحاب من المدينة.", "RETREAT")]
    public void WhatIsNegotiatedIsNotDone(string sentence, string type) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Type == type && e.Mode == "actual");
}
