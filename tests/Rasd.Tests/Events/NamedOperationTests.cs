using Rasd.Documents;
using Rasd.Lexicons;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>A named military operation ("عملية غصن الزيتون") is an attack with the parties, places and days known of it, where the text leaves them out; only after a word for an operation.</summary>
public class NamedOperationTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Records.RasdRecord Extract(string text, string published) => Pipeline.Extract(new Document(text, "op", DateOnly.Parse(published)));

    [Fact]
    public void Two_operations_named_in_one_sentence_are_two_attacks_each_with_its_own_days()
    {
        var record = Extract("وكانت أنقرة قد أطلقت عملية درع الفرات ثم عملية غصن الزيتون في شمال سوريا.", "2018-08-30");
        var attacks = record.Events.Where(e => e.Type == "ASSAULT").OrderBy(e => e.Time!.Begin).ToList();
        Assert.Equal(2, attacks.Count);
        Assert.Equal(("2016-08-24", "2017-03-29"), (attacks[0].Time!.Begin, attacks[0].Time!.End));
        Assert.Equal(("2018-01-20", "2018-03-24"), (attacks[1].Time!.Begin, attacks[1].Time!.End));
        foreach (var a in attacks)
        {
            Assert.Contains("TURMIL", a.Actors);
            Assert.Contains("SYRREB", a.Targets);
            Assert.Contains("SY02", a.Places);
        }
    }

    [Theory]
    // a dual noun, the names in quotation marks, the second joined by "و"
    [InlineData("وشارك الفصيل في عمليتي \"درع الفرات\" و\"غصن الزيتون\" إلى جانب الجيش التركي.")]
    [InlineData("وشارك الفصيل في عمليتي «درع الفرات» و«غصن الزيتون».")]
    public void Operations_joined_after_a_dual_noun_are_each_an_attack(string text)
    {
        var record = Extract(text, "2018-08-30");
        var begins = record.Events.Where(e => e.Type == "ASSAULT").Select(e => e.Time!.Begin).Order().ToList();
        Assert.Equal(["2016-08-24", "2018-01-20"], begins);
    }

    [Fact]
    public void An_operation_still_going_on_runs_to_the_report()
    {
        var record = Extract("وتواصل القوات التركية والفصائل الموالية لها عملية \"غصن الزيتون\" في منطقة عفرين.", "2018-02-10");
        var ev = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(("2018-01-20", "2018-02-10"), (ev.Time!.Begin, ev.Time.End));
        Assert.Contains("TURMIL", ev.Actors);
    }

    [Fact]
    public void An_operation_with_no_end_listed_runs_to_the_report()
    {
        var record = Extract("وقال المتحدث إن قوات التحالف ماضية في عملية إعادة الأمل في اليمن.", "2016-05-01");
        var ev = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(("2015-04-22", "2016-05-01"), (ev.Time!.Begin, ev.Time.End));
        Assert.Contains("SAUMIL", ev.Actors);
        Assert.Contains("YEM", ev.Places);
    }

    [Fact]
    public void A_day_the_text_gives_within_the_operation_is_kept()
    {
        var record = Extract("وقصفت المدفعية التركية أمس قرية في ناحية جنديرس ضمن عملية غصن الزيتون.", "2018-03-10");
        var ev = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(("2018-03-09", "2018-03-09"), (ev.Time!.Begin, ev.Time.End));
    }

    [Fact]
    public void A_day_outside_the_operation_gives_way_to_its_days()
    {
        // "أمس" is the day the minister spoke, months after the offensive ended
        var record = Extract("وقال وزير الدفاع التركي أمس إن عملية غصن الزيتون حققت أهدافها.", "2018-09-10");
        var ev = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(("2018-01-20", "2018-03-24"), (ev.Time!.Begin, ev.Time.End));
    }

    [Fact]
    public void An_operation_named_after_a_general_one_is_the_same_attack()
    {
        var record = Extract("وبدأت تركيا عملية عسكرية أطلقت عليها اسم \"غصن الزيتون\" ضد وحدات حماية الشعب الكردية في عفرين.", "2018-03-03");
        var ev = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(("2018-01-20", "2018-03-03"), (ev.Time!.Begin, ev.Time.End));
    }

    [Fact]
    public void An_attack_told_elsewhere_outside_the_operations_area_stays_apart()
    {
        var record = Extract("وكان الجيش اللبناني قد أطلق عملية فجر الجرود على الحدود مع سوريا. وقال مصدر إن التنظيم شن هجمات مباغتة أسفرت عن مقتل 200 شخص.", "2018-08-01");
        var attacks = record.Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
        Assert.Contains(attacks, e => e.Places.Contains("LBN") && e.Time!.Begin == "2017-08-19");
        Assert.Contains(attacks, e => e.Time!.Begin == "2018-08-01");
    }

    [Theory]
    // the words as a phrase, with no word for an operation before them
    [InlineData("وقال الوزير إن غصن الزيتون رمز للسلام بين الشعوب.", "2018-09-10")]
    // the area named after an operation is no attack
    [InlineData("وتنتشر الفصائل في مناطق درع الفرات شمال حلب.", "2018-09-10")]
    // a report written before the operation began cannot name it
    [InlineData("ورفع المشاركون في عملية السلام غصن الزيتون.", "2015-01-01")]
    [InlineData("وتحدث التقرير عن عملية غصن الزيتون التي تقوم بها الجمعية لزراعة الأشجار.", "2016-06-01")]
    public void Without_an_operation_named_there_is_no_attack(string text, string published)
    {
        var record = Extract(text, published);
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Each_operation_is_listed_with_valid_days_and_places()
    {
        var table = TsvTable.LoadEmbedded("named_operations");
        var governorates = TsvTable.LoadEmbedded("gazetteer_sy");
        var pcodes = governorates.Rows.Select(r => governorates.Cell(r, "pcode")).ToHashSet();
        var countries = TsvTable.LoadEmbedded("countries");
        var iso3 = countries.Rows.Select(r => r[0]).ToHashSet();
        Assert.NotEmpty(table.Rows);
        foreach (var row in table.Rows)
        {
            var begin = DateOnly.Parse(table.Cell(row, "begin"));
            if (table.Cell(row, "end") is { Length: > 0 } end) Assert.True(DateOnly.Parse(end) >= begin, table.Cell(row, "name"));
            foreach (var place in table.Cell(row, "places").Split(','))
                Assert.True(pcodes.Contains(place) || iso3.Contains(place), $"{table.Cell(row, "name")}: {place}");
            foreach (var code in (table.Cell(row, "actors") + "," + table.Cell(row, "targets")).Split(',', StringSplitOptions.RemoveEmptyEntries))
                Assert.Matches("^[A-Z]{3}(MIL|REB|GOV|CVL)$", code);
        }
    }
}
