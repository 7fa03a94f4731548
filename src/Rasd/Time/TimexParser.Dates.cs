namespace Rasd.Time;

/// <summary>Date phrases: an optional part modifier or part of day, then a core (deictic day, weekday, day and month, month, year, numeric date, relative unit, quarter, season).</summary>
internal sealed partial class TimexParser
{
    private Candidate? DatePhrase(int i)
    {
        // the bare core first; a modifier reading must be strictly longer to win ("أول أمس" is a day, not START of "أمس")
        Candidate? best = Build(i, Core(i, true, false), null, null, 0);
        // the two phrase lists are asked only of a word that may begin one of their entries
        var dp = Has(i, TimeFact.DayPart) ? TrieAt(_lex.DayParts, i, true) : null;
        if (dp is { } part)
        {
            var c = Build(i, DayCore(part.EndToken, false), null, part.Value, SkipFor(part.FirstReading));
            if (c is not null && (best is null || c.End > best.End)) best = c;
        }
        var mm = Has(i, TimeFact.Modifier) ? TrieAt(_lex.Modifiers, i, true) : null;
        if (mm is { } mod && mod.Value is "START" or "MID" or "END" or "APPROX")
        {
            var c = Build(i, Core(mod.EndToken, false, true), mod.Value, null, SkipFor(mod.FirstReading));
            if (c is not null && (best is null || c.End > best.End)) best = c;
        }
        return best;
    }

    private Candidate? Build(int i, Core? core, string? mod, string? part, int prefixSkip)
    {
        if (core is null) return null;
        part ??= core.Part;
        if (part is not null && !core.IsDay) return null;
        int skip = core.End > i && (mod is not null || part is not null) ? prefixSkip : core.Skip;
        int end = core.End;
        (DateOnly, DateOnly)? interval = core.Interval;
        string value;
        if (core.Value is { } v)
        {
            value = v.ToTimex();
            interval ??= v.Interval(mod);
            // "ليل السبت - الأحد": one night across two days
            if (part == "NI" && v.Granularity == TimeGranularity.Day && end + 1 < _t.Count && W(end) is "-" or "/" or "–")
            {
                var wd = TrieAt(_lex.Weekdays, end + 1, false);
                if (wd is { } next && next.Value == CalendarMath.IsoDay(v.AsDate.AddDays(1)))
                {
                    end = next.EndToken;
                    interval = (v.AsDate, v.AsDate.AddDays(1));
                }
            }
        }
        else value = core.Fallback!;
        var type = TimexType.Date;
        if (part is not null)
        {
            type = TimexType.Time;
            value += part == "MIDNIGHT" ? "T00:00" : "T" + part;
        }
        if (core.Value is null) interval = null;
        var parts = core.Parts is { } p ? p with { Part = part } : null;
        return new Candidate(i, end, type, value, mod, interval?.Item1, interval?.Item2) { Skip = skip, Parts = parts };
    }

    /// <summary>The longest date core at j.</summary>
    private Core? Core(int j, bool first, bool prefixed)
    {
        Core? best = null;
        void Offer(Core? c)
        {
            if (c is not null && (best is null || c.End > best.End)) best = c;
        }
        // each core is called only when token j has a fact its first step needs (it would return null otherwise)
        var f = FactsAt(j);
        if ((f & CoreStarts) == 0) return null;
        if ((f & TimeFact.Deictic) != 0) Offer(DeicticCore(j, first));
        if ((f & (TimeFact.Yawm | TimeFact.Weekday)) != 0) Offer(WeekdayCore(j, first));
        if ((f & (TimeFact.Yawm | TimeFact.Ordinal | TimeFact.Number)) != 0) Offer(DayMonthCore(j, first));
        if ((f & (TimeFact.Shahr | TimeFact.Month)) != 0) Offer(MonthCore(j, first, prefixed));
        if ((f & (TimeFact.Shahr | TimeFact.HijriMonth)) != 0) Offer(HijriCore(j, first));
        if ((f & (TimeFact.YearWordBefore | TimeFact.Number)) != 0) Offer(YearCore(j, first, prefixed));
        if ((f & TimeFact.Number) != 0) Offer(NumericCore(j));
        if ((f & (TimeFact.Hatha | TimeFact.Hathihi | TimeFact.Unit)) != 0) Offer(UnitCore(j, first, prefixed));
        if ((f & TimeFact.Unit) != 0) Offer(WeekOfMonthCore(j));
        if ((f & (TimeFact.Rub | TimeFact.Nisf)) != 0) Offer(QuarterCore(j, first));
        if ((f & TimeFact.Season) != 0) Offer(SeasonCore(j, first));
        return best;
    }

