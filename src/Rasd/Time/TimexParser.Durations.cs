using System.Globalization;

namespace Rasd.Time;

/// <summary>Durations ("34 يوما", "الأسابيع الستة الماضية"), times ago ("قبل ثلاثة أيام", "منذ نحو أسبوع"), sets, vague times, feasts and day ranges.</summary>
internal sealed partial class TimexParser
{
    /// <summary>A count of units at k: a number then a unit ("34 يوما", "سبع سنوات"), or a dual unit ("يومين"), and a half after it ("عامين ونصف عام", "ساعة ونصف").</summary>
    private (int End, decimal Count, string Unit)? Quantity(int k, bool first) =>
        WholeQuantity(k, first) is { } q ? AndAHalf(q) : null;

    private static readonly string AndHalf = Text.ArabicFolding.FoldString("ونصف");

    // "عامين ونصف", "ثلاث سنوات ونصف السنة", "عام ونصف عام": "ونصف" after a count adds half its unit, with the unit again after it or not
    // (a singular unit alone needs it: "ساعة ونصف" is an hour and a half, "ساعة" is no count)
    private (int End, decimal Count, string Unit) AndAHalf((int End, decimal Count, string Unit) q)
    {
        if (W(q.End) != AndHalf) return q;
        int end = q.End + 1;
        if (WordAt(TimeFact.Unit, _lex.Units, end, false, out var again, out _, out _) && again.Code == q.Unit && again.Count == 1) end++;
        return (end, q.Count + 0.5m, q.Unit);
    }

    private (int End, decimal Count, string Unit)? WholeQuantity(int k, bool first)
    {
        // a count is a unit itself ("يومين") or a number with a unit, a number word ("3 آلاف يوم", "مليون و200 ألف يوم") or "و"
        // right after it: most numbers and number words ("مليون", "الأول") have none, and are then not parsed at all
        if ((FactsAt(k) & TimeFact.Unit) == 0 && (FactsAt(k + 1) & (TimeFact.Unit | TimeFact.Cardinal)) == 0 && W(k + 1) != "و") return null;
        if (CardinalAt(k) is { } n && !n.IsVague && n.Value > 0 && (first || SkipFor(_t[k].Readings[0]) == 0))
        {
            // "أحد أشهر المعالم" (one of the most famous), "أحد أيام الأسبوع": one or two in words before a plural is no count of it
            if (WordAt(TimeFact.Unit, _lex.Units, n.EndToken, false, out var u, out _, out var art) && !art && u.Count != 2
                && !(u.Count == 0 && n.IsWords && n.Value < 3)) return (n.EndToken + 1, n.Value, u.Code);
            return null;
        }
        if (!WordAt(TimeFact.Unit, _lex.Units, k, first, out var d, out _, out var article) || article) return null;
        if (d.Count == 2) return (k + 1, 2, d.Code);
        // a singular unit counted by "واحد" after it ("يوم واحد", "ساعة واحدة"): one unit, as a number before it would say
        if (d.Count == 1 && One.Contains(W(k + 1))) return (k + 2, 1, d.Code);
        // "ساعة ونصف", "عام ونصف": one unit, to which the half is added
        if (d.Count == 1 && W(k + 1) == AndHalf) return (k + 1, 1, d.Code);
        return null;
    }

    private static readonly HashSet<string> One = new(StringComparer.Ordinal)
    {
        Text.ArabicFolding.FoldString("واحد"), Text.ArabicFolding.FoldString("واحدا"), Text.ArabicFolding.FoldString("واحدة"),
    };

    private static string DurationValue(decimal n, string unit)
    {
        // a count with a half is told in the next smaller unit ("عامين ونصف" P30M, "ساعة ونصف" PT90M), as TIMEX3 values are
        if (n != decimal.Truncate(n) && Smaller(unit) is ({ } smaller, var times) && n * times == decimal.Truncate(n * times))
            return DurationValue(n * times, smaller);
        var num = n.ToString("0.##", CultureInfo.InvariantCulture);
        return unit switch
        {
            "H" => $"PT{num}H",
            "MIN" => $"PT{num}M",
            _ => $"P{num}{unit}",
        };
    }

