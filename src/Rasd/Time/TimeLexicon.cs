using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Time;

/// <summary>The time word lists from data/time_*.tsv: month names, weekdays, deictic days, units, modifiers, relative words and cues.</summary>
public sealed class TimeLexicon
{
    /// <summary>A calendar unit with the count its form carries (1 singular, 2 dual, 0 plural).</summary>
    public readonly record struct Unit(string Code, int Count);

    /// <summary>A deictic day: offset from publication and an optional part of day.</summary>
    public readonly record struct Deictic(int Offset, string? Part);

    /// <summary>A vague time with its TIMEX3 type and value.</summary>
    public readonly record struct Vague(TimexType Type, string Value);

    /// <summary>A feast: its calendar (hijri, gregorian, easter), month and day.</summary>
    public readonly record struct Holiday(string Calendar, int Month, int Day);

    private static readonly Lazy<TimeLexicon> Instance = new(() =>
    {
        var lexicon = new TimeLexicon { _startSlot = WordInfo.NewMemoSlot(), _factsSlot = WordInfo.NewMemoSlot() };
        lexicon._startWordEnds = new();
        lexicon._startWordEnds.AddAll(lexicon.StartWords);
        return lexicon;
    });

    // only the shared instance (whose lists nobody changes) caches per word its start kind and its TimeFacts, in two
    // slots: the facts are asked of every word, the start kind only where a time may start; other instances may still be
    // edited, so they compute the start kind every time and claim every fact
    private int _startSlot = -1;
    private int _factsSlot = -1;

    // the facts each folded key brings to a word that has it as its whole form, a stem or a stem with the article
    private readonly Dictionary<string, TimeFact> _keyFacts = new(StringComparer.Ordinal);
    private readonly Numbers.KeyFilter _keyFactFilter = new();

    // how the start words end, for the shared instance (whose start words nobody changes): most words end like none
    private Numbers.EndPairFilter? _startWordEnds;

    public static TimeLexicon Default => Instance.Value;

    /// <summary>"منه" after a day number: of the month last named ("في 27 منه").</summary>
    public const string OfThisMonth = "منه";

