using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>Seats of government named for the government they house are organisations, not places.</summary>
public class MetonymTests
{
    [Theory]
    [InlineData("وقال الكرملين في بيان إن الزيارة ستتم الشهر المقبل", "الكرملين", "RUSGOV")]
    [InlineData("ورفض البيت الأبيض التعليق على التقرير", "البيت الأبيض", "USAGOV")]
    [InlineData("وأعلن البنتاغون إرسال مزيد من الجنود", "البنتاغون", "USAMIL")]
    public void A_seat_of_government_is_an_organisation_acting_for_its_state(string sentence, string text, string actor)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Org, m!.Type);
        Assert.Equal(actor, m.Actor);
    }

    [Fact]
    public void A_spokesperson_of_a_seat_of_government_is_still_found() =>
        Assert.Contains(EntityTestKit.Layer("وقالت المتحدثة باسم البيت الأبيض ليندا فورد إن الرئيس سيسافر").Mentions,
            m => m.Type == EntityType.Per && m.Text == "ليندا فورد");

    [Fact]
    public void A_phrase_in_bal_after_the_spoken_for_body_is_no_name() =>
        Assert.DoesNotContain(EntityTestKit.Layer("ونشر المتحدث باسم البنتاغون باللغة العربية بيانا مطولا").Mentions, m => m.Type == EntityType.Per);

    // where a body named after its building is the venue, the event sits in its country; where it speaks, nowhere
    [Theory]
    [InlineData("وعقد الرئيس الأمريكي اجتماعا مع وزير الدفاع في البيت الأبيض أمس.", "CONSULT", "USA")]
    [InlineData("والتقى وزير الخارجية الإسرائيلي المسؤولين الروس في الكرملين يوم الأحد.", "CONSULT", "RUS")]
    [InlineData("وانتقد الكرملين الضربات الأمريكية على مواقع الجيش السوري.", "ACCUSE", null)]
    public void A_seat_is_a_place_only_where_something_happens_in_it(string sentence, string type, string? place)
    {
        var record = Rasd.Tests.Events.EventTexts.Extract(sentence, "seat");
        var ev = Assert.Single(record.Events, e => e.Type == type);
        if (place is null) Assert.Empty(ev.Places);
        else Assert.Contains(place, ev.Places);
    }
}
