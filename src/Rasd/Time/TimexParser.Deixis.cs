namespace Rasd.Time;

/// <summary>Cores relative to the publication date: deictic days, weekdays, relative units, quarters, seasons; and Hijri dates.</summary>
internal sealed partial class TimexParser
{
    private Core? DeicticCore(int j, bool first)
    {
        var m = TrieAt(_lex.DeicticDays, j, first);
        if (m is not { } found) return null;
        int end = found.EndToken;
        var wd = TrieAt(_lex.Weekdays, end, false);
        // "اليوم (الاثنين)", "أمس (الأحد)": the weekday in brackets names the day, as Asharq Al-Awsat writes it
        bool bracketed = false;
        if (wd is null && W(end) == "(" && TrieAt(_lex.Weekdays, end + 1, false) is { } inBrackets && W(inBrackets.EndToken) == ")")
        {
            wd = inBrackets;
            bracketed = true;
        }
        // "اليوم" before a noun or ordinal is "the day", not "today" ("اليوم التالي", "اليوم الثاني")
        if (found.TokenCount == 1 && found.Value.Offset == 0 && found.Value.Part is null && wd is null)
        {
            var next = W(end);
            if (_lex.DayNounFollowers.Contains(next) || (end < _t.Count && _t[end].IsNumber) || OrdinalAt(end) is not null) return null;
        }
        // "قناة روسيا اليوم", "صحيفة "المصري اليوم"": after an outlet noun and one of these words it ends the outlet's name
        if (found.TokenCount == 1 && found.Value.Offset == 0 && wd is null && OutletName(found.FirstToken)) return null;
        // "الليلة الأصعب", "اليوم الأسوأ": a superlative after it makes it "the (hardest) night", not "tonight"
        if (found.TokenCount == 1 && found.Value.Offset == 0 && wd is null && IsElative(W(end))) return null;
        if (wd is { } w) end = bracketed ? w.EndToken + 1 : w.EndToken;
        int offset = found.Value.Offset;
        // "ظهر اليوم (أمس)": a newspaper's gloss on the "today" of a quote told the day before; the bracket names the day
        // (and stays a timex of its own)
        if (wd is null && offset == 0 && W(end) == "(" && TrieAt(_lex.DeicticDays, end + 1, false) is { } gloss
            && W(gloss.EndToken) == ")" && gloss.Value.Offset != 0 && gloss.Value.Part is null)
            offset = gloss.Value.Offset;
        var skip = SkipFor(found.FirstReading);
        if (_ref is not { } r)
        {
            string fb = wd is { } w2 ? $"XXXX-WXX-{w2.Value}" : offset == 0 ? "PRESENT_REF" : $"UNDEF-REF-day-{Signed(offset)}";
            return new Core(end, null, fb) { Skip = skip, Part = found.Value.Part };
        }
        var day = r.AddDays(offset);
        // "مساء اليوم الأربعاء" in a report dated Friday (stamped late, or a day early): the weekday names the day, the date only places it
        if (wd is { } named && offset == 0 && CalendarMath.IsoDay(day) != named.Value) day = CalendarMath.WeekdayOnOrBeforeOrNext(r, named.Value);
        // "أمس (الأحد)" in a report stamped the day after it was written: the weekday names the day here too
        else if (wd is { } before && bracketed && offset == -1 && CalendarMath.IsoDay(day) != before.Value) day = CalendarMath.WeekdayOnOrBeforeOrNext(day, before.Value);
        return new Core(end, CalendarValue.OfDay(day), null) { Skip = skip, Part = found.Value.Part };
    }

    // the word before is one of data/time_outlet_day_names.tsv, and an outlet noun ("لقناة") stands before it, an opening quote between
    private bool OutletName(int day)
    {
        if (!_lex.OutletDayNames.Contains(W(day - 1))) return false;
        int k = day - 2;
        if (k >= 0 && !_t[k].IsWord) k--;
        return k >= 0 && _t[k].Readings.Any(r => _lex.OutletNouns.Contains(r.Stem));
    }

