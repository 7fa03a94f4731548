using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>A kunya ("أبو" and a first name, a nisba after it) is a person; a place named "أبو …" stays the place.</summary>
public class KunyaTests
{
    [Theory]
    [InlineData("وأعلنت الفصائل مقتل القيادي أبو خالد الحمصي في اشتباكات قرب المدينة.", "أبو خالد الحمصي")]
    [InlineData("وقال أبو يوسف إن المقاتلين انسحبوا من القرية فجرا.", "أبو يوسف")]
    // the genitive form, and a first name that is also a word ("عمر" age)
    [InlineData("ونقلت الوكالة عن أبي عمر الشامي قوله إن الهجوم فشل.", "أبي عمر الشامي")]
    public void A_kunya_is_a_person(string sentence, string name)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Per, m!.Type);
    }

    [Theory]
    [InlineData("ووصل وزير الخارجية إلى أبو ظبي في زيارة رسمية.", "أبو ظبي")]
    [InlineData("وسيطرت قوات النظام على مطار أبو الظهور العسكري.", "مطار أبو الظهور")]
    public void A_place_named_father_of_stays_a_place(string sentence, string name) =>
        Assert.Equal(EntityType.Loc, EntityTestKit.Find(sentence, name)?.Type);

    // "أبو الطفل": the child's father, no name
    [Fact]
    public void A_father_of_a_common_noun_is_no_name() =>
        Assert.DoesNotContain(EntityTestKit.Layer("وقال أبو الطفل إن القصف دمر المنزل.").Mentions, m => m.Type == EntityType.Per);
}
