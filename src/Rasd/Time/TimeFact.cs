namespace Rasd.Time;

/// <summary>
/// What a word may be to the time parsers, from the word alone: one of the literal words they test, a key of one of their
/// word lists, a number word, or the first word of a phrase list. Each bit is a superset test (a lookup it says no to
/// cannot succeed), so a parser asks the dictionaries only about words whose bit is set.
/// </summary>
[Flags]
internal enum TimeFact
{
    None = 0,

    // literal words the parsers compare stems with (TimexParser.StemIs)
    Yawm = 1 << 0,
    Shahr = 1 << 1,
    Hatha = 1 << 2,
    Hathihi = 1 << 3,
    Rub = 1 << 4,
    Nisf = 1 << 5,
    Qabl = 1 << 6,
    Mundhu = 1 << 7,
    Kull = 1 << 8,

    // single-word lists (TimexParser.WordAt)
    Unit = 1 << 9,
    Relative = 1 << 10,
    Season = 1 << 11,
    SetWord = 1 << 12,
    YearWordBefore = 1 << 13,

    // number words: a cardinal stem, an ordinal stem or the article that glues to digits ("الـ17", "(16)")
    Cardinal = 1 << 14,
    Ordinal = 1 << 15,

    // the first word of a phrase list's entry
    RangeWord = 1 << 16,
    DayPart = 1 << 17,
    Modifier = 1 << 18,
    Deictic = 1 << 19,
    Weekday = 1 << 20,
    Month = 1 << 21,
    HijriMonth = 1 << 22,
    Vague = 1 << 23,
    Anaphoric = 1 << 24,
    Holiday = 1 << 25,

    // for the start gate of a word that only begins phrases (TimeLexicon.MayStartAt): the key is a whole one-word entry of a
    // phrase list, or the second word of an entry (which the trie compares with the next token's folded form)
    PhraseWhole = 1 << 26,
    PhraseNext = 1 << 27,

    /// <summary>Every fact of a word.</summary>
    All = (1 << 28) - 1,

    /// <summary>A number token (set by the parser, not by the lexicon).</summary>
    Number = 1 << 28,

    /// <summary>The facts one of which a word must have for any parser to read an expression starting at it (besides being a number).</summary>
    Starts = All & ~(Relative | PhraseWhole | PhraseNext),
}
