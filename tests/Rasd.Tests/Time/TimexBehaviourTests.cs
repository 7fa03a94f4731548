using Rasd.Documents;
using Rasd.Pipeline;
using Rasd.Time;

namespace Rasd.Tests.Time;

/// <summary>What is not a time, how ranges are linked, and how the stage fills the layer and the record.</summary>
public sealed class TimexBehaviourTests
{
    private static readonly TimexRecognizer Recognizer = new();
    private static readonly DateOnly Ref = new(2021, 11, 10);

    [Theory]
    [InlineData("مارس الجيش ضغوطا كبيرة على السكان")]
    [InlineData("عاد الجنود في اليوم التالي إلى الثكنة")]
    [InlineData("وكتب الناشط أنها كانت الليلة الأصعب على سكان المدينة")]
    [InlineData("ووصف السكان ما جرى بأنه اليوم الأسوأ في حياتهم")]
    [InlineData("شارك الأحد عشر لاعبا في المباراة")]
    [InlineData("انطلق الربيع العربي من تونس")]
    [InlineData("قال الأب إن ابنه فقد في القصف")]
    [InlineData("عقد اجتماع طارئ لبحث الوضع")]
    [InlineData("قتل ثلاثة أشخاص وأصيب 2011 آخرون")]
    [InlineData("خلفت المعارك أكثر من 1000 قتيل في المدينة")]
    [InlineData("نزح ما يصل إلى 1500 شخص من القرية")]
    [InlineData("أحصت المنظمة أكثر من 2000 جريح منذ بدء الحملة")]
    [InlineData("أغلقت السلطات معبري نصيب وباب الهوى أمام الشاحنات")]
    [InlineData("انتشرت الحواجز في حي الميدان وباب مصلى منذ الصباح")]
    [InlineData("وقال الوزير في مقابلة مع قناة روسيا اليوم إن الحوار متعثر")]
    [InlineData("ونقلت صحيفة \"المصري اليوم\" عن مصدر أن المعبر أغلق")]
    // "الاثنين" is "the two" (people, sides) before a verb in the dual, after "بين" or "كلا", or before "معا"
    [InlineData("وفوجئ الحضور حين سمعوا الاثنين يتبادلان الاتهامات علنا")]
    [InlineData("ولا تزال الخلافات قائمة بين الاثنين حول مستقبل الحكومة")]
    [InlineData("وقال المحلل إن الاثنين معا يتحملان مسؤولية الفشل")]
    public void Not_a_time(string sentence) => Assert.Empty(Recognizer.Recognize(sentence, Ref));

    [Fact]
    public void Since_until_range_is_linked_and_excludes_the_prepositions()
    {
        var t = Recognizer.Recognize("استجابت الفرق منذ مطلع حزيران حتى 15 تشرين الأول الماضي لمئات النداءات", Ref);
        Assert.Equal(2, t.Count);
        Assert.Equal("مطلع حزيران", t[0].Text);
        Assert.True(t[0].IsRangeStart);
        Assert.Equal(1, t[0].RangePartner);
        Assert.Equal(0, t[1].RangePartner);
        Assert.False(t[1].IsRangeStart);
    }

    [Fact]
    public void Between_days_carries_month_and_year_to_the_start()
    {
        var t = Recognizer.Recognize("توقف العمل بين 28 و3 آذار 2020", Ref);
        Assert.Equal(["2020-02-28", "2020-03-03"], t.Select(x => x.Value));
        Assert.True(t[0].IsRangeStart);
    }

    [Fact]
    public void Two_unrelated_dates_are_not_a_range()
    {
        var t = Recognizer.Recognize("زار الوزير دمشق في 5 آذار 2020 وعاد إليها في 9 أيار 2020", Ref);
        Assert.Equal(2, t.Count);
        Assert.All(t, x => Assert.Null(x.RangePartner));
    }