    // the next smaller unit and how many of it make one (a month has no whole count of days)
    private static (string? Unit, int Times) Smaller(string unit) => unit switch
    {
        "DE" => ("Y", 10),
        "Y" => ("M", 12),
        "W" => ("D", 7),
        "D" => ("H", 24),
        "H" => ("MIN", 60),
        _ => (null, 0),
    };

    private Candidate? Duration(int i)
    {
        int k = i, skip = 0;
        string? mod = null;
        bool first = true;
        if (Has(k, TimeFact.Modifier) && TrieAt(_lex.Modifiers, k, true) is { } m && m.Value is "APPROX" or "MORE" or "LESS")
        {
            mod = m.Value == "APPROX" ? "APPROX" : null;
            skip = SkipFor(m.FirstReading);
            k = m.EndToken;
            first = false;
        }
        if (Quantity(k, first) is { } q)
        {
            if (first) skip = _t[k].IsWord ? Math.Max(0, QuantitySkip(k)) : 0;
            // "عام 2011" is a year, not a duration
            if (q.Count == 1 && YearNumber(q.End) is not null) return null;
            int qEnd = ApproxAfter(q.End, ref mod);
            return new Candidate(i, qEnd, TimexType.Duration, DurationValue(q.Count, q.Unit), mod, null, null) { Skip = skip };
        }
        if (mod is not null) return null;
        // "خلال أسبوع", "في غضون شهر": a bare singular unit after a word of span is one unit long ("عام 2011" stays a year)
        // (the unit's fact first: most tokens here are numbers, and the word before is then not looked up)
        if (i > 0 && Has(i, TimeFact.Unit) && _lex.OneUnitWords.Contains(W(i - 1)) && WordAt(TimeFact.Unit, _lex.Units, i, false, out var ou, out _, out var oa) && !oa && ou.Count == 1
            && YearNumber(i + 1) is null)
            return new Candidate(i, i + 1, TimexType.Duration, DurationValue(1, ou.Code), null, null, null);
        // "الـ24 ساعة الماضية"
        if (OrdinalAt(k) is { TokenCount: 2 } glued && WordAt(TimeFact.Unit, _lex.Units, glued.EndToken, false, out var gu, out _, out var ga) && !ga && gu.Count != 2)
        {
            int end = glued.EndToken + 1;
            if (_lex.SpanQualifiers.Contains(W(end))) end++;
            return new Candidate(i, end, TimexType.Duration, DurationValue(glued.Value, gu.Code), null, null, null) { Skip = SkipFor(_t[k].Readings[0]) };
        }
        // "الساعات الـ24 الماضية", "الأسابيع الستة الماضية", "الأسبوعين الأولين"
        if (WordAt(TimeFact.Unit, _lex.Units, k, true, out var pu, out var ps, out var pa) && pa)
        {
            int end = k + 1;
            decimal count;
            if (pu.Count == 2) count = 2;
            else if (pu.Count == 0 && OrdinalAt(end) is { TokenCount: 2 } g2) { count = g2.Value; end = g2.EndToken; }
            else if (pu.Count == 0 && ArticleNumber(end) is { } an) { count = an; end++; }
            else return null;
            if (_lex.SpanQualifiers.Contains(W(end))) end++;
            else if (pu.Count == 0) return null;
            return new Candidate(i, end, TimexType.Duration, DurationValue(count, pu.Code), null, null, null) { Skip = ps };
        }
        return null;
    }

    private int QuantitySkip(int k)
    {
        // a dual unit with a conjunction ("ويومين") or a number word with one ("وثلاثة أيام")
        foreach (var r in _t[k].Readings)
            if (r.Proclitics.Length > 0 && (_lex.Units.ContainsKey(r.Stem) || Numbers.NumberLexicon.Default.TryCardinal(r.Stem, out _, out _))) return SkipFor(r);
        return 0;
    }

    /// <summary>A number word with the article ("الستة") after a plural unit.</summary>
    private decimal? ArticleNumber(int k)
    {
        if (k >= _t.Count || !_t[k].IsWord) return null;
        foreach (var r in _t[k].Readings)
            if (r.HasArticle && r.Proclitics == "ال" && Numbers.NumberLexicon.Default.TryCardinal(r.Stem, out var v, out _) && v > 1) return v;
        return null;
    }

