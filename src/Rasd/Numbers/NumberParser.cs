using System.Globalization;
using Rasd.Text;
using WordKind = Rasd.Numbers.NumberLexicon.WordKind;

namespace Rasd.Numbers;

/// <summary>Reads cardinal numbers (digits in any script, number words with compounds), ordinals and dual nouns from tokens, exactly.</summary>
public sealed class NumberParser
{
    private readonly NumberLexicon _lexicon;

    public NumberParser(NumberLexicon? lexicon = null)
    {
        _lexicon = lexicon ?? NumberLexicon.Default;
    }

    /// <summary>Parses plain digits with optional thousands commas and a decimal point ("1,500", "2.5"); false for dates like 15/10/2021.</summary>
    public static bool TryParseDigits(string folded, out decimal value)
    {
        value = 0;
        if (folded.Length == 0 || folded.Contains('/')) return false;
        if (folded.IndexOf('.') != folded.LastIndexOf('.')) return false;
        // thousands separators are dropped; most numbers have none, and then no new string is made
        var digits = folded.Contains(',') ? folded.Replace(",", "", StringComparison.Ordinal) : folded;
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A cardinal number starting at token <paramref name="i"/>: digits (with a following scale word) or a number-word compound.</summary>
    public NumberMatch? ParseCardinal(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count) return null;
        var t = tokens[i];
        var state = new Compound();
        bool words = false;
        int end;
        WordKind previous;
        bool previousDigits;
        if (t.IsNumber)
        {
            if (!TryParseDigits(t.Folded, out var d)) return null;
            state.Current = d;
            end = i + 1;
            previous = WordKind.Unit;
            previousDigits = true;
        }
        else if (t.IsWord && FirstWord(t, out var v, out var kind))
        {
            if (kind is WordKind.ScalePlural or WordKind.HundredPlural) return null; // "آلاف" alone is vague, not a number
            if (kind == WordKind.Half && !NextIsScale(tokens, i + 1)) return null; // "نصف السكان" is not a number; "نصف مليون", "ربع مليون" are
            words = true;
            state.Apply(kind, v, joined: true);
            previous = kind;
            previousDigits = false;
            end = i + 1;
        }
        else return null;

        // continuations: "وأربعون", "عشر", "آلاف", "مليون", "ونصف", "و200"
        while (end < tokens.Count)
        {
            var n = tokens[end];
            if (!n.IsWord) break;
            // "مليون و200 ألف": a bare و glued to digits after a scale word
            if (n.Folded == "و" && previous is WordKind.Scale or WordKind.ScalePlural && end + 1 < tokens.Count && tokens[end + 1].IsNumber && !tokens[end + 1].SpaceBefore
                && TryParseDigits(tokens[end + 1].Folded, out var glued) && glued > 0 && glued < state.LastScale
                // "بين 12 ألفا و16 ألف": digits with a scale of their own, as large as the one before, begin the second number of a
                // range ("مليون و200 ألف" goes on: a smaller scale)
                && !(ScaleAt(tokens, end + 2) is { } after && after >= state.LastScale))
            {
                state.Current += glued;
                previous = WordKind.Unit;
                previousDigits = true;
                end += 2;
                continue;
            }
            if (!NextWord(n, out var v, out var kind, out bool joined) || !Allowed(previous, previousDigits, kind, v, joined, state)) break;
            state.Apply(kind, v, joined);
            previous = kind;
            previousDigits = false;
            words = true;
            end++;
        }
        // a whole number made with a fraction ("نصف مليون" = 0.5 × 10⁶) keeps no decimal places ("500000", not "500000.0")
        var total = state.Total + state.Current;
        if (total == decimal.Truncate(total)) total = decimal.Truncate(total);
        return new NumberMatch(i, end - i, new TextSpan(t.Start, tokens[end - 1].End), total, NumberKind.Cardinal, state.Vague, words);
    }

    private bool FirstWord(Token t, out decimal value, out WordKind kind)
    {
        foreach (var r in t.Readings)
            if (!r.HasArticle && _lexicon.TryCardinal(r.Stem, out value, out kind)) return true;
        value = 0; kind = default;
        return false;
    }

    // a continuation word is either bare ("عشر", "آلاف") or joined by و ("وأربعون")
    private bool NextWord(Token n, out decimal value, out WordKind kind, out bool joined)
    {
        foreach (var r in n.Readings)
        {
            if (r.Proclitics == "" && _lexicon.TryCardinal(r.Stem, out value, out kind)) { joined = false; return true; }
            if (r.Proclitics == "و" && _lexicon.TryCardinal(r.Stem, out value, out kind)) { joined = true; return true; }
        }
        value = 0; kind = default; joined = false;
        return false;
    }

