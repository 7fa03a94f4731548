using Rasd.Events;

namespace Rasd.Tests.Events;

/// <summary>A page's trailing strip of other reports' leads is no part of the report: its events are not this report's.</summary>
public class TeaserBlockTests
{
    private const string Report =
        "غارات على ريف إدلب الجنوبي\n\n" +
        "بيروت (رصد)-- قصفت طائرات حربية روسية، الأربعاء، بلدة خان شيخون في ريف إدلب الجنوبي، ما أدى إلى مقتل سبعة مدنيين.\n" +
        "وقال الدفاع المدني إن فرقه انتشلت الضحايا من تحت الأنقاض بعد ساعات من القصف الذي استهدف السوق الشعبي في البلدة.\n" +
        "وتشهد المنطقة تصعيدا منذ أسابيع رغم اتفاق خفض التصعيد الذي ترعاه روسيا وتركيا في المحافظة.\n";

    // leads of other reports, one sentence each, the last cut off by the page
    private const string Strip =
        "أعلنت وزارة الداخلية الأردنية، الثلاثاء، اعتقال خمسة أشخاص بتهمة التخطيط لتنفيذ هجمات في العاصمة عمان، وفقا لبيان رسمي.\n" +
        "هدد زعيم جماعة مسلحة في ليبيا، الإثنين، بمهاجمة المنشآت النفطية في الهلال النفطي إذا لم تستجب الحكومة لمطالب أنصاره.\n" +
        "دعا الأمين العام للأمم المتحدة، الأحد، أطراف النزاع في اليمن إلى العودة إلى طاولة المفاوضات في جنيف خلال الأسابيع المقبلة من أجل";

    [Fact]
    public void TheStripStartsAtTheFirstLeadAfterTheReport()
    {
        var text = Report + Strip;
        Assert.Equal(text.IndexOf("أعلنت وزارة الداخلية", StringComparison.Ordinal), TeaserBlock.Start(text));
    }