    /// <summary>"قبل ثلاثة أيام" and "منذ نحو أسبوع" are dates (publication minus the amount); "منذ سبع سنوات" after an ongoing state is a duration.</summary>
    private Candidate? Ago(int i)
    {
        bool since;
        if (StemIs(i, TimeFact.Qabl, true, out var skip)) since = false;
        else if (StemIs(i, TimeFact.Mundhu, true, out skip)) since = true;
        else return null;
        int k = i + 1;
        string? mod = null;
        bool more = false;
        if (TrieAt(_lex.Modifiers, k, false) is { } m && m.Value is "APPROX" or "MORE" or "LESS")
        {
            mod = m.Value == "APPROX" ? "APPROX" : null;
            more = m.Value != "APPROX";
            k = m.EndToken;
        }
        (int End, decimal Count, string Unit)? q = Quantity(k, false);
        if (q is null && WordAt(TimeFact.Unit, _lex.Units, k, false, out var u1, out _, out var art) && !art && u1.Count == 1) q = (k + 1, 1, u1.Code);
        if (q is not { } amount) return null;
        // "منذ يوم السبت", "منذ يوم أمس": the day named after "يوم" is the start, not "a day ago"
        if (amount.End == k + 1 && W(k) == "يوم" && NamesADay(k + 1)) return null;
        if (YearNumber(amount.End) is not null) return null;
        bool anchored = W(amount.End) is "من" or "علي" or "على";
        int end = more ? amount.End : ApproxAfter(amount.End, ref mod);
        bool duration = anchored || more || (since && (amount.Unit is "Y" or "DE" or "H" or "MIN" || OngoingBefore(i)));
        if (duration)
        {
            int start = more ? i + 1 : mod is not null ? i + 1 : k;
            return new Candidate(start, end, TimexType.Duration, DurationValue(amount.Count, amount.Unit), mod, null, null);
        }
        if (amount.Count != decimal.Truncate(amount.Count) || amount.Count > 500) return null;
        int n = (int)amount.Count;
        if (_ref is not { } r)
            return new Candidate(i, end, TimexType.Date, $"UNDEF-REF-{amount.Unit}-MINUS-{n}", mod, null, null) { Skip = skip };
        CalendarValue v = amount.Unit switch
        {
            "D" => CalendarValue.OfDay(r.AddDays(-n)),
            "W" => CalendarValue.OfDay(r.AddDays(-7 * n)),
            "M" => CalendarValue.OfMonth(r.AddMonths(-n).Year, r.AddMonths(-n).Month),
            "Y" => CalendarValue.OfYear(r.Year - n),
            "DE" => CalendarValue.OfYear(r.Year - 10 * n),
            _ => CalendarValue.OfDay(r),
        };
        var (b, e) = v.Interval();
        return new Candidate(i, end, TimexType.Date, v.ToTimex(), mod, b, e) { Skip = skip };
    }

    // "22 عاما تقريبا", "قبل شهرين تقريبا": the amount told as approximate by the word after it (as "نحو" before it would),
    // unless a word before it already said how exact it is
    private int ApproxAfter(int end, ref string? mod)
    {
        if (mod is not null || W(end) != Approximately) return end;
        mod = "APPROX";
        return end + 1;
    }

    private static readonly string Approximately = Text.ArabicFolding.FoldString("تقريبا");

    // a weekday ("السبت") or yesterday ("أمس") right after "يوم"
    private bool NamesADay(int k) =>
        TrieAt(_lex.Weekdays, k, false) is not null || _lex.BareWeekdays.ContainsKey(W(k)) || W(k) is "امس" or "الامس";

    private const int OngoingReach = 5;

    private bool OngoingBefore(int i)
    {
        // "وتتعرض الغوطة الشرقية للقصف المكثف منذ قرابة شهر": the verb may stand a subject and an object before "منذ"
        for (int k = i - 1; k >= 0 && k >= i - OngoingReach; k--)
        {
            if (IsPunctuationStop(k)) return false;
            foreach (var r in _t[k].Readings)
                if (_lex.DurationCues.Contains(r.Stem) || _lex.DurationCues.Contains(r.StemWithArticle)) return true;
        }
        return false;
    }

