using Rasd.Lexicons;
using Rasd.Numbers;
using Rasd.Text;

namespace Rasd.Time;

/// <summary>
/// The recogniser engine: scans tokens left to right and at each position keeps the longest time expression any
/// of its parsers reads (dates, deixis, durations, sets, vague times, feasts), resolving it against the publication date.
/// </summary>
internal sealed partial class TimexParser
{
    private static readonly string[] StrongPunctuation = [".", "،", ",", "؛", ";", ":", "!", "؟", "?"];

    private readonly TimeLexicon _lex;
    private readonly NumberParser _numbers;
    private IReadOnlyList<Token> _t = [];
    private TimeFact[] _facts = [];
    private DateOnly? _ref;
    private (int Year, int Month)? _lastMonth;
    private Candidate? _lastPastDate;

    public TimexParser(TimeLexicon? lexicon = null, NumberParser? numbers = null)
    {
        _lex = lexicon ?? TimeLexicon.Default;
        _numbers = numbers ?? new NumberParser();
    }

    /// <summary>The lexicon the parser reads.</summary>
    internal TimeLexicon Lexicon => _lex;

    /// <summary>Whether a phrase-only start word is tried only where a phrase matches (<see cref="TimeLexicon.MayStartAt"/>); off in tests that check the gate loses nothing.</summary>
    internal bool Gated { get; init; } = true;

    public List<Candidate> Parse(IReadOnlyList<Token> tokens, DateOnly? reference)
    {
        _t = tokens;
        _ref = reference;
        _lastMonth = null;
        _lastPastDate = null;
        var found = new List<Candidate>();
        // each token's facts, read once from its word: the parsers then test bits of an array instead of looking words up
        int count = _t.Count;
        _facts = System.Buffers.ArrayPool<TimeFact>.Shared.Rent(count);
        try
        {
            for (int k = 0; k < count; k++)
            {
                var t = _t[k];
                _facts[k] = _lex.Facts(t) | (t.IsNumber ? TimeFact.Number : TimeFact.None);
            }
            int i = 0;
            while (i < count)
            {
                // no parser reads an expression at a word with none of the start facts (most words): the lexicon gates are not asked
                bool may = (_facts[i] & (TimeFact.Starts | TimeFact.Number)) != 0 && (Gated ? _lex.MayStartAt(_t, i) : _lex.CanStart(_t[i]));
                var (range, one) = may ? ParseAt(i) : default;
                if (one is not null)
                {
                    Take(found, one);
                    i = one.End;
                }
                else if (range is not null)
                {
                    foreach (var c in range) Take(found, c);
                    i = range[^1].End;
                }
                else i++;
            }
            MergeWeekdayDates(found);
        }
        finally
        {
            System.Buffers.ArrayPool<TimeFact>.Shared.Return(_facts);
            _facts = [];
        }
        RangeLinker.Link(found, _t, _lex);
        // a parser is kept for the thread's next text: it lets go of this one
        _t = [];
        _lastPastDate = null;
        return found;
    }

    /// <summary>Adds a candidate found and notes the month and the past date it names, for the expressions after it.</summary>
    private void Take(List<Candidate> found, Candidate c)
    {
        found.Add(c);
        if (c.Parts is { } p) _lastMonth = (p.Year, p.Month);
        if (c.Type == TimexType.Date && c.Begin is { } b && (_ref is not { } r || b <= r)) _lastPastDate = c;
    }

