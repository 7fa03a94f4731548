namespace Rasd.Tests.Events;

/// <summary>
/// "حكمت محكمة مصرية …", "وأصدر القضاء اللبناني …": a court or judiciary with its nationality is that state's government; the
/// deed a charge names ("بتهمة الانتماء ودعم جماعة مسلحة") is what someone is accused of, not a happening.
/// </summary>
public class CourtAndChargeTests
{
    [Fact]
    public void A_national_judiciary_is_the_government_that_sentences()
    {
        var record = EventTexts.Extract("وأصدر القضاء اللبناني يوم الأربعاء حكما بالإعدام بحق رجلين في بيروت.");
        var coerce = Assert.Single(record.Events, e => e.Type == "COERCE");
        Assert.Contains("LBNGOV", coerce.Actors);
    }

    [Fact]
    public void Support_named_by_a_charge_is_no_support()
    {
        var record = EventTexts.Extract("وحكمت محكمة أردنية يوم الأربعاء بالسجن على ثلاثة رجال بتهمة الانتماء ودعم جماعة مسلحة في عمان.");
        Assert.DoesNotContain(record.Events, e => e.Type == "SUPPORT");
    }

    [Fact]
    public void A_national_prosecution_accuses_for_its_government()
    {
        var record = EventTexts.Extract("واتهم الادعاء الهولندي يوم الأربعاء رجلا بالتخطيط لهجوم على محطة القطارات في أمستردام.");
        var accuse = Assert.Single(record.Events, e => e.Type == "ACCUSE");
        Assert.Contains("NLDGOV", accuse.Actors);
    }
}