    /// <summary>"كل يوم جمعة", "كل أسبوع", "كل 3 أيام", "يوميا".</summary>
    private Candidate? SetAt(int i)
    {
        if (WordAt(TimeFact.SetWord, _lex.SetWords, i, true, out var sv, out var ss, out _)) return new Candidate(i, i + 1, TimexType.Set, sv, null, null, null) { Skip = ss };
        if (!StemIs(i, TimeFact.Kull, true, out var skip)) return null;
        int k = i + 1;
        bool yawm = W(k) == "يوم";
        int wk = yawm ? k + 1 : k;
        if (TrieAt(_lex.Weekdays, wk, false) is { } wd) return new Candidate(i, wd.EndToken, TimexType.Set, $"XXXX-WXX-{wd.Value}", null, null, null) { Skip = skip };
        if (yawm && _lex.BareWeekdays.TryGetValue(W(wk), out var bd)) return new Candidate(i, wk + 1, TimexType.Set, $"XXXX-WXX-{bd}", null, null, null) { Skip = skip };
        if (Quantity(k, false) is { } q) return new Candidate(i, q.End, TimexType.Set, DurationValue(q.Count, q.Unit), null, null, null) { Skip = skip };
        if (WordAt(TimeFact.Unit, _lex.Units, k, false, out var u, out _, out var art) && !art && u.Count == 1)
            return new Candidate(i, k + 1, TimexType.Set, DurationValue(1, u.Code), null, null, null) { Skip = skip };
        return null;
    }

    private Candidate? VagueAt(int i)
    {
        if (TrieAt(_lex.VagueTimes, i, true) is not { } m) return null;
        return new Candidate(i, m.EndToken, m.Value.Type, m.Value.Value, null, null, null) { Skip = SkipFor(m.FirstReading) };
    }

    // how far back (in tokens) "آنذاك" looks for the date it points to: about the sentence before
    private const int AnaphoricReach = 80;

    /// <summary>"آنذاك", "حينها": the value of the nearest past date just before, else an unresolved past reference.</summary>
    private Candidate? AnaphoricAt(int i)
    {
        if (TrieAt(_lex.AnaphoricTimes, i, true) is not { } m) return null;
        int skip = SkipFor(m.FirstReading);
        if (m.Value >= TimeLexicon.NextDay) return FollowingUnit(i, m.EndToken, m.Value, skip);
        if (m.Value != 0) return ShiftedFrom(i, m.EndToken, m.Value, skip);
        if (_lastPastDate is { } d && i - d.End <= AnaphoricReach)
            return new Candidate(i, m.EndToken, TimexType.Date, d.Value, d.Mod, d.Begin, d.Last) { Skip = skip, IsAnaphoric = true };
        return new Candidate(i, m.EndToken, TimexType.Date, "PAST_REF", null, null, null) { Skip = skip, IsAnaphoric = true };
    }

    /// <summary>"في اليوم التالي", "الشهر التالي", "العام التالي", "اليوم السابق": the day, month or year after (before) the date
    /// told just before, which must be that precise; nothing otherwise (a following day of no known date is no date).</summary>
    private Candidate? FollowingUnit(int i, int end, int unit, int skip)
    {
        if (_lastPastDate is not { Begin: { } b, Last: { } l } d || i - d.End > AnaphoricReach) return null;
        // "اليوم التالي للحرب", "في اليوم التالي لاعتقاله": the day after what ل names, not after the date told before
        if (end < _t.Count && _t[end].Readings.Any(r => r.Proclitics.StartsWith('ل'))) return null;
        switch (unit)
        {
            case TimeLexicon.NextDay or TimeLexicon.PreviousDay when b == l:
                var day = b.AddDays(unit == TimeLexicon.NextDay ? 1 : -1);
                return new Candidate(i, end, TimexType.Date, CalendarValue.OfDay(day).ToTimex(), null, day, day) { Skip = skip };
            case TimeLexicon.NextMonth when b.Year == l.Year && b.Month == l.Month:
                var month = new DateOnly(b.Year, b.Month, 1).AddMonths(1);
                return new Candidate(i, end, TimexType.Date, $"{month.Year:D4}-{month.Month:D2}", null, month, month.AddMonths(1).AddDays(-1)) { Skip = skip };
            case TimeLexicon.NextYear when b.Year == l.Year:
                var year = new DateOnly(b.Year + 1, 1, 1);
                return new Candidate(i, end, TimexType.Date, $"{year.Year:D4}", null, year, new DateOnly(year.Year, 12, 31)) { Skip = skip };
            default:
                return null;
        }
    }

