namespace Rasd.Tests.Entities;

/// <summary>"شمال العراق", "جنوب شرق تركيا": a compass word before a country names a region of it — a place there, not its government.</summary>
public class CountryRegionTests
{
    [Theory]
    [InlineData("قصفت الطائرات مواقع للمسلحين في شمال العراق أمس", "شمال العراق", "IRQ")]
    [InlineData("وقع انفجار قرب مركز للشرطة بجنوب شرق تركيا", "جنوب شرق تركيا", "TUR")]
    [InlineData("وتظاهر المئات في مدن شرقي ألمانيا", "شرقي ألمانيا", "DEU")]
    public void A_compass_word_and_a_country_are_one_place(string sentence, string text, string iso)
    {
        var region = EntityTestKit.Find(sentence, text);
        Assert.NotNull(region);
        Assert.Equal(Rasd.Entities.EntityType.Loc, region.Type);
        Assert.Equal([iso], region.Places);
        Assert.Null(region.Actor);
    }

    [Fact]
    public void An_attack_there_is_placed_in_that_country()
    {
        var record = Rasd.Tests.Events.EventTexts.Extract("قصفت الطائرات مواقع للمسلحين في شمال العراق أمس.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["IRQ"], attack.Places);
    }
}

/// <summary>"جنوب البلاد" is a part of the country its sentence names before it: Syria's south only when that country is Syria (or none is named).</summary>
public class CountryAnaphorRegionTests
{
    [Theory]
    [InlineData("وصل الرئيس إلى فرنسا في زيارة تبدأ من مدينة صغيرة في جنوب البلاد", "جنوب البلاد", "FRA")]
    [InlineData("ضرب زلزال قوي تركيا وتضررت عدة قرى في شمال البلاد", "شمال البلاد", "TUR")]
    [InlineData("أجرت العراق انتخابات تشريعية وسجلت خروقات في شمال البلاد", "شمال البلاد", "IRQ")]
    public void A_region_of_the_country_named_before_it_in_its_sentence(string sentence, string text, string iso)
    {
        var region = EntityTestKit.Find(sentence, text);
        Assert.NotNull(region);
        Assert.Equal([iso], region.Places);
    }

    [Theory]
    [InlineData("قصفت الطائرات قرى في جنوب البلاد أمس", "جنوب البلاد", "SY12")]
    [InlineData("وقالت روسيا إن قواتها في سوريا انتشرت في شمال البلاد", "شمال البلاد", "SY02")]
    public void Without_a_foreign_country_before_it_is_Syria(string sentence, string text, string gov)
    {
        var region = EntityTestKit.Find(sentence, text);
        Assert.NotNull(region);
        Assert.Contains(gov, region.Places);
    }

    [Fact]
    public void A_visit_there_is_placed_in_that_country()
    {
        var record = Rasd.Tests.Events.EventTexts.Extract("وصل الرئيس الفرنسي إلى ألمانيا في زيارة تبدأ من مدينة في جنوب البلاد.");
        Assert.DoesNotContain(record.Events, e => e.Places.Any(p => p.StartsWith("SY", StringComparison.Ordinal)));
    }
}

/// <summary>"شمال البلاد" in a report with nothing Syrian in it is a part of the country the report names most, not Syria's north.</summary>
public class DocumentCountryRegionTests
{
    [Theory]
    [InlineData("وصل وفد تجاري إلى نيودلهي أمس. وضربت فيضانات قرى في شمال شرق البلاد.", "شمال شرق البلاد", "IND")]
    [InlineData("أعلنت اليمن حالة الطوارئ. وقالت اليمن إن المعارك تتواصل. واندلعت اشتباكات عنيفة في شمال البلاد.", "شمال البلاد", "YEM")]
    [InlineData("وقالت الحكومة إن إيران ستستضيف المؤتمر. وقال مسؤول إن العمال أضربوا في جنوب البلاد.", "جنوب البلاد", "IRN")]
    public void A_region_of_the_country_the_document_names(string text, string region, string iso)
    {
        var mention = EntityTestKit.Find(text, region);
        Assert.NotNull(mention);
        Assert.Equal([iso], mention.Places);
    }

    [Theory]
    [InlineData("وصل المبعوث الأممي إلى دمشق أمس. وقصفت الطائرات قرى في جنوب البلاد.", "جنوب البلاد", "SY12")]
    [InlineData("زار الوفد تركيا ثم سوريا. وقال مسؤول إن القوات انتشرت في شمال البلاد.", "شمال البلاد", "SY02")]
    public void Anything_Syrian_in_the_document_keeps_Syria(string text, string region, string gov)
    {
        var mention = EntityTestKit.Find(text, region);
        Assert.NotNull(mention);
        Assert.Contains(gov, mention.Places);
    }

    [Fact]
    public void An_attack_there_is_placed_in_that_country()
    {
        var record = Rasd.Tests.Events.EventTexts.Extract("تواصلت الاحتجاجات في إيران. وأطلقت الشرطة النار على المحتجين في مدينة بجنوب البلاد.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["IRN"], attack.Places);
    }
}