    // the facts one of which a date core needs at its first token
    private const TimeFact CoreStarts = TimeFact.Deictic | TimeFact.Yawm | TimeFact.Weekday | TimeFact.Ordinal | TimeFact.Number | TimeFact.Shahr
        | TimeFact.Month | TimeFact.HijriMonth | TimeFact.YearWordBefore | TimeFact.Hatha | TimeFact.Hathihi | TimeFact.Unit | TimeFact.Rub
        | TimeFact.Nisf | TimeFact.Season;

    /// <summary>Cores that name one day (after a part of day: "فجر اليوم", "مساء السبت", "صباح 5 أيار").</summary>
    private Core? DayCore(int j, bool first)
    {
        var f = FactsAt(j);
        Core? best = (f & TimeFact.Deictic) != 0 ? DeicticCore(j, first) : null;
        if ((f & (TimeFact.Yawm | TimeFact.Weekday)) != 0 && WeekdayCore(j, first) is { } w && (best is null || w.End > best.End)) best = w;
        if ((f & (TimeFact.Yawm | TimeFact.Ordinal | TimeFact.Number)) != 0 && DayMonthCore(j, first) is { } d && (best is null || d.End > best.End)) best = d;
        return best;
    }

    private Core? DayMonthCore(int j, bool first)
    {
        int k = j, skip = 0;
        if (StemIs(k, TimeFact.Yawm, first, out var s0)) { skip = s0; k++; first = false; }
        int day;
        bool ordinal = false;
        if (DayNumber(k) is { } d) { day = d; k++; }
        else if (OrdinalAt(k) is { } ord && ord.Value is >= 1 and <= 31 && (first || SkipFor(_t[k].Readings[0]) == 0))
        {
            day = (int)ord.Value;
            ordinal = true;
            if (first && _t[k].Readings.Count > 0) skip = 0;
            k = ord.EndToken;
        }
        else return null;
        bool of = false;
        if (W(k) == "من") { k++; of = true; }
        if (ordinal && !of) return null;
        // a day is dated only by "منه", "شهر", a month name or "الشهر" after it: most numbers have none of them next
        if (W(k) != TimeLexicon.OfThisMonth && (FactsAt(k) & (TimeFact.Shahr | TimeFact.Month | TimeFact.HijriMonth | TimeFact.Unit)) == 0) return null;
        int month;
        int? year = null, dir = null;
        bool hijri = false;
        if (!of && W(k) == TimeLexicon.OfThisMonth && _lastMonth is { } last)
        {
            var v = CalendarValue.TryDay(last.Year, last.Month, day);
            return v is null ? null : new Core(k + 1, v, null) { Skip = skip, Parts = new DateParts(day, last.Month, last.Year, true, null) };
        }
        if (W(k) == "شهر") k++;
        if (TrieAt(_lex.Months, k, false) is { } m)
        {
            month = m.Value;
            k = Paired(m.EndToken);
        }
        else if (TrieAt(_lex.HijriMonths, k, false) is { } hm)
        {
            month = hm.Value;
            hijri = true;
            k = hm.EndToken;
        }
        else if (WordAt(TimeFact.Unit, _lex.Units, k, false, out var u, out _, out var art) && art && u.Code == "M" && u.Count == 1
                 && WordAt(TimeFact.Relative, _lex.RelativeWords, k + 1, false, out var rel, out _, out _))
        {
            // "الخامس من الشهر الجاري"
            if (_ref is not { } r) return new Core(k + 2, null, $"UNDEF-REF-month-{Signed(rel)}-day-{day}") { Skip = skip };
            var mon = r.AddMonths(rel);
            var v = CalendarValue.TryDay(mon.Year, mon.Month, day);
            return v is null ? null : new Core(k + 2, v, null) { Skip = skip, Parts = new DateParts(day, mon.Month, mon.Year, true, null) };
        }
        else return null;
        (k, year, dir, var yearHijri) = YearPart(k);
        if (hijri || yearHijri) return HijriDay(j, k, day, month, year, skip, hijri);
        CalendarValue? value;
        if (year is { } y) value = CalendarValue.TryDay(y, month, day);
        else if (_ref is not { } r) return new Core(k, null, $"XXXX-{month:D2}-{day:D2}") { Skip = skip };
        else
        {
            DateOnly? date = dir switch
            {
                < 0 => CalendarMath.DayBefore(r, month, day, strict: true),
                > 0 => CalendarMath.DayAfter(r, month, day, strict: true),
                0 => CalendarValue.TryDay(r.Year, month, day)?.AsDate,
                _ => DefaultDay(r, month, day, j),
            };
            value = date is { } dd ? CalendarValue.OfDay(dd) : null;
        }
        if (value is not { } val) return null;
        return new Core(k, val, null) { Skip = skip, Parts = new DateParts(day, month, val.Year, year is not null, null) };
    }