    // the definite elative "الأفعل" (folded "الافعل": ال, alef, three letters): "الأصعب", "الأعنف", "الأسوأ"
    private static bool IsElative(string folded) =>
        folded.Length == 6 && folded.StartsWith("الا", StringComparison.Ordinal) && folded[3] != 'ا' && folded[4] != 'ا' && folded[5] is not ('ة' or 'ه');

    private Core? WeekdayCore(int j, bool first)
    {
        int k = j, skip = 0;
        bool yawm = StemIs(k, TimeFact.Yawm, first, out var s0);
        if (yawm) { skip = s0; k++; }
        int day;
        var wd = TrieAt(_lex.Weekdays, k, first && !yawm);
        if (wd is { } w)
        {
            day = w.Value;
            if (!yawm) skip = SkipFor(w.FirstReading);
            k = w.EndToken;
        }
        else if (yawm && _lex.BareWeekdays.TryGetValue(W(k), out day)) k++;
        else return null;
        // "سمعوا الاثنين يتبادلان الاتهامات", "بين الاثنين": "الاثنين" without "يوم" is as often "the two"
        if (day == 1 && !yawm && TheTwo(j, k)) return null;
        // "الأحد عشر" is eleven
        if (W(k) is "عشر" or "عشره") return null;
        int? dir = null;
        if (WordAt(TimeFact.Relative, _lex.RelativeWords, k, false, out var rel, out _, out _)) { dir = rel; k++; }
        if (_ref is not { } r) return new Core(k, null, $"XXXX-WXX-{day}") { Skip = skip };
        var date = dir switch
        {
            < 0 => CalendarMath.WeekdayOnOrBefore(r, day, strict: true),
            > 0 => CalendarMath.WeekdayOnOrAfter(r, day, strict: true),
            0 => CalendarMath.WeekdayOnOrBefore(r, day, strict: false),
            _ => CalendarMath.IsoDay(r) == day ? r
                : FutureNear(j) || StartsFrom(j) || OpeningFutureVerb(j) ? CalendarMath.WeekdayOnOrAfter(r, day, strict: false)
                // a plan told in the past was for the nearer such day: "كان من المقرر أن يبدأ الأحد" in Monday's report is yesterday,
                // in Thursday's it is still ahead
                : PastPlanNear(j) ? Nearer(r, CalendarMath.WeekdayOnOrBefore(r, day, strict: false), CalendarMath.WeekdayOnOrAfter(r, day, strict: false))
                // "هذا الأحد" is this week's Sunday: in Saturday's report it is tomorrow, in Monday's yesterday
                : W(j - 1) is "هذا" or "هذه" ? Nearer(r, CalendarMath.WeekdayOnOrBefore(r, day, strict: false), CalendarMath.WeekdayOnOrAfter(r, day, strict: false))
                // the report's next day after a present-tense verb is tomorrow, not six days back (which news calls "الأحد
                // الماضي"): "يعود الإيطاليون الأحد إلى صناديق الاقتراع" in Saturday's report; after a past verb ("الهجوم وقع يوم
                // السبت", "وكانت الوزارة أعلنت السبت") a bare weekday stays this week's past day
                : CalendarMath.IsoDay(r.AddDays(1)) == day && PresentVerbBefore(j) ? r.AddDays(1)
                : CalendarMath.WeekdayOnOrBefore(r, day, strict: false),
        };
        return new Core(k, CalendarValue.OfDay(date), null) { Skip = skip };
    }

    /// <summary>A present-tense verb in the few words before the weekday at j ("يلتقي ماكرون الاثنين"), within its clause and with
    /// no "لم" or "كان" right before it. Only ي opens one here: ت and ن also open past verbs ("تبنى", "نفذ").</summary>
    private bool PresentVerbBefore(int j, int reach = 6)
    {
        for (int k = j - 1; k >= 0 && reach > 0; k--, reach--)
        {
            // "يعقد المجلس جلسته، الثلاثاء": the comma that sets the date off does not end the clause
            if (k == j - 1 && _t[k].IsComma) continue;
            if (IsPunctuationStop(k) || _t[k].IsComma) return false;
            if (!_t[k].IsWord) continue;
            if (!_lex.IsPresentVerb(_t[k].Folded)) continue;
            return k == 0 || !_lex.IsPastFrame(_t[k - 1].Folded);
        }
        return false;
    }