    /// <summary>"وبعد ذلك بيومين", "قبل ذلك بأسبوع": the day told just before moved by the amount after ب; nothing without both
    /// (a bare "بعد ذلك" is no date, and with no day before it the amount is left to be read as a duration).</summary>
    private Candidate? ShiftedFrom(int i, int k, int direction, int skip)
    {
        if (k >= _t.Count || !_t[k].Readings.Any(r => r.Proclitics == "ب")) return null;
        var amount = Quantity(k, true);
        // "بأسبوع", "بيوم": one unit
        if (amount is null && WordAt(TimeFact.Unit, _lex.Units, k, true, out var one, out _, out var article) && !article && one.Count == 1) amount = (k + 1, 1, one.Code);
        if (amount is not { } q || q.Unit is not ("D" or "W") || q.Count != decimal.Truncate(q.Count) || q.Count > 60) return null;
        if (_lastPastDate is not { Begin: { } b, Last: { } l } d || b != l || i - d.End > AnaphoricReach) return null;
        var day = b.AddDays(direction * (int)q.Count * (q.Unit == "W" ? 7 : 1));
        return new Candidate(i, q.End, TimexType.Date, CalendarValue.OfDay(day).ToTimex(), null, day, day) { Skip = skip };
    }

    /// <summary>A feast on its nearest occurrence to the publication date.</summary>
    private Candidate? HolidayAt(int i)
    {
        if (TrieAt(_lex.Holidays, i, true) is not { } m) return null;
        var h = m.Value;
        int skip = SkipFor(m.FirstReading);
        if (_ref is not { } r) return new Candidate(i, m.EndToken, TimexType.Date, h.Calendar == "gregorian" ? $"XXXX-{h.Month:D2}-{h.Day:D2}" : "XXXX-XX-XX", null, null, null) { Skip = skip };
        DateOnly? best = null;
        for (int d = -1; d <= 1; d++)
        {
            DateOnly? g = h.Calendar switch
            {
                "hijri" => CalendarMath.FromHijri(CalendarMath.HijriYear(r) + d, h.Month, h.Day),
                "easter" => CalendarMath.Easter(r.Year + d),
                _ => CalendarValue.TryDay(r.Year + d, h.Month, h.Day)?.AsDate,
            };
            if (g is { } x && (best is null || Math.Abs(x.DayNumber - r.DayNumber) < Math.Abs(best.Value.DayNumber - r.DayNumber))) best = x;
        }
        if (best is not { } day) return null;
        return new Candidate(i, m.EndToken, TimexType.Date, CalendarValue.OfDay(day).ToTimex(), null, day, day) { Skip = skip };
    }

    /// <summary>"بين 1 و15 أيلول", "من 10 إلى 15 آب", "19-20 نوفمبر": the first day takes the month (and year) of the second.</summary>
    private List<Candidate>? DayRange(int i)
    {
        // a range that starts at a number has no opener word, so it needs the dash right after it (most numbers have none)
        if (_t[i].IsNumber && W(i + 1) is not ("-" or "–")) return null;
        int k = i;
        bool opener = false;
        if (TrieAt(_lex.RangeWords, k, true) is { } o && o.Value == "start") { opener = true; k = o.EndToken; }
        if (DayNumber(k) is not { } d1) return null;
        int k1 = k + 1, k2;
        if (W(k1) is "-" or "–" && !_t[k1].SpaceBefore && k1 + 1 < _t.Count && !_t[k1 + 1].SpaceBefore) k2 = k1 + 1;
        else if (opener && TrieAt(_lex.RangeWords, k1, false) is { } c && c.Value == "end") k2 = c.EndToken;
        else return null;
        if (DayNumber(k2) is null) return null;
        var second = DatePhrase(k2);
        if (second is not { Parts: { Day: { } d2 } p } || second.Mod is not null) return null;
        var month = new DateOnly(p.Year, p.Month, 1);
        if (d1 > d2) month = month.AddMonths(-1);
        if (CalendarValue.TryDay(month.Year, month.Month, d1) is not { } v1) return null;
        var firstDay = new Candidate(k, k + 1, TimexType.Date, v1.ToTimex(), null, v1.AsDate, v1.AsDate)
        {
            Parts = new DateParts(d1, month.Month, month.Year, p.ExplicitYear, null),
            RangeWithNext = true,
        };
        return [firstDay, second];
    }
}