    [Fact]
    public void EventsOfTheStripAreNotExtracted()
    {
        var record = EventTexts.Extract(Report + Strip, "strip");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Places.Contains("SY07"));
        Assert.DoesNotContain(record.Events, e => e.Type is "COERCE" or "THREATEN" or "REQUEST");
    }

    [Fact]
    public void ALeadMayOpenWithThePrepositionFi()
    {
        const string strip =
            "في أول تعليق له على الأزمة، قال وزير الخارجية الكويتي، الأحد، إن بلاده تسعى إلى تقريب وجهات النظر بين الأطراف الخليجية.\n" +
            "في خطوة مفاجئة، أعلنت الحكومة التونسية، السبت، فرض حظر تجول ليلي في ثلاث ولايات جنوبية بعد احتجاجات على البطالة وارتفاع";
        var text = Report + strip;
        Assert.Equal(text.IndexOf("في أول تعليق", StringComparison.Ordinal), TeaserBlock.Start(text));
    }

    [Fact]
    public void AReportWhoseLastParagraphIsFinishedHasNoStrip()
    {
        Assert.Null(TeaserBlock.Start(Report + Strip + "."));
        var record = EventTexts.Extract(Report + Strip + ".", "finished");
        Assert.Contains(record.Events, e => e.Type == "THREATEN");
    }

    [Fact]
    public void ParagraphsThatContinueTheReportAreNoStrip()
    {
        // unpunctuated at the end, but its paragraphs are tied to the report ("و…", "يذكر أن …")
        const string ending =
            "وأكد المرصد السوري أن الطائرات عادت لتقصف أطراف البلدة مساء اليوم نفسه دون أن تسجل إصابات جديدة بين السكان المحليين.\n" +
            "يذكر أن البلدة تعرضت لهجوم كيميائي في نيسان 2017 أدى إلى مقتل العشرات من سكانها معظمهم من الأطفال والنساء";
        Assert.Null(TeaserBlock.Start(Report + ending));
    }

    [Fact]
    public void ShortListLinesAreNoStrip()
    {
        const string lineup = "تشكيلة المنتخب\nالحارس: منير المحمدي\nالدفاع: أشرف حكيمي - نبيل درار\nالهجوم: خالد بو طيب";
        Assert.Null(TeaserBlock.Start(Report + lineup));
    }

    // the strip's leads with the cut one in the middle (finished, when asked, so that all three are whole)
    private static string CutInTheMiddle(bool finishCut = false)
    {
        var leads = Strip.Split('\n');
        return leads[0] + "\n" + leads[2] + (finishCut ? "." : "") + "\n" + leads[1] + "\n";
    }

    [Fact]
    public void AStripMayEndWithAWholeLeadWhenOneOfThreeIsCut()
    {
        var text = Report + CutInTheMiddle();
        Assert.Equal(text.IndexOf("أعلنت وزارة الداخلية", StringComparison.Ordinal), TeaserBlock.Start(text));
        Assert.DoesNotContain(EventTexts.Extract(text, "cut-in-the-middle").Events, e => e.Type is "COERCE" or "THREATEN" or "REQUEST");
    }

    [Fact]
    public void WholeLeadsAreAStripOnlyUnderTheMarkOfAnOutletThatPrintsThem()
    {
        var whole = CutInTheMiddle(finishCut: true);
        Assert.Null(TeaserBlock.Start(Report + whole));
        var marked = Report.Replace("بيروت (رصد)--", "دبي، الإمارات العربية المتحدة (CNN)--", StringComparison.Ordinal) + whole;
        Assert.Equal(marked.IndexOf("أعلنت وزارة الداخلية", StringComparison.Ordinal), TeaserBlock.Start(marked));
        Assert.DoesNotContain(EventTexts.Extract(marked, "marked").Events, e => e.Type is "COERCE" or "THREATEN" or "REQUEST");
    }

    [Fact]
    public void ARuleOfTatweelBetweenTheReportAndItsFooterIsNoLead()
    {
        // a line drawn with tatweel folds to nothing; the page's footer after it is one finished sentence
        var text = Report + new string('ـ', 120) + "\n" +
            "يمكنكم متابعة آخر الأخبار والتقارير عبر تطبيق الموقع على هواتفكم الذكية في أي وقت ومن أي مكان.\n";
        Assert.Null(TeaserBlock.Start(text));
        Assert.Contains(EventTexts.Extract(text, "tatweel").Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void UnderTheMarkALeadMayOpenWithAQuotation()
    {
        // whole leads, the middle one opening with what someone said and its ".." before the teller
        var marked = Report.Replace("بيروت (رصد)--", "دبي، الإمارات العربية المتحدة (CNN)--", StringComparison.Ordinal) +
            "أعلنت وزارة الداخلية الأردنية، الثلاثاء، اعتقال خمسة أشخاص بتهمة التخطيط لتنفيذ هجمات في العاصمة عمان، وفقا لبيان رسمي.\n" +
            "\"لن نقبل بأي تهديد لحدودنا\".. هكذا رد وزير الدفاع اللبناني، الإثنين، على تصريحات مسؤول إسرائيلي بشأن الجدار الحدودي.\n" +
            "دعا الأمين العام للأمم المتحدة، الأحد، أطراف النزاع في اليمن إلى العودة إلى طاولة المفاوضات في جنيف خلال الأسابيع المقبلة.\n";
        Assert.Equal(marked.IndexOf("أعلنت وزارة الداخلية", StringComparison.Ordinal), TeaserBlock.Start(marked));
        Assert.DoesNotContain(EventTexts.Extract(marked, "quoted-lead").Events, e => e.Type is "COERCE" or "REQUEST");
        // without the mark a report's own quoted paragraphs stay the report's
        var unmarked = Report + marked[marked.IndexOf("أعلنت وزارة الداخلية", StringComparison.Ordinal)..];
        Assert.Null(TeaserBlock.Start(unmarked));
    }
}