    [Fact]
    public void Clitic_is_left_out_of_the_span()
    {
        var t = Assert.Single(Recognizer.Recognize("وصل الوفد وأمس عقد لقاء", Ref));
        Assert.Equal("أمس", t.Text);
    }

    [Fact]
    public void Stage_fills_layer_and_record()
    {
        var pipeline = new RasdPipelineBuilder().AddDefaults().Build();
        Assert.Contains(pipeline.Stages, s => s.Name == "time");
        var doc = new Document("أعلنت الوزارة اليوم الأربعاء أن الجولة المقبلة ستعقد الشهر المقبل", "t", Ref, null, null, null);
        var analysis = pipeline.Analyze(doc);
        var layer = analysis.Get<TimexLayer>();
        Assert.NotNull(layer);
        Assert.Equal(2, layer.Timexes.Count);
        var record = pipeline.ToRecord(analysis);
        Assert.Equal(2, record.Timexes.Count);
        Assert.Equal("2021-12", record.Timexes[1].Value);
        Assert.Equal(new Records.DayInterval("2021-12-01", "2021-12-31"), record.Timexes[1].Interval);
    }

    [Fact]
    public void A_future_meeting_of_a_long_list_is_on_the_coming_weekday()
    {
        // published on a Wednesday: the meeting "سيعقد" between four states on Monday is the next Monday, past the list's commas
        var t = Recognizer.Recognize("وقال الوزير إن لقاء سيعقد بين اليابان، والهند، وأستراليا، والفلبين يوم الاثنين.", Ref);
        Assert.Equal("2021-11-15", Assert.Single(t).Value);
    }