    /// <summary>The longest reading at token i: a day range's two candidates, or the one candidate reaching furthest (the first of
    /// equals; it beats a range only by ending after it); both null when none. One candidate needs no list of its own.</summary>
    private (List<Candidate>? Range, Candidate? One) ParseAt(int i)
    {
        List<Candidate>? range = null;
        Candidate? one = null;
        void Offer(Candidate? c)
        {
            if (c is not null && (one ?? range?[^1]) is var best && (best is null || c.End > best.End))
            {
                one = c;
                range = null;
            }
        }
        // each parser is called only when the first token has a fact its first step needs (it would return null otherwise)
        var f = _facts[i];
        range = (f & (TimeFact.RangeWord | TimeFact.Number)) != 0 ? DayRange(i) : null;
        if ((f & (CoreStarts | TimeFact.DayPart | TimeFact.Modifier)) != 0) Offer(DatePhrase(i));
        if ((f & (TimeFact.Qabl | TimeFact.Mundhu)) != 0) Offer(Ago(i));
        if ((f & (TimeFact.Modifier | TimeFact.Cardinal | TimeFact.Ordinal | TimeFact.Unit | TimeFact.Number)) != 0) Offer(Duration(i));
        if ((f & (TimeFact.SetWord | TimeFact.Kull)) != 0) Offer(SetAt(i));
        if ((f & TimeFact.Vague) != 0) Offer(VagueAt(i));
        if ((f & TimeFact.Anaphoric) != 0) Offer(AnaphoricAt(i));
        if ((f & TimeFact.Holiday) != 0) Offer(HolidayAt(i));
        return (range, one);
    }

    // ---- token helpers

    private string W(int i) => i >= 0 && i < _t.Count ? _t[i].Folded : "";

    private static int SkipFor(CliticReading r) =>
        r.HasArticle ? r.Proclitics.Length - (r.Proclitics.EndsWith("لل", StringComparison.Ordinal) ? 1 : 2) : r.Proclitics.Length;

    /// <summary>A trie match at i; only the first token of an expression may carry proclitics (و، ب، ل …).</summary>
    private TrieMatch<TV>? TrieAt<TV>(TokenTrie<TV> trie, int i, bool first)
    {
        if (i >= _t.Count) return null;
        var m = trie.Match(_t, i);
        if (m is not { } found) return null;
        if (!first && SkipFor(found.FirstReading) != 0) return null;
        return found;
    }

    /// <summary>Looks a single word up in a folded dictionary, whole word first, then its clitic stems (with and without the article).</summary>
    private bool WordAt<TV>(TimeFact list, Dictionary<string, TV> dict, int i, bool first, out TV value, out int skip, out bool article)
    {
        value = default!;
        skip = 0;
        article = false;
        if (i >= _t.Count || !_t[i].IsWord || !Has(i, list)) return false;
        foreach (var r in _t[i].Readings)
        {
            int s = SkipFor(r);
            if (!first && s != 0) continue;
            if (r.HasArticle && dict.TryGetValue(r.StemWithArticle, out value!)) { skip = s; return true; }
            if (dict.TryGetValue(r.Stem, out value!)) { skip = s; article = r.HasArticle; return true; }
        }
        return false;
    }

    /// <summary>Whether token i may be <paramref name="fact"/> (a word-level superset test, see <see cref="TimeFact"/>).</summary>
    private bool Has(int i, TimeFact fact) => (_facts[i] & fact) != 0;

    /// <summary>The facts of token i, none past the end.</summary>
    private TimeFact FactsAt(int i) => i < _t.Count ? _facts[i] : TimeFact.None;

    private bool StemIs(int i, TimeFact word, bool first, out int skip)
    {
        skip = 0;
        if (i >= _t.Count || !Has(i, word)) return false;
        var folded = Literal(word);
        if (_t[i].Folded == folded) return true;
        if (!first) return false;
        foreach (var r in _t[i].Readings)
            if (r.Stem == folded || r.StemWithArticle == folded) { skip = SkipFor(r); return true; }
        return false;
    }

    private static string Literal(TimeFact word)
    {
        foreach (var (fact, w) in TimeLexicon.LiteralFacts)
            if (fact == word) return w;
        throw new ArgumentOutOfRangeException(nameof(word));
    }

    /// <summary>An ordinal at k, asked of the number parser only where the word may start one.</summary>
    private Numbers.NumberMatch? OrdinalAt(int k) => k < _t.Count && Has(k, TimeFact.Ordinal) ? _numbers.ParseOrdinal(_t, k) : null;