    /// <summary>A day and month without a year: the latest on or before publication, unless the text looks ahead or the date is a few weeks away.</summary>
    private DateOnly? DefaultDay(DateOnly r, int month, int day, int at)
    {
        var past = CalendarMath.DayBefore(r, month, day, strict: false);
        var future = CalendarMath.DayAfter(r, month, day, strict: false);
        if (future is { } f && !SinceBefore(at) && (FutureNear(at) || f.DayNumber - r.DayNumber <= 45)) return f;
        return past ?? future;
    }

    private int DefaultMonthYear(DateOnly r, int month, int at)
    {
        int futureYear = CalendarMath.YearOfMonth(r, month, 1, strict: false);
        int ahead = (futureYear - r.Year) * 12 + month - r.Month;
        if (!SinceBefore(at) && (FutureNear(at, reach: 10) || ahead <= 2)) return futureYear;
        return CalendarMath.YearOfMonth(r, month, -1, strict: false);
    }

    /// <summary>After a month name: "/يناير" or "(كانون الثاني)" naming the same month in another system.</summary>
    private int Paired(int k)
    {
        if (W(k) is "/" or "\\" or "-" && TrieAt(_lex.Months, k + 1, false) is { } m) return m.EndToken;
        if (W(k) == "(" && TrieAt(_lex.Months, k + 1, false) is { } p && W(p.EndToken) == ")") return p.EndToken + 1;
        return k;
    }

    /// <summary>What follows a month: a year (2021, عام 2021, من العام 2021, 1443 هـ), a relative word (الماضي) or "من العام الماضي".</summary>
    private (int End, int? Year, int? Dir, bool Hijri) YearPart(int k)
    {
        if (YearNumber(k) is { } y) return YearSuffix(k + 1, y);
        if (_lex.YearWordsBefore.ContainsKey(W(k)) && YearNumber(k + 1) is { } y2) return YearSuffix(k + 2, y2);
        if (W(k) == "من")
        {
            if (_lex.YearWordsBefore.ContainsKey(W(k + 1)) && YearNumber(k + 2) is { } y3) return YearSuffix(k + 3, y3);
            if (YearUnitWithArticle(k + 1) && WordAt(TimeFact.Relative, _lex.RelativeWords, k + 2, false, out var rel, out _, out _))
                return (k + 3, _ref is { } r ? r.Year + rel : null, _ref is null ? rel : null, false);
            if (W(k + 1) is "هذا" or "هذه" && YearUnitWithArticle(k + 2))
                return (k + 3, _ref?.Year, _ref is null ? 0 : null, false);
        }
        if (WordAt(TimeFact.Relative, _lex.RelativeWords, k, false, out var dir, out _, out _)) return (k + 1, null, dir, false);
        // "3 أغسطس (آب) العام الماضي": the year told as a relative year without "من"
        if (YearUnitWithArticle(k) && WordAt(TimeFact.Relative, _lex.RelativeWords, k + 1, false, out var relYear, out _, out _))
            return (k + 2, _ref is { } r0 ? r0.Year + relYear : null, _ref is null ? relYear : null, false);
        return (k, null, null, false);
    }

