namespace Rasd.Tests.Events;

/// <summary>
/// "حكمت محكمة مصرية …", "وأصدر القضاء اللبناني …": a court or judiciary with its nationality is that state's government; the
/// deed a charge names ("بتهمة الانتماء ودعم جماعة مسلحة") is what someone is accused of, not a happening.
/// </summary>
public class CourtAndChargeTests
{
    [Fact]
    public void A_national_judiciary_is_the_government_that_sentences()
    {
        var record = EventTexts.Extract("وأصدر القضاء اللبناني يوم الأربعاء حكما بالإعدام بحق رجلين في بيروت.");
        var coerce = Assert.Single(record.Events, e => e.Type == "COERCE");
        Assert.Contains("LBNGOV", coerce.Actors);
    }

    [Fact]
    public void Support_named_by_a_charge_is_no_support()
    {
        var record = EventTexts.Extract("وحكمت محكمة أردنية يوم الأربعاء بالسجن على ثلاثة رجال بتهمة الانتماء ودعم جماعة مسلحة في عمان.");
        Assert.DoesNotContain(record.Events, e => e.Type == "SUPPORT");
    }

    [Fact]
    public void A_national_prosecution_accuses_for_its_government()
    {
        var record = EventTexts.Extract("واتهم الادعاء الهولندي يوم الأربعاء رجلا بالتخطيط لهجوم على محطة القطارات في أمستردام.");
        var accuse = Assert.Single(record.Events, e => e.Type == "ACCUSE");
        Assert.Contains("NLDGOV", accuse.Actors);
    }

    // DomesticAuthority (data/domestic_authorities.tsv): a state's court or police acts at home, whatever the charge names

    [Fact]
    public void A_court_jails_at_home_not_where_the_convict_went_to_fight()
    {
        var record = EventTexts.Extract("وقضت محكمة نمساوية يوم الأربعاء بالسجن خمس سنوات على شاب لإدانته بمحاولة الالتحاق بمتشددين في سوريا.");
        var coerce = Assert.Single(record.Events, e => e.Type == "COERCE");
        Assert.Equal(["AUTGOV"], coerce.Actors);
        Assert.Equal(["AUT"], coerce.Places);
    }

    [Fact]
    public void A_court_in_a_city_abroad_is_that_state_sentencing()
    {
        var record = EventTexts.Extract("وقضت محكمة في فيينا يوم الأربعاء بالسجن عامين على شاب بعد إدانته بتأييد تنظيم داعش في سوريا.");
        var coerce = Assert.Single(record.Events, e => e.Type == "COERCE");
        Assert.Contains("AUTGOV", coerce.Actors);
        Assert.DoesNotContain("SYRREB", coerce.Actors);
        Assert.Equal(["AUT"], coerce.Places);
    }

    [Fact]
    public void Police_of_a_state_arrest_in_it_not_where_the_suspects_fought()
    {
        var record = EventTexts.Extract("واعتقلت شرطة مكافحة الإرهاب في فرنسا يوم الأربعاء خمسة أشخاص يشتبه بأنهم ساعدوا متشددين على الانضمام إلى القتال في سوريا والعراق.");
        var coerce = Assert.Single(record.Events, e => e.Type == "COERCE");
        Assert.Equal(["FRA"], coerce.Places);
    }

    [Fact]
    public void An_arrest_told_as_made_in_Syria_stays_there()
    {
        var record = EventTexts.Extract("وقالت وزارة الداخلية البريطانية إن رجلين من لندن اعتقلا في سوريا الشهر الماضي للاشتباه بقيامهما بنشاط إرهابي.");
        var coerce = Assert.Single(record.Events, e => e.Type == "COERCE");
        Assert.Contains("SYR", coerce.Places);
    }

    [Fact]
    public void Israeli_police_arrest_in_Palestinian_territory_too()
    {
        var record = EventTexts.Extract("واعتقلت الشرطة الإسرائيلية يوم الأربعاء عددا من الفلسطينيين في القدس الشرقية.");
        var coerce = Assert.Single(record.Events, e => e.Type == "COERCE");
        Assert.Contains("PSE", coerce.Places);
    }

    [Fact]
    public void Police_telling_of_an_abduction_place_it_but_did_not_make_it()
    {
        var record = EventTexts.Extract("وقال مسؤول في الشرطة الهندية يوم الأربعاء إن مسلحين اختطفوا خمس فتيات من مدرسة وأخذوهن إلى الغابة.");
        var coerce = Assert.Single(record.Events, e => e.Type == "COERCE");
        Assert.DoesNotContain("INDGOV", coerce.Actors);
        Assert.Equal(["IND"], coerce.Places);
    }

    [Fact]
    public void A_police_raid_is_a_coercion()
    {
        var record = EventTexts.Extract("وداهمت الشرطة الألمانية يوم الأربعاء منازل ثمانية أشخاص يشتبه بانتمائهم إلى جماعة متطرفة.");
        var coerce = Assert.Single(record.Events, e => e.Type == "COERCE");
        Assert.Contains("DEUGOV", coerce.Actors);
    }

    [Fact]
    public void A_states_authorities_hold_at_home()
    {
        var record = EventTexts.Extract("واعتقلت السلطات التركية يوم الأربعاء عشرة أشخاص للاشتباه بانتمائهم إلى خلية تجند مقاتلين لتنظيم داعش في سوريا.");
        var coerce = Assert.Single(record.Events, e => e.Type == "COERCE");
        Assert.Equal(["TUR"], coerce.Places);
    }

    [Fact]
    public void Israeli_police_with_no_place_of_their_own_act_in_the_territory_told_before()
    {
        var record = EventTexts.Extract("وتعيش الفتاة في قرية النبي صالح قرب رام الله بالضفة الغربية. واعتقلت الشرطة الإسرائيلية الفتاة ووالدتها يوم الأربعاء.");
        var coerce = Assert.Single(record.Events, e => e.Type == "COERCE");
        Assert.DoesNotContain("ISR", coerce.Places);
        Assert.Contains(coerce.Places, p => p.StartsWith("PSE", StringComparison.Ordinal));
    }
}