    // the unit of the scale word at i ("ألف" 1000, "ألفين" 1000, "ملايين" 10⁶), or null
    private decimal? ScaleAt(IReadOnlyList<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].IsWord && _lexicon.TryCardinal(tokens[i].Folded, out var v, out var k) && k is WordKind.Scale or WordKind.ScalePlural
            ? Compound.ScaleUnit(v) : null;

    private bool NextIsScale(IReadOnlyList<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].IsWord && _lexicon.TryCardinal(tokens[i].Folded, out _, out var k) && k == WordKind.Scale;

    private static bool IsScaleOrHundred(WordKind k) => k is WordKind.Hundred or WordKind.HundredPlural or WordKind.Scale or WordKind.ScalePlural;

    // Arabic compounds: unit و tens (45), hundreds و units/tens (230), scale و hundreds/units/tens (1500); teens and "ثلاث مئة" unjoined
    private static bool Allowed(WordKind previous, bool previousDigits, WordKind next, decimal v, bool joined, Compound state)
    {
        if (joined)
            return next switch
            {
                WordKind.Half => previous != WordKind.Half,
                WordKind.Unit or WordKind.TenWord => IsScaleOrHundred(previous),
                WordKind.Tens => IsScaleOrHundred(previous) || (previous == WordKind.Unit && !previousDigits && state.Current % 100 < 10),
                WordKind.Hundred => previous is WordKind.Scale or WordKind.ScalePlural,
                _ => false,
            };
        return next switch
        {
            WordKind.TenWord => previous == WordKind.Unit && !previousDigits && state.Current % 100 < 10,          // ثلاثة عشر
            WordKind.Hundred or WordKind.HundredPlural => previous is WordKind.Unit or WordKind.Vague && !previousDigits && state.Current is >= 1 and < 10, // ثلاث مئة، بضع مئات
            WordKind.Scale or WordKind.ScalePlural => state.Current > 0 && (state.LastScale == 0 || (state.Current < state.LastScale && Compound.ScaleUnit(v) < state.LastScale)), // ثلاثة آلاف، 1.5 مليون
            _ => false,
        };
    }

    /// <summary>The running value of a compound: completed scale groups in Total, the group being built in Current.</summary>
    private struct Compound
    {
        public decimal Total;
        public decimal Current;
        public decimal LastScale;
        public bool Vague;

        // a dual scale ("ألفين", "مليونا") is listed with twice its unit
        public static decimal ScaleUnit(decimal v) => v is 2000m or 2_000_000m or 2_000_000_000m ? v / 2 : v;

        public void Apply(WordKind kind, decimal v, bool joined)
        {
            switch (kind)
            {
                case WordKind.Unit:
                case WordKind.Tens:
                case WordKind.TenWord:
                    Current += v;
                    break;
                case WordKind.Hundred:
                case WordKind.HundredPlural:
                    if (!joined && Current is >= 1 and < 10) Current *= v; else Current += v;
                    break;
                case WordKind.Scale:
                case WordKind.ScalePlural:
                    // a dual scale alone carries its own count; after a number it is the plain scale ("خمسون ألفاً")
                    var unit = ScaleUnit(v);
                    if (Current == 0) Total += v;
                    else Total += Current * unit;
                    LastScale = unit;
                    Current = 0;
                    break;
                case WordKind.Half:
                    // a fraction of the scale before it ("مليون ونصف") or of the one after it ("ربع مليون")
                    if (Current == 0 && LastScale > 0) Total += LastScale * v; else Current += v;
                    break;
                case WordKind.Vague:
                    Current += v;
                    Vague = true;
                    break;
            }
        }
    }