    /// <summary>A cardinal at k, asked of the number parser only for digits or where the word may start one.</summary>
    private Numbers.NumberMatch? CardinalAt(int k) => k < _t.Count && (_t[k].IsNumber || Has(k, TimeFact.Cardinal)) ? _numbers.ParseCardinal(_t, k) : null;

    private bool IsPunctuationStop(int i) => i >= 0 && i < _t.Count && !_t[i].IsWord && !_t[i].IsNumber && Array.IndexOf(StrongPunctuation, _t[i].Folded) >= 0;

    private int? IntAt(int i, int min, int max)
    {
        if (i >= _t.Count || !_t[i].IsNumber) return null;
        var s = _t[i].Folded;
        foreach (var c in s) if (c is < '0' or > '9') return null;
        if (s.Length > 4 || !int.TryParse(s, out var v)) return null;
        return v >= min && v <= max ? v : null;
    }

    private int? DayNumber(int i) => IntAt(i, 1, 31);

    private int? YearNumber(int i) => i < _t.Count && _t[i].Folded.Length == 4 ? IntAt(i, 1000, 2200) : null;

    /// <summary>A future-tense cue in the few tokens before i, within the clause, that no past-tense "كان" turns into a past plan.</summary>
    /// <remarks>A month alone looks further back (<paramref name="reach"/> 10): its verb may have a route or a place between ("ستنقل من تل أبيب إلى القدس في أيار").</remarks>
    private bool FutureNear(int i, int reach = 6) => FutureCueBefore(i, reach) is int k and >= 0 && !PastPlanBefore(k);

    /// <summary>"كان من المقرر أن يسافر … يوم الجمعة": a plan told in the past, for a day on either side of the report.</summary>
    private bool PastPlanNear(int i) => FutureCueBefore(i) is int k and >= 0 && PastPlanBefore(k);