    public TokenTrie<int> Months { get; } = new();
    public TokenTrie<int> HijriMonths { get; } = new();
    public TokenTrie<int> Weekdays { get; } = new();
    public Dictionary<string, int> BareWeekdays { get; } = new(StringComparer.Ordinal);
    public TokenTrie<Deictic> DeicticDays { get; } = new();
    public TokenTrie<string> DayParts { get; } = new();
    public Dictionary<string, Unit> Units { get; } = new(StringComparer.Ordinal);
    public TokenTrie<string> Modifiers { get; } = new();
    public Dictionary<string, int> RelativeWords { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Seasons { get; } = new(StringComparer.Ordinal);
    public TokenTrie<Vague> VagueTimes { get; } = new();

    /// <summary>Words that point back to the time just given ("آنذاك", "حينها").</summary>
    public TokenTrie<int> AnaphoricTimes { get; } = new();

    /// <summary>Values of <see cref="AnaphoricTimes"/> for "اليوم التالي", "الشهر التالي", "العام التالي", "اليوم السابق": the unit after (before) the date just told.</summary>
    public const int NextDay = 10, NextMonth = 11, NextYear = 12, PreviousDay = 13;
    public TokenTrie<Holiday> Holidays { get; } = new();
    public Dictionary<string, string> SetWords { get; } = new(StringComparer.Ordinal);
    public HashSet<string> FutureCues { get; } = new(StringComparer.Ordinal);
    public HashSet<string> NotFutureVerbs { get; } = new(StringComparer.Ordinal);
    public HashSet<string> PastPlanWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Words starting with ي that are no present-tense verb ("يونيو", "يوسف").</summary>
    public HashSet<string> NotPresentVerbs { get; } = new(StringComparer.Ordinal);
    /// <summary>"لم", "كان": right before a present-tense verb they make it past ("لم يعلن الجمعة").</summary>
    public HashSet<string> PastFrameWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a folded word is a present-tense verb: it opens with ي (ت and ن also open past verbs and nouns: "تبنى",
    /// "تنظيم") past a conjunction, and is not a listed ي-word ("يوم", "يونيو"); three-letter forms ("يشن") count only when
    /// <paramref name="minLength"/> allows them (before a weekday the parser asks for four: short ي-words there are names).</summary>
    public bool IsPresentVerb(string folded, int minLength = 4)
    {
        var w = StripConjunction(folded);
        return w.Length >= minLength && w[0] == 'ي' && !NotPresentVerbs.Contains(w);
    }

    /// <summary>Whether a folded word, past a conjunction, makes the present-tense verb after it past ("لم", "كان").</summary>
    public bool IsPastFrame(string folded) => PastFrameWords.Contains(StripConjunction(folded));

    /// <summary>The word without a leading و or ف, when what is left is still a word.</summary>
    internal static string StripConjunction(string w) => w.Length > 2 && w[0] is 'و' or 'ف' ? (w[1..] is var s && s.Length >= 2 ? s : w) : w;

    /// <summary>"عشية": the eve of a happening named after it ("عشية اجتماع المجلس، الجمعة" is ahead), not of the day right after it ("عشية السبت").</summary>
    public HashSet<string> EveCues { get; } = new(StringComparer.Ordinal);

    /// <summary>"اعتبارا", "ابتداء": with من before a bare weekday, the start of something from the coming such day ("هدنة اعتبارا من الثلاثاء").</summary>
    public HashSet<string> StartFromWords { get; } = new(StringComparer.Ordinal);

    /// <summary>"أن", "الذي", "عندما": words that open a clause of their own between a sentence-opening future verb and a weekday.</summary>
    public HashSet<string> OpenerBreaks { get; } = new(StringComparer.Ordinal);
    public HashSet<string> DurationCues { get; } = new(StringComparer.Ordinal);

    /// <summary>"خلال", "غضون", "لمدة": before a bare singular unit, one unit long ("خلال أسبوع" is P1W).</summary>
    public HashSet<string> OneUnitWords { get; } = new(StringComparer.Ordinal);
    public TokenTrie<string> RangeWords { get; } = new();
    public Dictionary<string, string> YearWordsBefore { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> YearWordsAfter { get; } = new(StringComparer.Ordinal);
    public HashSet<string> DayNounFollowers { get; } = new(StringComparer.Ordinal);

    /// <summary>Words before "اليوم" in outlet names ("قناة روسيا اليوم"), folded.</summary>
    public HashSet<string> OutletDayNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Head nouns of news outlets ("قناة", "صحيفة"), folded.</summary>
    public HashSet<string> OutletNouns { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Prepositions { get; } = new(StringComparer.Ordinal);
    public HashSet<string> SpanQualifiers { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded words that can begin a time expression (first words of every phrase list, units, number words, a few function words).</summary>
    public HashSet<string> StartWords { get; } = new(StringComparer.Ordinal);

    // the start words the parsers read directly (not as the first word of a phrase list), and the phrase lists:
    // a word that is only a phrase's first word ("في" of "في الوقت الحالي") starts a time only where a phrase matches
    private readonly HashSet<string> _directStartWords = new(StringComparer.Ordinal);
    private readonly List<(TimeFact Fact, Func<IReadOnlyList<Token>, int, bool> Matches)> _phraseLists = [];

    // the same lists without the range words, which match at every "من" and "إلى" and so say nothing about a time there
    private readonly List<(TimeFact Fact, Func<IReadOnlyList<Token>, int, bool> Matches)> _leadPhraseLists = [];

    // start words that only lead into a time word (data/time_lead_words.tsv), and the start words without them
    private readonly HashSet<string> _leadWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nonLeadStartWords = new(StringComparer.Ordinal);
    private readonly HashSet<object> _phraseListSet = new(ReferenceEqualityComparer.Instance);

    public TimeLexicon()
    {
        foreach (var (r, t) in Rows("time_months")) AddPhrase(Months, t.Cell(r, "word"), int.Parse(t.Cell(r, "month")));
        foreach (var (r, t) in Rows("time_hijri_months")) AddPhrase(HijriMonths, t.Cell(r, "word"), int.Parse(t.Cell(r, "month")));
        foreach (var (r, t) in Rows("time_weekdays"))
        {
            var w = t.Cell(r, "word");
            int d = int.Parse(t.Cell(r, "iso_day"));
            if (ArabicFolding.FoldString(w).StartsWith("ال", StringComparison.Ordinal)) AddPhrase(Weekdays, w, d);
            else BareWeekdays[ArabicFolding.FoldString(w)] = d;
        }
        foreach (var (r, t) in Rows("time_deictic_days"))
        {
            var part = t.Cell(r, "part");
            AddPhrase(DeicticDays, t.Cell(r, "phrase"), new Deictic(int.Parse(t.Cell(r, "offset")), part.Length > 0 ? part : null));
        }
        foreach (var (r, t) in Rows("time_day_parts")) AddPhrase(DayParts, t.Cell(r, "word"), t.Cell(r, "part"));
        foreach (var (r, t) in Rows("time_units")) Units[Fold(t.Cell(r, "word"))] = new Unit(t.Cell(r, "unit"), int.Parse(t.Cell(r, "count")));
        foreach (var (r, t) in Rows("time_modifiers")) AddPhrase(Modifiers, t.Cell(r, "phrase"), t.Cell(r, "mod"));
        foreach (var (r, t) in Rows("time_relative_words")) RelativeWords[Fold(t.Cell(r, "word"))] = int.Parse(t.Cell(r, "direction"));
        foreach (var (r, t) in Rows("time_seasons")) Seasons[Fold(t.Cell(r, "word"))] = t.Cell(r, "season");
        foreach (var (r, t) in Rows("time_vague"))
            AddPhrase(VagueTimes, t.Cell(r, "phrase"), new Vague(Enum.Parse<TimexType>(t.Cell(r, "type"), ignoreCase: true), t.Cell(r, "value")));
        foreach (var (r, t) in Rows("time_anaphoric")) AddPhrase(AnaphoricTimes, t.Cell(r, "phrase"), t.Cell(r, "shift") switch { "after" => 1, "before" => -1, "next_day" => NextDay, "next_month" => NextMonth, "next_year" => NextYear, "previous_day" => PreviousDay, _ => 0 });
        foreach (var (r, t) in Rows("time_holidays"))
            AddPhrase(Holidays, t.Cell(r, "phrase"), new Holiday(t.Cell(r, "calendar"), int.Parse(t.Cell(r, "month")), int.Parse(t.Cell(r, "day"))));
        foreach (var (r, t) in Rows("time_sets")) SetWords[Fold(t.Cell(r, "phrase"))] = t.Cell(r, "value");
        foreach (var (r, t) in Rows("time_future_cues"))
            (t.Cell(r, "kind") switch { "not_verb" => NotFutureVerbs, "past_plan" => PastPlanWords, "not_present" => NotPresentVerbs, "past_frame" => PastFrameWords, "eve" => EveCues, "start_from" => StartFromWords, "opener_break" => OpenerBreaks, _ => FutureCues }).Add(Fold(t.Cell(r, "word")));
        foreach (var (r, t) in Rows("relative_pronouns")) OpenerBreaks.Add(Fold(t.Cell(r, "word")));
        foreach (var (r, t) in Rows("time_duration_cues")) DurationCues.Add(Fold(t.Cell(r, "word")));
        foreach (var (r, t) in Rows("time_one_unit_words")) OneUnitWords.Add(Fold(t.Cell(r, "word")));
        foreach (var (r, t) in Rows("time_range_words")) AddPhrase(RangeWords, t.Cell(r, "word"), t.Cell(r, "role"));
        foreach (var (r, t) in Rows("time_year_words"))
            (t.Cell(r, "position") == "after" ? YearWordsAfter : YearWordsBefore)[Fold(t.Cell(r, "word"))] = t.Cell(r, "calendar");
        foreach (var (r, t) in Rows("time_day_noun_followers")) DayNounFollowers.Add(Fold(t.Cell(r, "word")));
        foreach (var (r, t) in Rows("time_outlet_day_names")) OutletDayNames.Add(Fold(t.Cell(r, "word")));
        foreach (var (r, t) in Rows("outlet_nouns")) OutletNouns.Add(Fold(t.Cell(r, "noun")));
        foreach (var (r, t) in Rows("time_prepositions")) Prepositions.Add(Fold(t.Cell(r, "word")));
        foreach (var (r, t) in Rows("time_span_qualifiers")) SpanQualifiers.Add(Fold(t.Cell(r, "word")));
        foreach (var (r, t) in Rows("time_start_words")) _directStartWords.Add(Fold(t.Cell(r, "word")));
        _directStartWords.UnionWith(Units.Keys);
        _directStartWords.UnionWith(Seasons.Keys);
        _directStartWords.UnionWith(SetWords.Keys);
        _directStartWords.UnionWith(YearWordsBefore.Keys);
        _directStartWords.UnionWith(Numbers.NumberLexicon.Default.Words.Select(Fold));
        StartWords.UnionWith(_directStartWords);
        foreach (var (r, t) in Rows("time_lead_words")) _leadWords.Add(Fold(t.Cell(r, "word")));
        _nonLeadStartWords.UnionWith(StartWords.Except(_leadWords));

        foreach (var (fact, word) in LiteralFacts) AddFact(word, fact);
        foreach (var w in Units.Keys) AddFact(w, TimeFact.Unit);
        foreach (var w in RelativeWords.Keys) AddFact(w, TimeFact.Relative);
        foreach (var w in Seasons.Keys) AddFact(w, TimeFact.Season);
        foreach (var w in SetWords.Keys) AddFact(w, TimeFact.SetWord);
        foreach (var w in YearWordsBefore.Keys) AddFact(w, TimeFact.YearWordBefore);
        foreach (var w in Numbers.NumberLexicon.Default.CardinalWords) AddFact(w, TimeFact.Cardinal);
        foreach (var w in Numbers.NumberLexicon.Default.OrdinalWords) AddFact(w, TimeFact.Ordinal);
        // NumberParser.ParseOrdinal reads these whole tokens before digits: "الـ17", "(16)"
        foreach (var w in new[] { "ال", "لل", "بال", "وال", "(" }) AddFact(w, TimeFact.Ordinal);
        _keyFactFilter.AddAll(_keyFacts.Keys);
    }

    /// <summary>The literal words <see cref="TimexParser"/> compares stems with, and their facts.</summary>
    internal static readonly (TimeFact Fact, string Word)[] LiteralFacts =
    [
        (TimeFact.Yawm, "يوم"), (TimeFact.Shahr, "شهر"), (TimeFact.Hatha, "هذا"), (TimeFact.Hathihi, "هذه"), (TimeFact.Rub, "الربع"),
        (TimeFact.Nisf, "النصف"), (TimeFact.Qabl, "قبل"), (TimeFact.Mundhu, "منذ"), (TimeFact.Kull, "كل"),
    ];

    private void AddFact(string folded, TimeFact fact) => _keyFacts[folded] = _keyFacts.GetValueOrDefault(folded) | fact;

    private TimeFact TrieFact(object trie) =>
        ReferenceEquals(trie, RangeWords) ? TimeFact.RangeWord
        : ReferenceEquals(trie, DayParts) ? TimeFact.DayPart
        : ReferenceEquals(trie, Modifiers) ? TimeFact.Modifier
        : ReferenceEquals(trie, DeicticDays) ? TimeFact.Deictic
        : ReferenceEquals(trie, Weekdays) ? TimeFact.Weekday
        : ReferenceEquals(trie, Months) ? TimeFact.Month
        : ReferenceEquals(trie, HijriMonths) ? TimeFact.HijriMonth
        : ReferenceEquals(trie, VagueTimes) ? TimeFact.Vague
        : ReferenceEquals(trie, AnaphoricTimes) ? TimeFact.Anaphoric
        : ReferenceEquals(trie, Holidays) ? TimeFact.Holiday
        : TimeFact.All;

    private static string Fold(string s) => ArabicFolding.FoldString(s);

    private static readonly Tokenizer PhraseTokenizer = new();

    private void AddPhrase<TV>(TokenTrie<TV> trie, string phrase, TV value)
    {
        if (_phraseListSet.Add(trie))
        {
            Func<IReadOnlyList<Token>, int, bool> matches = (tokens, i) => trie.Match(tokens, i) is not null;
            _phraseLists.Add((TrieFact(trie), matches));
            if (!ReferenceEquals(trie, RangeWords)) _leadPhraseLists.Add((TrieFact(trie), matches));
        }
        trie.Add(phrase, value);
        var tokens = PhraseTokenizer.Tokenize(phrase);
        if (tokens.Count == 0) return;
        StartWords.Add(tokens[0].Folded);
        // the trie keys its entries by the same tokens' folded forms
        AddFact(tokens[0].Folded, TrieFact(trie));
        AddFact(tokens.Count == 1 ? tokens[0].Folded : tokens[1].Folded, tokens.Count == 1 ? TimeFact.PhraseWhole : TimeFact.PhraseNext);
    }

    /// <summary>Whether a folded token could begin a time expression: it is a number, or one of its suffixes (after up to four proclitic letters) is a word that starts one.</summary>
    public bool CanStart(Token token) => Start(token) != StartKind.None;

    /// <summary>
    /// Whether token <paramref name="i"/> can begin a time expression in context: <see cref="CanStart"/>, and for a word
    /// that is only the first word of phrases ("في", "إلى"), one of those phrase lists must match there.
    /// </summary>
    /// <remarks>
    /// Exact for the parsers, which read a word at the start either through a phrase list or as one of the direct
    /// start words (units, seasons, set and year words, number words, the literal words of data/time_start_words.tsv);
    /// direct start words are checked on every suffix and on every reading with its article. The lead-in and number gates
    /// (a lead-in word or a bare number needs a start word within two words) follow how the parsers build expressions but
    /// are not derived from them: they were checked to change no record over all 31,525 ANT articles, and
    /// TimeStartGateTests compares the gated and ungated parsers.
    /// </remarks>
    public bool MayStartAt(IReadOnlyList<Token> tokens, int i)
    {
        var kind = Start(tokens[i]);
        if (kind == StartKind.LeadOnly) return LeadsIntoTime(tokens, i);
        if (tokens[i].IsNumber) return NumberMayStart(tokens, i);
        if (kind != StartKind.PhraseOnly) return kind == StartKind.Direct;
        // a list is asked only when the word may start one of its phrases
        var facts = Facts(tokens[i]);
        if (!PhraseMayMatch(tokens, i, facts)) return false;
        foreach (var (fact, matches) in _phraseLists)
            if ((facts & fact) != 0 && matches(tokens, i)) return true;
        return false;
    }

    // a lead-in word ("من"، "قبل"، "هذا") begins a time expression only before a word that can begin one itself, one
    // word apart at most, through a chain of lead-ins ("قبل أكثر من شهر"), or as the first word of a fixed phrase
    // ("منذ ذلك الحين")
    private bool LeadsIntoTime(IReadOnlyList<Token> tokens, int i)
    {
        if (LeadsInto(tokens, i, 0)) return true;
        var facts = Facts(tokens[i]);
        if (!PhraseMayMatch(tokens, i, facts)) return false;
        foreach (var (fact, matches) in _leadPhraseLists)
            if ((facts & fact) != 0 && matches(tokens, i)) return true;
        return false;
    }

    // no phrase list matches at i unless the word is a whole one-word entry or the next word is the second word of an entry:
    // most "في", "من" and "إلى" (some 500k tokens over ANT) are then passed over without asking each list's trie
    private bool PhraseMayMatch(IReadOnlyList<Token> tokens, int i, TimeFact facts) =>
        (facts & TimeFact.PhraseWhole) != 0 || (i + 1 < tokens.Count && (Facts(tokens[i + 1]) & TimeFact.PhraseNext) != 0);

    // a number is a time on its own only as a written date ("15/10/2021") or a year (four digits); a day or a count
    // ("15 حزيران"، "3 أيام"، "15 من الشهر") has its time word within two words, as a lead-in has, or is "15 منه"
    private bool NumberMayStart(IReadOnlyList<Token> tokens, int i)
    {
        var digits = tokens[i].Folded;
        if (digits.Length == 4 || digits.AsSpan().ContainsAnyExceptInRange('0', '9')) return true;
        if (i + 1 < tokens.Count && tokens[i + 1].Folded == OfThisMonth) return true;
        return LeadsInto(tokens, i, 0);
    }

    private bool LeadsInto(IReadOnlyList<Token> tokens, int i, int depth)
    {
        for (int k = i + 1; k <= i + 2 && k < tokens.Count; k++)
        {
            var kind = Start(tokens[k]);
            if (kind is StartKind.Direct or StartKind.PhraseOnly) return true;
            if (kind == StartKind.LeadOnly && depth < 3 && LeadsInto(tokens, k, depth + 1)) return true;
        }
        return false;
    }

    private enum StartKind { None, PhraseOnly, Direct, LeadOnly }

    private StartKind Start(Token token) => (StartKind)token.Word.Memo(_startSlot, token, this, StartOf);

    /// <summary>What the word may be to the parsers (<see cref="TimeFact"/>); every fact for an instance other than the shared one.</summary>
    internal TimeFact Facts(Token token) => _factsSlot < 0 ? TimeFact.All : (TimeFact)token.Word.Memo(_factsSlot, token, this, FactsOf);

    // held in static readonly fields: the hot path loads them directly rather than through a lambda cache's static base
    private static readonly Func<TimeLexicon, Token, int> StartOf = static (lexicon, t) => (int)lexicon.ComputeStart(t);
    private static readonly Func<TimeLexicon, Token, int> FactsOf = static (lexicon, t) => (int)lexicon.ComputeFacts(t);

    private TimeFact ComputeFacts(Token token)
    {
        var facts = FactsOfKey(token.Folded);
        var stems = TimeFact.None;
        foreach (var r in token.Readings)
        {
            stems |= FactsOfKey(r.Stem);
            if (r.HasArticle) stems |= FactsOfKey(r.StemWithArticle);
        }
        // a phrase's second word is compared with the whole folded word, never with a stem ("الاتفاق" is not "اتفاق")
        return facts | (stems & ~TimeFact.PhraseNext);
    }

    private TimeFact FactsOfKey(string key) => _keyFactFilter.MayContain(key) ? _keyFacts.GetValueOrDefault(key) : TimeFact.None;

    private StartKind ComputeStart(Token token)
    {
        if (token.IsNumber) return StartKind.Direct;
        // every suffix Matches tries ends like the word: a word that ends like no start word starts nothing
        if (!token.IsWord || _startWordEnds?.MayContain(token.Folded) == false || !Matches(token, StartWords)) return StartKind.None;
        if (!Matches(token, _nonLeadStartWords)) return StartKind.LeadOnly;
        if (Matches(token, _directStartWords)) return StartKind.Direct;
        foreach (var r in token.Readings)
            if (_directStartWords.Contains(r.StemWithArticle)) return StartKind.Direct;
        return StartKind.PhraseOnly;
    }

    // one of the word's suffixes after up to four proclitic letters is in the set
    private static bool Matches(Token token, HashSet<string> words)
    {
        var w = token.Folded.AsSpan();
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int k = 0; k <= 4 && w.Length - k >= 2; k++)
            if (lookup.Contains(w[k..])) return true;
        return false;
    }

    private static IEnumerable<(string[] Row, TsvTable Table)> Rows(string name)
    {
        var t = TsvTable.LoadEmbedded(name);
        foreach (var r in t.Rows) yield return (r, t);
    }
}
