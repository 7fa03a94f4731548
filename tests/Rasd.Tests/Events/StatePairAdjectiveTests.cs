namespace Rasd.Tests.Events;

/// <summary>Two or more nationality adjectives on talks or a deal ("الاتفاق الأردني المصري") name the governments that hold them.</summary>
public class StatePairAdjectiveTests
{
    [Fact]
    public void A_deal_with_two_adjectives_has_both_governments()
    {
        const string text = "ونص الاتفاق الأردني المصري على فتح المعبر أمام الشاحنات.";
        var deal = Assert.Single(EventTexts.Extract(text, "pair").Events, e => e.Type == "AGREE");
        Assert.Contains("JORGOV", deal.Actors);
        Assert.Contains("EGYGOV", deal.Actors);
    }

    [Fact]
    public void A_summit_with_three_adjectives_has_all_three()
    {
        const string text = "وانطلقت القمة الفرنسية الألمانية الإيطالية في روما صباح اليوم.";
        var summit = Assert.Single(EventTexts.Extract(text, "three").Events, e => e.Type == "CONSULT");
        Assert.Equal(["DEUGOV", "FRAGOV", "ITAGOV"], summit.Actors.Order());
    }

    [Fact]
    public void One_adjective_is_the_subject_matter_not_a_party()
    {
        const string text = "وناقش الوزراء في بروكسل الاتفاق النووي الإيراني.";
        Assert.All(EventTexts.Extract(text, "one").Events, e => Assert.DoesNotContain("IRNGOV", e.Actors));
    }

    [Fact]
    public void Adjectives_of_the_topic_after_the_talks_are_no_parties()
    {
        const string text = "وتناولت المحادثات الملفين العراقي واليمني في عمان.";
        Assert.All(EventTexts.Extract(text, "topic").Events, e => Assert.DoesNotContain("YEMGOV", e.Actors));
    }

    [Fact]
    public void Strikes_with_two_adjectives_have_both_forces()
    {
        const string text = "واستهدفت ضربات أمريكية بريطانية مطارا عسكريا قرب حمص فجر اليوم.";
        var strike = Assert.Single(EventTexts.Extract(text, "strikes").Events, e => e.Type == "ASSAULT");
        Assert.Contains("USAMIL", strike.Actors);
        Assert.Contains("GBRMIL", strike.Actors);
    }
}
