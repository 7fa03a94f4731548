using Rasd.Entities;
using Rasd.Geo;
using Rasd.Lexicons;
using Rasd.Tests.Entities;

namespace Rasd.Tests.Geo;

/// <summary>Other names of Syrian places (data/place_aliases.tsv) name gazetteer places and resolve as their own names do.</summary>
public class PlaceAliasTests
{
    [Fact]
    public void Every_alias_names_a_place_of_the_gazetteer()
    {
        var pcodes = Gazetteer.Embedded.Places.Select(p => p.Pcode).ToHashSet(StringComparer.Ordinal);
        var table = TsvTable.LoadEmbedded("place_aliases");
        Assert.NotEmpty(table.Rows);
        Assert.All(table.Rows, r => Assert.Contains(table.Cell(r, "pcode"), pcodes));
    }

    [Theory]
    [InlineData("وقتل ثلاثة مدنيين في قصف على مدينة كوباني في ريف حلب الشمالي.", "كوباني", "C1946", "SY02")]
    [InlineData("ودخلت الفصائل إلى بلدة سري كانيه بعد معارك عنيفة.", "سري كانيه", "SY0804", "SY08")]
    [InlineData("دخلت قوات النظام ليل الأربعاء إلى حمورية في الغوطة الشرقية.", "حمورية", "C2316", "SY03")]
    [InlineData("طالت الغارات بلدتي الشيفونية ومسرابا.", "الشيفونية", "C2334", "SY03")]
    [InlineData("قصفت الطائرات بلدة بصر الحرير في ريف درعا الشرقي.", "بصر الحرير", "C6105", "SY12")]
    [InlineData("وفشل هجوم قوات النظام على مدينة بصرى الحرير في ريف درعا.", "بصرى الحرير", "C6105", "SY12")]
    public void An_alias_resolves_to_its_place(string sentence, string name, string pcode, string governorate)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
        Assert.Equal(pcode, m.FinePcode);
        Assert.Equal([governorate], m.Places);
    }
}