    /// <summary>Where the future-tense cue in the few tokens before i stands, or -1.</summary>
    private int FutureCueBefore(int i, int reach = 6)
    {
        // a list's commas ("بين فرنسا، وبريطانيا، وألمانيا يوم الاثنين") neither end the clause nor use up the reach
        for (int k = i - 1; k >= 0 && reach > 0; k--, reach--)
        {
            if (IsListComma(k, i)) { reach++; continue; }
            // "سيصدر، الجمعة": a comma that sets the date off right after its verb does not end the verb's clause
            if (k == i - 1 && _t[k].IsComma) { reach++; continue; }
            // "سيبحث مع الرئيس الروسي، فلاديمير بوتين، الأربعاء": a name set off by commas right before the date is apposed to the
            // verb's object and does not end its clause either, nor do its words use up the reach
            if (IsAppositionComma(k, i)) { reach += i - 1 - k; continue; }
            if (IsPunctuationStop(k)) return -1;
            var t = _t[k];
            if (!t.IsWord) continue;
            foreach (var r in t.Readings)
            {
                if (_lex.FutureCues.Contains(r.Stem) || _lex.FutureCues.Contains(r.StemWithArticle)) return k;
                if (k < i - 1 && _lex.EveCues.Contains(r.Stem)) return k;
                if (r.Proclitics.EndsWith('س') && r.Stem.Length >= 3 && r.Stem[0] is 'ي' or 'ت' or 'ن'
                    && !NotFutureVerb(t.Folded[(r.Proclitics.Length - 1)..]))
                    return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// "وسيلتقي ولي العهد، البالغ من العمر 32 عاما، الرئيس ماكرون بعد ظهر الثلاثاء": the future verb that opens the sentence
    /// governs a weekday at its end, past a subject, a parenthesis set off by commas and an object too long for <see cref="FutureNear"/>,
    /// unless a word of its own clause ("الذي", "أن", "عندما") stands between.
    /// </summary>
    private bool OpeningFutureVerb(int day, int reach = 16)
    {
        int k = day - 1;
        // a part of the day before the weekday ("بعد ظهر الثلاثاء") belongs to the date
        for (int back = 1; back <= 2 && day - back >= 0; back++)
            if (TrieAt(_lex.DayParts, day - back, true) is { } part && part.EndToken == day) k = day - back - 1;
        for (; k >= 0 && reach > 0; k--, reach--)
        {
            var t = _t[k];
            if (t.IsWord || t.IsNumber)
            {
                if (t.IsWord && _lex.OpenerBreaks.Contains(StripConjunction(t.Folded))) return false;
                continue;
            }
            if (t.Folded is "." or "!" or "؟" or "?") break;
            if (!t.IsComma) return false;
            // the opening comma of a parenthesis of one to six words
            int open = k - 1;
            while (open >= 0 && k - open <= 7 && (_t[open].IsWord || _t[open].IsNumber)) open--;
            if (open < 0 || open == k - 1 || k - open > 7 || !_t[open].IsComma) return false;
            for (int w = open + 1; w < k; w++)
                if (_t[w].IsWord && _lex.OpenerBreaks.Contains(StripConjunction(_t[w].Folded))) return false;
            k = open;
        }
        int first = k + 1;
        if (first >= day || (k >= 0 && reach <= 0 && _t[k].IsWord)) return false;
        if (k >= 0 && _t[k].Folded is not ("." or "!" or "؟" or "?")) return false;
        var opener = _t[first];
        if (!opener.IsWord) return false;
        foreach (var r in opener.Readings)
            if (r.Proclitics.EndsWith('س') && r.Stem.Length >= 3 && r.Stem[0] is 'ي' or 'ت' or 'ن'
                && !NotFutureVerb(opener.Folded[(r.Proclitics.Length - 1)..]))
                return true;
        return false;
    }

    /// <summary>A listed س-word that is no future verb, also with a pronoun suffix ("سيطرته", "سيطرتها" as "سيطرت").</summary>
    private bool NotFutureVerb(string word)
    {
        return _lex.NotFutureVerbs.Contains(word) || PronounSuffix.Strip(word, 4) is { } bare && _lex.NotFutureVerbs.Contains(bare);
    }

    /// <summary>"كان من المقرر", "كانت الحكومة تعتزم": a past-tense "كان" within two words before the cue.</summary>
    private bool PastPlanBefore(int cue)
    {
        for (int k = cue - 1; k >= Math.Max(0, cue - 2); k--)
            if (_t[k].IsWord && _lex.PastPlanWords.Contains(StripConjunction(_t[k].Folded))) return true;
        return false;
    }

    // the comma that opens one to three words closed by the comma right before the date
    private bool IsAppositionComma(int k, int date)
    {
        if (!_t[k].IsComma || date - 1 <= k + 1 || date - 1 - (k + 1) > 3 || !_t[date - 1].IsComma) return false;
        for (int j = k + 1; j < date - 1; j++)
            if (!_t[j].IsWord) return false;
        return true;
    }

    // "، وبريطانيا، وألمانيا يوم …": the comma before a "و" item that the next comma or the date itself follows
    private bool IsListComma(int k, int date) => _t[k].IsComma && k + 2 < _t.Count && _t[k + 1].IsWord && _t[k + 1].Folded.Length > 2
        && _t[k + 1].Folded[0] == 'و' && (k + 2 == date || _t[k + 2].IsComma);

    /// <summary>Whether the word right before i is a preposition that introduces a time ("في نيسان").</summary>
    private bool TimePrepositionBefore(int i, int firstSkip)
    {
        if (firstSkip > 0)
        {
            // a proclitic ب or ل on the word itself
            var p = _t[i].Folded[..firstSkip];
            if (p.EndsWith('ب') || p.EndsWith('ل')) return true;
        }
        return i > 0 && _t[i - 1].IsWord && _lex.Prepositions.Contains(StripConjunction(_t[i - 1].Folded));
    }

    private static string StripConjunction(string w) => TimeLexicon.StripConjunction(w);

    private bool SinceBefore(int i) => i > 0 && StripConjunction(_t[i - 1].Folded) == "منذ";
}