    private (int End, int? Year, int? Dir, bool Hijri) YearSuffix(int k, int year)
    {
        if (_lex.YearWordsAfter.TryGetValue(W(k), out var cal)) return (k + 1, year, null, cal == "hijri");
        return (k, year, null, year < 1600);
    }

    private bool YearUnitWithArticle(int k) => WordAt(TimeFact.Unit, _lex.Units, k, false, out var u, out _, out var art) && art && u.Code == "Y" && u.Count == 1;

    private Core? MonthCore(int j, bool first, bool prefixed)
    {
        int k = j, skip = 0;
        bool shahr = StemIs(k, TimeFact.Shahr, first, out var s0);
        if (shahr) { skip = s0; k++; }
        var m = TrieAt(_lex.Months, k, first && !shahr);
        if (m is not { } found || found.FirstReading.HasArticle) return null;
        if (!shahr) skip = SkipFor(found.FirstReading);
        int month = found.Value;
        int afterName = Paired(found.EndToken);
        var (end, year, dir, hijri) = YearPart(afterName);
        bool paired = afterName > found.EndToken;
        // a month name alone is often another word: it needs a preposition, "شهر", a pair, a year or a relative word
        if (!prefixed && !shahr && !paired && year is null && dir is null && !TimePrepositionBefore(j, skip) && !JoinedToMonth(j, skip)) return null;
        // "باب توما", "باب الهوى": a two-letter name (آب) glued to ب or ل is the word "باب" (gate) far more often than "in
        // August"; alone it is read only as a word of its own ("في آب") or with a year, a pair or a relative word
        if (!prefixed && !shahr && !paired && year is null && dir is null && skip > 0 && _t[j].Folded.Length - skip <= 2) return null;
        if (hijri) return null;
        if (year is { } y) return new Core(end, CalendarValue.OfMonth(y, month), null) { Skip = skip, Parts = new DateParts(null, month, y, true, null) };
        if (_ref is not { } r) return new Core(end, null, dir is { } dd && dd != 0 ? $"UNDEF-REF-month-{month:D2}-{Signed(dd)}" : $"XXXX-{month:D2}") { Skip = skip };
        int yr = dir switch
        {
            < 0 => CalendarMath.YearOfMonth(r, month, -1, strict: true),
            > 0 => CalendarMath.YearOfMonth(r, month, 1, strict: true),
            0 => r.Year,
            _ => DefaultMonthYear(r, month, j),
        };
        return new Core(end, CalendarValue.OfMonth(yr, month), null) { Skip = skip, Parts = new DateParts(null, month, yr, false, null) };
    }

    /// <summary>"في يناير وفبراير", "في أيلول أو تشرين الأول": a month name joined by و or أو to a month named right before it.</summary>
    private bool JoinedToMonth(int j, int skip)
    {
        int end;
        if (skip > 0 && _t[j].Folded[..skip] == "و") end = j;
        else if (skip == 0 && j > 0 && W(j - 1) is "و" or "او") end = j - 1;
        else return false;
        for (int from = end - 1; from >= 0 && from >= end - 2; from--)
            if (TrieAt(_lex.Months, from, true) is { } before && before.EndToken == end) return true;
        return false;
    }

    private Core? YearCore(int j, bool first, bool prefixed)
    {
        int k = j, skip = 0;
        bool word = false;
        if (WordAt(TimeFact.YearWordBefore, _lex.YearWordsBefore, k, first, out _, out var s0, out _) && YearNumber(k + 1) is not null) { word = true; skip = s0; k++; }
        if (YearNumber(k) is not { } y) return null;
        var (end, _, _, hijri) = YearSuffix(k + 1, y);
        bool suffixed = end > k + 1;
        if (!word && !suffixed && !prefixed && !TimePrepositionBefore(j, 0) && !YearListed(k) && !NamedByYear(k)) return null;
        // "أكثر من 1000 قتيل", "من 2000 شخص": a number that counts something is no year
        if (!word && !suffixed && CountsNoun(k + 1)) return null;
        // a bare number under 1600 is a Hijri year only when "هـ" or "عام" says so; alone it is a count
        if (hijri && !suffixed && !word) return null;
        if (hijri)
        {
            if (CalendarMath.HijriMonth(y, 1) is not { } a || CalendarMath.HijriMonth(y, 12) is not { } z) return null;
            var mid = a.Begin.AddDays((z.End.DayNumber - a.Begin.DayNumber) / 2);
            return new Core(end, CalendarValue.OfYear(mid.Year), null) { Skip = skip, Interval = (a.Begin, z.End) };
        }
        if (y is < 1900 or > 2100 && !word && !suffixed) return null;
        return new Core(end, CalendarValue.OfYear(y), null) { Skip = skip };
    }