    /// <summary>An ordinal at token <paramref name="i"/>: "الـ17" (article glued to digits), "(16)", or words ("السابع عشر", "الحادي والعشرون").</summary>
    public NumberMatch? ParseOrdinal(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count) return null;
        var t = tokens[i];
        // الـ17: the article (or a clitic+article like "للـ") glued to digits
        // "الـ 17": a tatweel after the article (the span is longer than the folded form) binds it across a space
        if (t.IsWord && (t.Folded == "ال" || t.Folded == "لل" || t.Folded == "بال" || t.Folded == "وال") && i + 1 < tokens.Count && tokens[i + 1].IsNumber
            && (!tokens[i + 1].SpaceBefore || t.Span.Length > t.Folded.Length)
            && TryParseDigits(tokens[i + 1].Folded, out var glued) && glued == decimal.Truncate(glued))
            return new NumberMatch(i, 2, new TextSpan(t.Start, tokens[i + 1].End), glued, NumberKind.Ordinal);
        // (16)
        if (t.Folded == "(" && i + 2 < tokens.Count && tokens[i + 1].IsNumber && tokens[i + 2].Folded == ")"
            && TryParseDigits(tokens[i + 1].Folded, out var paren) && paren == decimal.Truncate(paren) && paren < 1000)
            return new NumberMatch(i, 3, new TextSpan(t.Start, tokens[i + 2].End), paren, NumberKind.Ordinal);
        if (!t.IsWord) return null;
        int value = -1;
        foreach (var r in t.Readings)
        {
            if (_lexicon.TryOrdinal(r.Stem, out value) || _lexicon.TryOrdinal(r.StemWithArticle, out value)) break;
            value = -1;
        }
        if (value < 0) return null;
        int end = i + 1;
        if (end < tokens.Count && value < 10)
        {
            var n = tokens[end];
            if (n.Folded is "عشر" or "عشره") { value += 10; end++; }
            else if (value < 10)
            {
                foreach (var r in n.Readings)
                {
                    if (r.Proclitics.StartsWith('و') && (_lexicon.TryOrdinal(r.StemWithArticle, out var tens) || _lexicon.TryOrdinal(r.Stem, out tens)) && tens >= 20 && tens % 10 == 0)
                    {
                        value += tens;
                        end++;
                        break;
                    }
                }
            }
        }
        return new NumberMatch(i, end - i, new TextSpan(t.Start, tokens[end - 1].End), value, NumberKind.Ordinal, IsWords: true);
    }

    /// <summary>A dual noun ("طفلين", "شخصان", "امرأتين", "مدنيَّين") counts two; <paramref name="original"/> is needed to see a marked dual.</summary>
    public NumberMatch? ParseDual(IReadOnlyList<Token> tokens, int i, string original)
    {
        var t = tokens[i];
        if (!t.IsWord) return null;
        foreach (var r in t.Readings)
        {
            var s = r.Stem;
            if (s.Length < 4) continue;
            if (!(s.EndsWith("ين", StringComparison.Ordinal) || s.EndsWith("ان", StringComparison.Ordinal))) continue;
            // the singular: base + ه for a feminine -تان/-تين, else the base; looked up as spans (most words are no dual)
            var baseForm = s.AsSpan(0, s.Length - 2);
            string? singular = null;
            if (baseForm.EndsWith('ت') && IsCountableFeminine(_lexicon, baseForm)) singular = string.Concat(baseForm[..^1], "ه");
            else if (_lexicon.IsCountableNoun(baseForm)) singular = baseForm.ToString();
            if (singular is null) continue;
            // -ين is also the sound plural of some nouns (مدنيين، متطوعين، ناشطين): the dual only when the text marks it with fatha (مدنيَّين، متطوعَين)
            if (s.EndsWith("ين", StringComparison.Ordinal) && _lexicon.HasSoundPlural(singular) && !MarkedDual(t.Span.Of(original))) continue;
            return new NumberMatch(i, 1, t.Span, 2, NumberKind.Dual);
        }
        return null;
    }

    /// <summary>
    /// Whether <see cref="ParseDual"/> may read the word as a dual: a reading's stem ends in ين/ان after a countable singular.
    /// It depends on the word alone (not on the marks of the original text), so it can be worked out once per word.
    /// </summary>
    internal static bool MayBeDual(Token t, NumberLexicon lexicon)
    {
        if (!t.IsWord) return false;
        foreach (var r in t.Readings)
        {
            var s = r.Stem;
            if (s.Length < 4 || !(s.EndsWith("ين", StringComparison.Ordinal) || s.EndsWith("ان", StringComparison.Ordinal))) continue;
            var baseForm = s.AsSpan(0, s.Length - 2);
            if ((baseForm.EndsWith('ت') && IsCountableFeminine(lexicon, baseForm)) || lexicon.IsCountableNoun(baseForm)) return true;
        }
        return false;
    }

    private static bool IsCountableFeminine(NumberLexicon lexicon, ReadOnlySpan<char> baseEndingInTaa)
    {
        Span<char> buffer = stackalloc char[baseEndingInTaa.Length <= 64 ? baseEndingInTaa.Length : 0];
        if (buffer.Length == 0) return lexicon.IsCountableNoun(string.Concat(baseEndingInTaa[..^1], "ه"));
        baseEndingInTaa[..^1].CopyTo(buffer);
        buffer[^1] = 'ه';
        return lexicon.IsCountableNoun((ReadOnlySpan<char>)buffer);
    }

    // the dual ending -َيْن: a fatha among the marks on the letter before the final yaa-nun
    private static bool MarkedDual(string text)
    {
        int k = text.Length - 1;
        while (k >= 0 && IsMark(text[k])) k--;
        if (k < 1 || text[k] != '\u0646') return false;
        k--;
        while (k >= 0 && IsMark(text[k])) k--;
        if (k < 1 || text[k] != '\u064A') return false;
        for (int j = k - 1; j >= 0 && IsMark(text[j]); j--)
            if (text[j] == '\u064E') return true;
        return false;
    }

    private static bool IsMark(char c) => c is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640';
}
