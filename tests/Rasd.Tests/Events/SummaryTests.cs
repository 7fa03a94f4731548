namespace Rasd.Tests.Events;

/// <summary>The English summary names who did what, where, when, with the figures.</summary>
public class SummaryTests
{
    [Fact]
    public void A_capital_that_acts_is_named_as_its_country()
    {
        var record = EventTexts.Extract("وتهدد أنقرة بشن عملية عسكرية جديدة في منبج.");
        var threat = Assert.Single(record.Events, e => e.Type == "THREATEN");
        Assert.Contains("Turkey", threat.Summary);
        Assert.DoesNotContain("Ankara", threat.Summary);
    }

    [Fact]
    public void An_attack_summary_carries_actor_place_and_toll()
    {
        var record = EventTexts.Extract("قُتل خمسة مدنيين بينهم طفلان جراء غارات شنتها الطائرات الحربية الروسية على مدينة أريحا أمس الأربعاء.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains("Russia", attack.Summary);
        Assert.Contains("Ariha", attack.Summary);
        Assert.Contains("13 March 2024", attack.Summary);
        Assert.Contains("5", attack.Summary);
    }

    // a generic actor phrase is named by its short English name, never by the notes kept beside it in data/actors.tsv
    [Theory]
    [InlineData("ودعت المنظمة إلى إدخال المساعدات الإنسانية إلى مخيمات اللاجئين في عرسال.", "refugees and the displaced")]
    // a state's forces the article names by no entity of their own are named by the country's adjective, never by its code ("RUS forces")
    [InlineData("وقال المتحدث إن الروس قصفوا مواقع الفصائل في ريف حماة.", "Russian forces")]
    [InlineData("موسكو، روسيا (CNN) -- نقلت وكالة نوفوستي عن الوزير تشكيكه في التقارير حول مقتل عدد من الروس بضربات عسكرية أمريكية في سوريا مطلع فبراير.", "Russian forces")]
    public void A_generic_actor_is_named_by_its_short_name(string text, string name)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Summary?.Contains(name, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(record.Events, e => e.Summary is { } s && (s.Replace("(source: RIA Novosti)", "", StringComparison.Ordinal).Contains('(') || s.Contains(';')
            || s.Contains("RUS ", StringComparison.Ordinal) || s.Contains("Moscow forces", StringComparison.Ordinal)));
    }

    // a count of attacks is what the doers did, and the people counted follow with the breakdown read inside their total
    [Fact]
    public void A_counted_tally_reads_as_attacks_carried_out_with_the_breakdown()
    {
        var record = EventTexts.Extract("وقال الدفاع المدني إن قوات النظام وروسيا شنت أكثر من 300 هجوم على منازل المدنيين في ريف إدلب منذ مطلع العام، ما أدى إلى مقتل 90 شخصا بينهم 30 طفلا و12 امرأة.");
        var tally = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains("carried out more than 300 attacks on", tally.Summary);
        Assert.Contains("killing 90 people, including 30 children and 12 women", tally.Summary);
        Assert.DoesNotContain("killed 90", tally.Summary);
    }

    // the trigger's own sense words the deed (an arrest, a siege), not its type's catch-all ("detained or besieged")
    [Theory]
    [InlineData("اعتقلت الشرطة التركية 20 شخصا في مدينة إسطنبول أمس.", "COERCE", "made arrests", "with 20 people arrested")]
    [InlineData("تحاصر قوات النظام بلدة مضايا في ريف دمشق منذ أشهر.", "COERCE", "imposed a siege", null)]
    [InlineData("أفرجت السلطات السورية عن 50 معتقلا من سجن حماة المركزي.", "CONCEDE", "Syrian government released", null)]
    [InlineData("انسحبت القوات الأمريكية من قاعدة في ريف الحسكة.", "RETREAT", "US forces withdrew", null)]
    public void A_trigger_sense_has_its_own_wording(string text, string type, string wording, string? figure)
    {
        var ev = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == type);
        Assert.Contains(wording, ev.Summary);
        if (figure is not null) Assert.Contains(figure, ev.Summary);
        Assert.DoesNotContain("detained or besieged", ev.Summary);
        Assert.DoesNotContain("withdrew or were displaced", ev.Summary);
    }

    // one child is a child; a vague amount stays vague ("dozens"), never a made-up "at least 10"
    [Theory]
    [InlineData("قتل طفل في قصف مدفعي على بلدة كفرنبل بريف إدلب.", "killing 1 child", "1 children")]
    [InlineData("قتل عشرات المدنيين في غارات جوية على مدينة دوما.", "killing dozens of civilians", "10 civilians")]
    public void Amounts_read_as_english(string text, string wanted, string unwanted)
    {
        var attack = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "ASSAULT");
        Assert.Contains(wanted, attack.Summary);
        Assert.DoesNotContain(unwanted, attack.Summary);
    }

    // a nationality makes an adjective ("Turkish artillery"), not a country name in front of a noun ("Turkey artillery")
    [Fact]
    public void A_force_with_a_nationality_is_named_by_its_adjective()
    {
        var attack = Assert.Single(EventTexts.Extract("قصفت المدفعية التركية قرى في ريف عفرين.").Events, e => e.Type == "ASSAULT");
        Assert.StartsWith("Turkish artillery", attack.Summary);
    }

    // a summary is a sentence: it opens with a capital even when its first name is a common noun ("civilians")
    [Fact]
    public void A_summary_opens_with_a_capital()
    {
        var record = EventTexts.Extract("ونزح آلاف المدنيين من بلدات ريف درعا الشرقي.");
        var flight = Assert.Single(record.Events, e => e.Type == "RETREAT");
        Assert.StartsWith("Civilians were displaced", flight.Summary);
        Assert.Contains("with thousands of civilians displaced", flight.Summary);
    }

    // a call says what it asks for when the sentence tells it right after the call's word
    [Theory]
    [InlineData("وطالبت الأمم المتحدة بوقف إطلاق النار في الغوطة الشرقية.", "United Nations called for a ceasefire")]
    [InlineData("ودعت تركيا لعقد قمة رباعية حول سوريا في إسطنبول.", "Turkey called for a meeting")]
    public void A_call_names_what_it_asks_for(string text, string wanted)
    {
        var call = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "REQUEST");
        Assert.StartsWith(wanted, call.Summary);
    }

    // an event not told as done carries its mode in the verb, in the base form: "will meet", "may attack", "did not attack"
    // (a wording without actors keeps the label: "Planned: a meeting")
    [Theory]
    [InlineData("ومن المقرر أن يلتقي وزير الخارجية الروسي سيرغي لافروف نظيره التركي في أنقرة الأسبوع المقبل.", "CONSULT", "will meet", "Planned:")]
    [InlineData("وقالت الوزارة إن القوات الروسية قد تشن غارات جديدة على مواقع الفصائل في ريف إدلب.", "ASSAULT", "Russian forces may carry out air strikes", "Possible:")]
    [InlineData("ولم تشن القوات الروسية أي غارات على مدينة إدلب أمس.", "ASSAULT", "Russian forces did not carry out air strikes", "Did not happen:")]
    [InlineData("من المقرر عقد اجتماع جديد في جنيف الشهر المقبل.", "CONSULT", "Planned: ", "met")]
    public void A_mode_is_told_by_the_verb_in_its_base_form(string text, string type, string wording, string absent)
    {
        var ev = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == type);
        Assert.Contains(wording, ev.Summary);
        Assert.DoesNotContain(absent, ev.Summary);
    }
}
