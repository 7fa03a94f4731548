namespace Rasd.Tests.Events;

/// <summary>
/// An attack named as what another answers ("ردا على هجوم") is a second happening; the states named after "شنت/نفذت" carry out
/// the strikes that verb carries; air strikes on "سوريا" and the strikes then told in a governorate are one.
/// </summary>
public class ResponseAndStrikerTests
{
    // published 2024-03-14, a Thursday
    [Fact]
    public void The_attack_a_response_answers_is_a_second_event_with_its_own_place()
    {
        const string text = "قصفت الطائرات الحربية مواقع في ريف حلب فجر اليوم ردا على هجوم شنه مقاتلو المعارضة على حاجز عسكري في ريف إدلب أمس.";
        var attacks = EventTexts.Extract(text, "response").Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
        Assert.Contains(attacks, a => a.Places.SequenceEqual(["SY02"]));
        Assert.Contains(attacks, a => a.Places.SequenceEqual(["SY07"]));
    }

    [Fact]
    public void The_attack_answered_as_the_speaker_calls_it_is_a_second_event()
    {
        // "ردا على ما قال إنه هجوم صاروخي": the rockets on Israel are not the Israeli strikes that answer them
        const string text = "أعلن الجيش الإسرائيلي، الأربعاء، أنه شن قصفا جويا على مناطق سورية، ردا على ما قال إنه هجوم صاروخي استهدف شمالي إسرائيل.";
        var attacks = EventTexts.Extract(text, "response").Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
        Assert.Contains(attacks, a => a.Actors.SequenceEqual(["ISRMIL"]) && !a.Places.Contains("ISR"));
        Assert.Contains(attacks, a => a.Actors.Count == 0 && a.Targets.SequenceEqual(["ISR"]));
    }

    [Fact]
    public void Revenge_for_raids_names_a_second_attack()
    {
        const string text = "انفجرت سيارة مفخخة قرب مقر للشرطة في مدينة القامشلي انتقاما لغارات شنتها الطائرات على مدينة الرقة.";
        var attacks = EventTexts.Extract(text, "revenge").Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
    }

    [Fact]
    public void States_after_a_carrying_verb_and_before_a_time_are_the_strikers()
    {
        const string text = "وشنت روسيا وإيران، مساء الأربعاء، غارات جوية على بلدات في ريف حماة.";
        var attack = Assert.Single(EventTexts.Extract(text, "strikers").Events, e => e.Type == "ASSAULT");
        Assert.Contains("RUSMIL", attack.Actors);
        Assert.Contains("IRNMIL", attack.Actors);
    }

    [Fact]
    public void Strikes_in_the_country_and_the_strikes_then_told_in_a_governorate_are_one()
    {
        const string text = "شنت الطائرات الأمريكية غارات جوية في سوريا فجر اليوم. "
            + "وشنت الطائرات غارات جوية في ريف حماة فجر اليوم.";
        var attack = Assert.Single(EventTexts.Extract(text, "country").Events, e => e.Type == "ASSAULT");
        Assert.Contains("USAMIL", attack.Actors);
        Assert.Equal(["SY05"], attack.Places);
    }

    [Fact]
    public void Strikes_by_different_forces_in_the_country_and_a_governorate_stay_apart()
    {
        const string text = "شنت الطائرات الأمريكية غارات جوية في سوريا فجر اليوم. "
            + "وشنت الطائرات الروسية غارات جوية في ريف حماة فجر اليوم.";
        var attacks = EventTexts.Extract(text, "forces").Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
    }

    [Fact]
    public void The_definite_strikes_after_a_plain_attack_verb_tell_how_it_attacked()
    {
        const string text = "شنت الطائرات الأمريكية غارات جوية في سوريا فجر اليوم. "
            + "واستهدفت الضربات مستودعات للأسلحة في ريف حماة.";
        var attack = Assert.Single(EventTexts.Extract(text, "subject").Events, e => e.Type == "ASSAULT");
        Assert.Equal("air_strike", attack.AttackMode);
    }

    // a tally of months of battles "in Syria" is no day's battle in one governorate: the two stay apart
    [Fact]
    public void A_months_tally_in_Syria_does_not_absorb_a_battle_in_a_governorate()
    {
        const string text = "قتل 126 مسلحا في المعارك في سوريا خلال الأشهر السبعة الأولى من العام الماضي. "
            + "وخاض التنظيم معارك عنيفة مع الأكراد في مدينة عين العرب.";
        var attacks = EventTexts.Extract(text, "tally").Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
        Assert.Contains(attacks, a => a.Places.SequenceEqual(["SYR"]));
    }
}