    // "the two": after "بين" (between) or "كلا", before "معا" (together) or before a verb in the dual ("يتبادلان", "تتحملان"),
    // which a weekday never governs
    private bool TheTwo(int j, int next) =>
        W(j - 1) is "بين" or "كلا" || W(next) is "معا" || IsDualImperfect(W(next));

    private static bool IsDualImperfect(string folded) =>
        folded.Length >= 5 && folded[0] is 'ي' or 'ت' && folded.EndsWith("ان", StringComparison.Ordinal);

    // "اعتبارا من الثلاثاء", "ابتداء من يوم الخميس": news dates the start of a truce, a ban or a deployment by the coming weekday
    // (a past one carries "الماضي", read before this)
    private bool StartsFrom(int j) => W(j - 1) == "من" && _lex.StartFromWords.Contains(W(j - 2));

    private static DateOnly Nearer(DateOnly r, DateOnly before, DateOnly after) => r.DayNumber - before.DayNumber <= after.DayNumber - r.DayNumber ? before : after;

    /// <summary>"الشهر المقبل", "العام الماضي", "الأسبوع الجاري", "هذا العام"; after a part modifier the unit alone means the current one ("نهاية العام").</summary>
    private Core? UnitCore(int j, bool first, bool prefixed)
    {
        int k = j, skip = 0;
        int? dir = null;
        if (StemIs(k, TimeFact.Hatha, first, out var s0) || StemIs(k, TimeFact.Hathihi, first, out s0)) { skip = s0; dir = 0; k++; first = false; }
        if (!WordAt(TimeFact.Unit, _lex.Units, k, first, out var unit, out var s1, out var article) || !article || unit.Count != 1) return null;
        if (unit.Code is not ("M" or "Y" or "W")) return null;
        if (dir is null) skip = s1;
        k++;
        if (dir is null)
        {
            if (WordAt(TimeFact.Relative, _lex.RelativeWords, k, false, out var rel, out _, out _)) { dir = rel; k++; }
            else if (prefixed) dir = 0;
            else return null;
        }
        int d = dir.Value;
        if (_ref is not { } r)
        {
            var name = unit.Code switch { "M" => "month", "W" => "week", _ => "year" };
            return new Core(k, null, d == 0 ? $"UNDEF-this-{name}" : $"UNDEF-REF-{name}-{Signed(d)}") { Skip = skip };
        }
        CalendarValue v = unit.Code switch
        {
            "M" => CalendarValue.OfMonth(r.AddMonths(d).Year, r.AddMonths(d).Month),
            "W" => CalendarValue.OfWeek(r.AddDays(7 * d)),
            _ => CalendarValue.OfYear(r.Year + d),
        };
        return new Core(k, v, null) { Skip = skip, Parts = v.Granularity == TimeGranularity.Month ? new DateParts(null, v.Index, v.Year, false, null) : null };
    }

    /// <summary>"الربع الأخير من العام", "الربع الثالث من 2020", "الربع الأول 2018", "النصف الأول من العام المقبل".</summary>
    private Core? QuarterCore(int j, bool first)
    {
        bool quarter = StemIs(j, TimeFact.Rub, first, out var skip);
        if (!quarter && !StemIs(j, TimeFact.Nisf, first, out skip)) return null;
        int k = j + 1, index;
        if (W(k) is "الاخير" or "الاخيره") index = quarter ? 4 : 2;
        else if (OrdinalAt(k) is { } o && o.TokenCount == 1 && o.Value >= 1 && o.Value <= (quarter ? 4 : 2)) index = (int)o.Value;
        else return null;
        k++;
        // "الربع الأول من 2018", or the year right after the ordinal: "الربع الأول 2018"
        if (W(k) == "من") k++;
        else if (YearNumber(k) is null) return null;
        int? year = null;
        if (YearNumber(k) is { } y) { year = y; k++; }
        else if (_lex.YearWordsBefore.ContainsKey(W(k)) && YearNumber(k + 1) is { } y2) { year = y2; k += 2; }
        else if (YearUnitWithArticle(k))
        {
            int dir = 0;
            if (WordAt(TimeFact.Relative, _lex.RelativeWords, k + 1, false, out var rel, out _, out _)) { dir = rel; k++; }
            k++;
            if (_ref is not { } r) return new Core(k, null, $"UNDEF-REF-year-{Signed(dir)}-{(quarter ? "Q" : "H")}{index}") { Skip = skip };
            year = r.Year + dir;
        }
        else return null;
        return new Core(k, new CalendarValue(quarter ? TimeGranularity.Quarter : TimeGranularity.Half, year.Value, index), null) { Skip = skip };
    }

