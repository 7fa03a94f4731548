namespace Rasd.Tests.Events;

/// <summary>A clause with no date of its own shares the date of the coordinated clause before it, unless it tells the present or answers a deed.</summary>
public class EarlierClauseTimeTests
{
    // published Thursday 2024-03-14 (EventTexts.Extract's date)
    [Theory]
    [InlineData("وكان مسلحو التنظيم قد قتلوا عشرات المدنيين في القرية الشهر الماضي، وخطف نحو 20 امرأة من سكانها.", "COERCE", "2024-02-01")]
    [InlineData("والتقى وزير الخارجية التركي نظيره الروسي في أنقرة يوم الاثنين، واتفق الجانبان على تعزيز التعاون العسكري.", "AGREE", "2024-03-11")]
    // ("بالتعاون مع فصائل" is the manner of a deed, no cooperation of its own: the withdrawal of the clause after is dated instead)
    [InlineData("وكانت الطائرات التركية قد قصفت مواقع الوحدات الكردية في 20 كانون الثاني، وانسحبت الوحدات الكردية من عدة قرى في عفرين.", "RETREAT", "2024-01-20")]
    public void A_clause_without_a_date_takes_the_one_before_it(string text, string type, string begin)
    {
        var ev = Assert.Single(EventTexts.Extract(text, "earlier").Events, e => e.Type == type);
        Assert.Equal(begin, ev.Time?.Begin);
    }

    [Theory]
    // a present verb: the ambushes go on, they are not last year's
    [InlineData("وأعلنت الحكومة العراقية هزيمة التنظيم في العام الماضي، ويواصل عناصره شن هجمات على القوات العراقية في الصحراء.", "ASSAULT", "2023-01-01")]
    // a statement answering a deed of another kind is the report's news (as in CauseClauseTimeTests)
    [InlineData("واعتقلت الشرطة التركية ثلاثة مشتبه بهم يوم الاثنين، واتهمت أنقرة التنظيم بالتخطيط لهجوم على مطار إسطنبول.", "ACCUSE", "2024-03-11")]
    public void A_clause_telling_the_present_keeps_the_report_day(string text, string type, string notBegin)
    {
        var ev = Assert.Single(EventTexts.Extract(text, "present").Events, e => e.Type == type);
        Assert.NotEqual(notBegin, ev.Time?.Begin);
    }
}
