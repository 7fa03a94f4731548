namespace Rasd.Tests.Events;

/// <summary>Triggers quantified by "all/every" name a kind of happening, not an event.</summary>
public class GenericReferenceTests
{
    [Theory]
    [InlineData("جددت الخارجية الروسية التزامها بجميع الاتفاقات الموقعة مع الجانب التركي.", "AGREE")]
    [InlineData("تدين المنظمة كافة الهجمات على المستشفيات.", "ASSAULT")]
    [InlineData("ترفض الحكومة كل أشكال الحصار على المدن.", "COERCE")]
    [InlineData("ويعلن التنظيم في بعض الأحيان مسؤوليته عن تفجيرات في المدينة.", "ASSAULT")]
    [InlineData("وغالبا ما تستهدف الغارات الأسواق الشعبية في المنطقة.", "ASSAULT")]
    [InlineData("يأمل رئيس الوزراء أن يغير موقف الدول الأوروبية تجاه الاتفاق النووي.", "AGREE")]
    [InlineData("دافع الرئيس بقوة عن الاتفاق النووي في كلمته أمام البرلمان يوم الأحد.", "AGREE")]
    [InlineData("طالب النواب الحكومة بالالتزام بالاتفاقية المبرمة مع الدول المجاورة.", "AGREE")]
    public void QuantifiedTriggerIsNoEvent(string text, string type)
    {
        var record = EventTexts.Extract(text, "generic");
        Assert.DoesNotContain(record.Events, e => e.Type == type);
    }

    [Theory]
    [InlineData("وقعت روسيا وتركيا اتفاقا جديدا لوقف إطلاق النار.", "AGREE")]
    [InlineData("أدانت المنظمة الهجمات على المستشفيات في حلب.", "ASSAULT")]
    [InlineData("ناقش الوزيران بنود الاتفاق الموقع في آذار 2020.", "AGREE")]
    [InlineData("وقعت القوى الكبرى الاتفاق النووي مع طهران في فيينا يوم الثلاثاء.", "AGREE")]
    [InlineData("انسحبت الحكومة من الاتفاق المبرم في أيار 2019 مع الفصائل.", "AGREE")]
    [InlineData("انتقدت الحكومة الاتفاق النووي المبرم مع القوى الكبرى عام 2015.", "AGREE")]
    public void SpecificTriggerIsAnEvent(string text, string type)
    {
        var record = EventTexts.Extract(text, "specific");
        Assert.Contains(record.Events, e => e.Type == type);
    }
}