    [Theory]
    [InlineData("وقع الهجوم في 3 آذار 2019. وبعد ذلك بيومين، أعلن الجيش السيطرة على القرية", "بعد ذلك بيومين", "2019-03-05")]
    [InlineData("وقع الهجوم في 3 آذار 2019، وكانت القوات قد وصلت قبل ذلك بأسبوع", "قبل ذلك بأسبوع", "2019-02-24")]
    public void A_shift_from_the_day_told_before_is_a_day(string sentence, string phrase, string value)
    {
        var t = Recognizer.Recognize(sentence, Ref).Single(x => x.Text == phrase);
        Assert.Equal(TimexType.Date, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void Afterwards_alone_is_no_date()
        => Assert.DoesNotContain(Recognizer.Recognize("وقع الهجوم في 3 آذار 2019. وبعد ذلك أعلن الجيش السيطرة على القرية", Ref), x => x.Text.Contains("ذلك", StringComparison.Ordinal));

    [Fact]
    public void A_month_after_a_future_verb_and_its_route_is_the_coming_one()
    {
        // published in November 2021: the move "ستنقل" told with its route before the month is for the coming February
        var t = Recognizer.Recognize("أعلنت الحكومة أن الوزارة ستنقل من العاصمة القديمة إلى المدينة الجديدة في شباط", Ref);
        Assert.Equal("2022-02", Assert.Single(t).Value);
    }

    [Theory]
    // published on Wednesday 10 November 2021: "سيطر" (took control) and "سيطرته" (its control) start with س but are no future verbs
    [InlineData("استعاد الجيش التلة التي سيطر عليها المسلحون يوم الخميس", "2021-11-04")]
    [InlineData("انسحبت القوات بعد سيطرته على البلدة الأحد", "2021-11-07")]
    [InlineData("قصفت الطائرات القرى التي سيطروا عليها في 20 أيار", "2021-05-20")]
    public void A_verb_of_control_does_not_put_a_date_in_the_future(string sentence, string value)
        => Assert.Equal(value, Assert.Single(Recognizer.Recognize(sentence, Ref)).Value);

    [Theory]
    [InlineData("دخلت القوات المدينة في أيار 2016، وأعلن القائد آنذاك انتهاء المعركة", "آنذاك", "2016-05")]
    [InlineData("زار الوزير أنقرة يوم 3 آذار 2019 والتقى حينها نظيره التركي", "حينها", "2019-03-03")]
    [InlineData("وقعت الحكومة الاتفاق عام 2012. وقال المتحدث في ذلك الوقت إن الاتفاق نهائي", "في ذلك الوقت", "2012")]
    // "that night", "the same day": the day told before, not tonight or today
    [InlineData("قصفت الطائرات البلدة يوم 4 آذار 2019، وفي تلك الليلة نزح معظم السكان", "تلك الليلة", "2019-03-04")]
    [InlineData("وصل الوفد إلى العاصمة في 12 أيار 2020، وفي الليلة نفسها اندلعت اشتباكات", "الليلة نفسها", "2020-05-12")]
    [InlineData("اجتمع الوزيران يوم 7 حزيران 2019 وفي اليوم نفسه أعلن الجيش الهدنة", "اليوم نفسه", "2019-06-07")]
    [InlineData("سقطت القذائف على الحي في 2 شباط 2018، وفي نفس الليلة قصفت الطائرات المستشفى", "نفس الليلة", "2018-02-02")]
    public void A_then_word_takes_the_date_just_before_it(string sentence, string word, string value)
    {
        var t = Recognizer.Recognize(sentence, Ref).Single(x => x.Text == word);
        Assert.Equal(TimexType.Date, t.Type);
        Assert.Equal(value, t.Value);
        Assert.NotNull(t.Begin);
    }

    [Theory]
    // "the next day / month / year", "the day before": one unit after (before) the date just told
    [InlineData("قصفت الطائرات البلدة يوم 4 آذار 2019، وفي اليوم التالي نزح معظم السكان", "اليوم التالي", "2019-03-05")]
    [InlineData("اعتقل الناشط في 31 كانون الثاني 2020 وأفرج عنه صباح اليوم التالي", "صباح اليوم التالي", "2020-02-01")]
    [InlineData("زار الوزير موسكو في أيار 2017، وفي الشهر التالي وقع الاتفاق", "الشهر التالي", "2017-06")]
    [InlineData("بدأت الحرب عام 2011، وفي العام التالي انسحبت القوات", "العام التالي", "2012")]
    [InlineData("وصل الوفد في 3 آب 2018 بعدما اجتمع بالوزير في اليوم السابق", "اليوم السابق", "2018-08-02")]
    public void A_following_unit_counts_from_the_date_just_before_it(string sentence, string words, string value)
    {
        var t = Recognizer.Recognize(sentence, Ref).Single(x => x.Text == words);
        Assert.Equal(TimexType.Date, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    // no precise date before it, or the day after what ل names: no date
    [InlineData("وقال الوزير إن اليوم التالي للحرب سيكون صعبا")]
    [InlineData("قصفت الطائرات البلدة في 2018، وفي اليوم التالي لاعتقاله خرج السكان")]
    [InlineData("نزح السكان في أيار 2017 وعادوا في اليوم التالي")]
    public void A_following_unit_without_its_date_is_no_date(string sentence) =>
        Assert.DoesNotContain(Recognizer.Recognize(sentence, Ref), x => x.Text.Contains("التالي", StringComparison.Ordinal));

    [Theory]
    // "one of the most famous", "one of the days": one or two in words before a plural unit counts none of it
    [InlineData("ويعد المسجد أحد أشهر المعالم في المدينة")]
    [InlineData("وكان ذلك أحد أيام الحرب الصعبة")]
    public void One_before_a_plural_unit_is_no_duration(string sentence) =>
        Assert.DoesNotContain(Recognizer.Recognize(sentence, Ref), x => x.Type == TimexType.Duration);

    [Fact]
    public void A_then_word_with_no_past_date_before_it_is_an_unresolved_past()
    {
        // the only date before it is still to come, so it cannot be what "آنذاك" points back to
        var t = Recognizer.Recognize("تعقد القمة في كانون الأول المقبل، وكان الرئيس آنذاك في الخارج", Ref).Single(x => x.Text == "آنذاك");
        Assert.Equal("PAST_REF", t.Value);
        Assert.Null(t.Begin);
    }
}
