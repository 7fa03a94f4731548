namespace Rasd.Tests.Events;

/// <summary>Round Q's rows and rules: a protest's purpose is no event of its own, a partner named as a deed's manner is no cooperation, flight told by فرار and هرب.</summary>
public class BlindQRowsTests
{
    [Theory]
    // "رفضا"، "وتنديدا" after the protest verb say why people marched
    [InlineData("تظاهر مئات الطلاب أمام مبنى البرلمان في عمان، الأحد، رفضا لقرار الحكومة رفع الأسعار وتنديدا بالاعتقالات.", "REJECT")]
    [InlineData("تظاهر مئات الطلاب أمام مبنى البرلمان في عمان، الأحد، رفضا لقرار الحكومة رفع الأسعار وتنديدا بالاعتقالات.", "ACCUSE")]
    [InlineData("وخرجت مظاهرات حاشدة في بغداد دعما للحكومة العراقية.", "SUPPORT")]
    // the partner a deed is done with is its manner
    [InlineData("وتمكنت الشرطة بالتعاون مع الجيش من توقيف عشرة مشتبه بهم في المدينة.", "COOPERATE")]
    // one man's escape told with a pronoun is no flight of people
    [InlineData("وروى المقاتل السابق للصحيفة قصة فراره من السجن قبل عامين.", "RETREAT")]
    public void NoEventOfItsOwn(string text, string type)
    {
        var record = EventTexts.Extract(text);
        Assert.DoesNotContain(record.Events, e => e.Type == type);
    }

    [Fact]
    public void AProtestKeepsItsOwnEvent()
    {
        var record = EventTexts.Extract("تظاهر مئات الطلاب أمام مبنى البرلمان في عمان، الأحد، رفضا لقرار الحكومة رفع الأسعار.");
        Assert.Contains(record.Events, e => e.Type == "PROTEST");
    }

    [Theory]
    [InlineData("وقال شهود إن آلاف السكان هربوا من البلدة باتجاه الحدود بعد ليلة من القصف.")]
    [InlineData("وأفاد ناشطون بفرار جماعي لسكان مدينة درعا نحو الحدود الأردنية.")]
    [InlineData("وقالت الأمم المتحدة إن آلاف المدنيين يفرون من المدينة يوميا.")]
    public void FlightIsAWithdrawal(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "RETREAT");
    }

    [Fact]
    public void ResidentsBesideAFlightAreWhoFlee()
    {
        var record = EventTexts.Extract("وأفادت تقارير بفرار جماعي لسكان مدينة منبج مع تقدم القوات التركية نحوها.");
        var flight = Assert.Single(record.Events, e => e.Type == "RETREAT");
        Assert.Equal(["SYRCVL"], flight.Actors);
    }

    [Fact]
    public void TheAttackAProtestIsAgainstKeepsNoProtestDay()
    {
        var record = EventTexts.Extract("وتظاهر المئات في برلين، الأحد، رفضا للهجوم التركي على منبج. وكانت القوات التركية قد بدأت في مطلع الشهر الماضي هجوما على المدينة.");
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT" && e.Time?.Begin == "2024-03-10");
    }

    [Fact]
    public void StatesAfterATopicNounAreWhatTalksAreAbout()
    {
        var record = EventTexts.Extract("ويناقش وزير الخارجية الفرنسي خلال زيارته لواشنطن الثلاثاء ملفات إيران وكوريا الشمالية.");
        var talks = Assert.Single(record.Events, e => e.Type == "CONSULT");
        Assert.Equal(["FRAGOV", "USAGOV"], talks.Actors.Order());
    }

    [Fact]
    public void PlacesAfterATopicNounAreNoVenue()
    {
        var record = EventTexts.Extract("وبحث وزير الخارجية البريطاني مع نظيره الأردني أيمن الصفدي في عمان يوم الأحد ملفات إقليمية، وفي مقدمتها الوضع في العراق والأزمة في ليبيا.");
        var talks = Assert.Single(record.Events, e => e.Type == "CONSULT");
        Assert.Equal(["JOR"], talks.Places);
    }

    [Fact]
    public void WhomAnOffensiveDrivesOutIsAttacked()
    {
        var record = EventTexts.Extract("وشنت القوات التركية في الربيع الماضي عملية عسكرية واسعة لطرد وحدات حماية الشعب الكردية من بلدة تل أبيض.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["TURMIL"], attack.Actors);
        Assert.Equal(["SYRREB"], attack.Targets);
    }

    [Fact]
    public void TheStateWhoseDeedIsProtestedIsTheTarget()
    {
        var record = EventTexts.Extract("وتظاهر مئات الأكراد في مدينة كولونيا الألمانية، الأحد، استنكارا للقصف التركي على قراهم.");
        var protest = Assert.Single(record.Events, e => e.Type == "PROTEST");
        Assert.Contains("TURGOV", protest.Targets);
    }

    [Fact]
    public void ADeedSomeoneHasAnInterestInIsOnlyPossible()
    {
        var record = EventTexts.Extract("وقال وزير الخارجية التركي إن لبلاده مصلحة في انسحاب القوات الأمريكية من مدينة منبج.");
        Assert.DoesNotContain(record.Events, e => e.Type == "RETREAT" && e.Mode == "actual");
    }
}
