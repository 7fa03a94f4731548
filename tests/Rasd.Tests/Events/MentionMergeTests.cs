namespace Rasd.Tests.Events;

/// <summary>Talks of the same day are one event only when the parties of one include the other's.</summary>
public class MentionMergeTests
{
    [Fact]
    public void A_call_with_another_party_is_not_the_meeting()
    {
        const string text = "عقد وزراء خارجية روسيا وتركيا وإيران اجتماعا في موسكو اليوم الخميس. "
            + "وفي وقت لاحق اليوم اتصل وزير الخارجية الروسي سيرغي لافروف بنظيره الفرنسي جان إيف لودريان.";
        var talks = EventTexts.Extract(text, "talks").Events.Where(e => e.Type == "CONSULT").ToList();
        Assert.Equal(2, talks.Count);
        Assert.DoesNotContain(talks, e => e.Actors.Contains("FRAGOV") && e.Actors.Contains("IRNGOV"));
    }

    [Fact]
    public void The_same_talks_told_twice_are_one_event()
    {
        const string text = "عقد وزراء خارجية روسيا وتركيا وإيران اجتماعا في موسكو اليوم الخميس. "
            + "وأكد الوزراء الروسي والتركي والإيراني في ختام الاجتماع اليوم التزامهم بالتهدئة.";
        var talks = EventTexts.Extract(text, "talks").Events.Where(e => e.Type == "CONSULT").ToList();
        Assert.Single(talks);
    }

    [Fact]
    public void A_meeting_told_with_also_is_another_meeting()
    {
        const string text = "والتقى المبعوث الأممي في القاهرة الأمين العام لجامعة الدول العربية. "
            + "والتقى المبعوث أيضاً في القاهرة شخصيات من المعارضة السورية.";
        var talks = EventTexts.Extract(text, "also").Events.Where(e => e.Type == "CONSULT").ToList();
        Assert.Equal(2, talks.Count);
    }

    [Fact]
    public void Statements_of_different_speakers_are_two_events()
    {
        const string text = "أنقرة تتهم المقاتلين الأكراد بتهريب السلاح عبر الحدود. "
            + "وكانت الخارجية الألمانية قد انتقدت الحكومة التركية في وقت سابق بسبب حملة الاعتقالات.";
        var accusations = EventTexts.Extract(text, "speakers").Events.Where(e => e.Type == "ACCUSE").ToList();
        Assert.Equal(2, accusations.Count);
        Assert.DoesNotContain(accusations, e => e.Actors.Contains("DEUGOV") && e.Actors.Contains("TURGOV"));
    }

    [Fact]
    public void The_same_speaker_told_twice_is_one_statement()
    {
        const string text = "انتقدت الخارجية الألمانية الحكومة التركية بسبب حملة الاعتقالات. "
            + "وقال وزير الخارجية الألماني إن انتقاد بلاده للحكومة التركية يأتي بعد اعتقال صحفيين.";
        var accusations = EventTexts.Extract(text, "speaker").Events.Where(e => e.Type == "ACCUSE").ToList();
        Assert.Single(accusations);
    }

    [Fact]
    public void A_government_and_its_army_denying_the_same_thing_are_one_speaker()
    {
        const string text = "نفت تركيا مسؤوليتها عن قصف القرية الحدودية. "
            + "ونفى الجيش التركي في بيان أن تكون طائراته قد قصفت القرية.";
        var denials = EventTexts.Extract(text, "one-state").Events.Where(e => e.Type == "REJECT").ToList();
        Assert.Single(denials);
    }

    [Fact]
    public void A_government_and_the_armed_opposition_accusing_are_two_statements()
    {
        const string text = "واتهمت الحكومة السورية الدول الغربية بدعم الإرهاب في الجنوب. "
            + "من جهته، اتهم فصيل جيش الإسلام المعارض النظام بقصف الأحياء السكنية.";
        var accusations = EventTexts.Extract(text, "sides").Events.Where(e => e.Type == "ACCUSE").ToList();
        Assert.Equal(2, accusations.Count);
        Assert.DoesNotContain(accusations, e => e.Actors.Contains("SYRGOV") && e.Actors.Contains("SYRREB"));
    }

    [Fact]
    public void Arrests_by_the_regime_and_by_the_factions_are_two_events()
    {
        const string text = "واعتقلت قوات النظام 120 شخصا خلال الشهر الماضي في محافظة درعا. "
            + "واعتقلت فصائل المعارضة المسلحة 30 شخصا خلال الشهر الماضي في ريف درعا الشرقي.";
        var arrests = EventTexts.Extract(text, "arrests").Events.Where(e => e.Type == "COERCE").ToList();
        Assert.Equal(2, arrests.Count);
    }
}