    private static readonly HashSet<string> YearEventNouns = Lexicons.TsvTable.FoldedWords("time_year_event_nouns");

    /// <summary>"منذ حرب 1967", "ثورة 2011": a year number right after a noun that names a happening by its year.</summary>
    private bool NamedByYear(int k)
    {
        if (k == 0 || !_t[k - 1].IsWord) return false;
        foreach (var r in _t[k - 1].Readings)
            if (YearEventNouns.Contains(r.Stem)) return true;
        return false;
    }

    private bool CountsNoun(int k)
    {
        if (k >= _t.Count || !_t[k].IsWord) return false;
        foreach (var r in _t[k].Readings)
            if (Numbers.NumberLexicon.Default.IsCountableNoun(r.Stem)) return true;
        return false;
    }

    /// <summary>A year number joined to another year: "2014-2016", "بين 2011 و2015".</summary>
    private bool YearListed(int k)
    {
        if (k + 2 < _t.Count && W(k + 1) is "-" or "–" && !_t[k + 1].SpaceBefore && !_t[k + 2].SpaceBefore && YearNumber(k + 2) is not null) return true;
        return k >= 2 && W(k - 1) is "-" or "–" or "و" && YearNumber(k - 2) is not null;
    }

    /// <summary>15/10/2021, 2021/10/15, 15.10.2021, 2021-10-15, 15-10-2021, "15 / 10 / 2021"; a Hijri year (under 1600, or
    /// "هـ" after it: "14/10/1436هـ") makes it a Hijri date, told as its Gregorian day.</summary>
    private Core? NumericCore(int j)
    {
        if (j >= _t.Count || !_t[j].IsNumber) return null;
        var s = _t[j].Folded;
        int end = j + 1;
        string[] parts;
        if (s.AsSpan().Count('/') == 2) parts = s.Split('/');
        else if (s.AsSpan().Count('.') == 2) parts = s.Split('.');
        else if (j + 4 < _t.Count && W(j + 1) == "-" && W(j + 3) == "-" && _t[j + 2].IsNumber && _t[j + 4].IsNumber
                 && !_t[j + 1].SpaceBefore && !_t[j + 2].SpaceBefore && !_t[j + 3].SpaceBefore && !_t[j + 4].SpaceBefore)
        {
            parts = [s, W(j + 2), W(j + 4)];
            end = j + 5;
        }
        // Saudi and Gulf statements space the slashes ("14 / 10 / 1436هـ"); two slashes between three numbers is a date
        else if (j + 4 < _t.Count && W(j + 1) == "/" && W(j + 3) == "/" && _t[j + 2].IsNumber && _t[j + 4].IsNumber)
        {
            parts = [s, W(j + 2), W(j + 4)];
            end = j + 5;
        }
        else return null;
        if (parts.Length != 3 || !parts.All(p => p.Length is >= 1 and <= 4 && p.All(char.IsAsciiDigit))) return null;
        int a = int.Parse(parts[0]), b = int.Parse(parts[1]), c = int.Parse(parts[2]);
        if (parts[0].Length != 4 && parts[2].Length != 4) return null;
        var (y, d) = parts[0].Length == 4 ? (a, c) : (c, a);
        // "هـ" or a year under 1600 is the Hijri calendar (YearSuffix): 1436 read as a Gregorian year would be five centuries off
        var (suffixEnd, _, _, hijri) = YearSuffix(end, y);
        if (hijri)
            return CalendarMath.FromHijri(y, b, d) is { } g ? new Core(suffixEnd, CalendarValue.OfDay(g), null) : null;
        var v = CalendarValue.TryDay(y, b, d);
        return v is { } val ? new Core(suffixEnd, val, null) { Parts = new DateParts(val.Day, val.Index, val.Year, true, null) } : null;
    }

    private static string Signed(int dir) => dir < 0 ? $"MINUS-{-dir}" : $"PLUS-{dir}";
}