    private Core? SeasonCore(int j, bool first)
    {
        if (!WordAt(TimeFact.Season, _lex.Seasons, j, first, out var code, out var skip, out _)) return null;
        bool article = _t[j].Folded[skip..].StartsWith("ال", StringComparison.Ordinal);
        int index = Array.IndexOf(new[] { "", "SP", "SU", "FA", "WI" }, code);
        int k = j + 1;
        // the Arab Spring is not a season
        if (W(k) == "العربي") return null;
        int? year = null, dir = null;
        if (YearNumber(k) is { } y) { year = y; k++; }
        else if (WordAt(TimeFact.Relative, _lex.RelativeWords, k, false, out var rel, out _, out _)) { dir = rel; k++; }
        else if (!article) return null;
        if (year is null)
        {
            if (_ref is not { } r) return new Core(k, null, $"XXXX-{code}") { Skip = skip };
            int yr = r.Year - (index == 4 && r.Month <= 2 ? 1 : 0);
            if (dir < 0) while (new CalendarValue(TimeGranularity.Season, yr, index).Interval().End >= r) yr--;
            if (dir > 0) while (new CalendarValue(TimeGranularity.Season, yr, index).Interval().Begin <= r) yr++;
            year = yr;
        }
        return new Core(k, new CalendarValue(TimeGranularity.Season, year.Value, index), null) { Skip = skip };
    }

    /// <summary>A Hijri month with an optional day ("5 ربيع الأول 1443 هـ", "شهر رمضان"): a day, or the Gregorian month holding most of it with its exact interval.</summary>
    private Core? HijriCore(int j, bool first)
    {
        int k = j, skip = 0;
        bool shahr = StemIs(k, TimeFact.Shahr, first, out var s0);
        if (shahr) { skip = s0; k++; }
        var m = TrieAt(_lex.HijriMonths, k, first && !shahr);
        if (m is not { } found) return null;
        if (!shahr) skip = SkipFor(found.FirstReading);
        var (end, year, _, _) = YearPart(found.EndToken);
        if (year is null && !shahr) return null;
        if (year is { } y && y > 1600) return null;
        int hy = year ?? NearestHijriYear(found.Value, 1);
        if (hy == 0) return new Core(end, null, "XXXX-XX") { Skip = skip };
        if (CalendarMath.HijriMonth(hy, found.Value) is not { } iv) return null;
        var mid = iv.Begin.AddDays((iv.End.DayNumber - iv.Begin.DayNumber) / 2);
        return new Core(end, CalendarValue.OfMonth(mid.Year, mid.Month), null) { Skip = skip, Interval = iv };
    }

    private Core? HijriDay(int j, int end, int day, int month, int? year, int skip, bool hijriMonthName)
    {
        if (!hijriMonthName) return null;
        int hy = year ?? NearestHijriYear(month, day);
        if (hy == 0) return new Core(end, null, "XXXX-XX-XX") { Skip = skip };
        return CalendarMath.FromHijri(hy, month, day) is { } g ? new Core(end, CalendarValue.OfDay(g), null) { Skip = skip } : null;
    }

    /// <summary>The Hijri year whose month/day falls nearest the publication date (0 without one).</summary>
    private int NearestHijriYear(int month, int day)
    {
        if (_ref is not { } r) return 0;
        int hy = CalendarMath.HijriYear(r), best = hy, bestDist = int.MaxValue;
        for (int y = hy - 1; y <= hy + 1; y++)
            if (CalendarMath.FromHijri(y, month, day) is { } g && Math.Abs(g.DayNumber - r.DayNumber) < bestDist)
            {
                bestDist = Math.Abs(g.DayNumber - r.DayNumber);
                best = y;
            }
        return best;
    }
}
