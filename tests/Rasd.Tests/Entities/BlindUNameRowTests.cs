using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>Round U's name rows: Europol, Iraqi security bodies, the Russian ceasefire monitoring centre, coordination bodies and a first name.</summary>
public class BlindUNameRowTests
{
    [Theory]
    [InlineData("وحذرت يوروبول في تقريرها من تزايد الهجمات", "يوروبول", "IGO")]
    [InlineData("وقال مركز الإعلام الأمني في بيان إن الطائرات قصفت مخبأ", "مركز الإعلام الأمني", "IRQMIL")]
    [InlineData("ونفذت الضربة بإشراف قيادة العمليات المشتركة العراقية", "قيادة العمليات المشتركة العراقية", "IRQMIL")]
    [InlineData("وجاءت العملية بناء على معلومات من خلية الصقور الاستخبارية", "خلية الصقور الاستخبارية", "IRQGOV")]
    [InlineData("وأفاد مركز مراقبة وقف إطلاق النار الروسي بخروج مئات المدنيين", "مركز مراقبة وقف إطلاق النار الروسي", "RUSMIL")]
    [InlineData("وقال المنسق العام لهيئة التنسيق الوطنية إن الوفد سيشارك في المحادثات", "هيئة التنسيق الوطنية", "SYROPP")]
    [InlineData("وقالت متحدثة باسم مكتب تنسيق شؤون الإنسانية إن القافلة لم تدخل", "مكتب تنسيق شؤون الإنسانية", "IGO")]
    public void BodiesAreOrganisations(string sentence, string name, string actor)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Org, m!.Type);
        Assert.Equal(actor, m.Actor);
    }

    [Fact]
    public void ManuelOpensAName()
    {
        var m = EntityTestKit.Find("وقال مانويل غونزاليس إن الخطر ما زال قائما", "مانويل غونزاليس");
        Assert.NotNull(m);
        Assert.Equal(EntityType.Per, m!.Type);
    }
}
