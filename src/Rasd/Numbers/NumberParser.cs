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
        if (folded.Count(c => c == '.') > 1) return false;
        return decimal.TryParse(folded.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A cardinal number starting at token <paramref name="i"/>: digits (with a following scale word) or a number-word compound.</summary>
    public NumberMatch? ParseCardinal(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count) return null;
        var t = tokens[i];
        decimal total = 0, current = 0, lastScale = 0;
        bool vague = false, words = false;
        int end;
        WordKind? previous = null;
        if (t.IsNumber)
        {
            if (!TryParseDigits(t.Folded, out current)) return null;
            end = i + 1;
            previous = WordKind.Unit;
        }
        else if (t.IsWord && FirstWord(t, out var v, out var kind))
        {
            words = true;
            if (kind is WordKind.ScalePlural or WordKind.HundredPlural or WordKind.Half) return null; // "آلاف" alone is vague, not a number
            Apply(kind, v, joined: true, ref total, ref current, ref lastScale, ref vague);
            previous = kind;
            end = i + 1;
        }
        else return null;

        // continuations: "وأربعون", "عشر", "آلاف", "مليون", "ونصف"
        while (end < tokens.Count)
        {
            var n = tokens[end];
            if (!n.IsWord) break;
            bool joined = false;
            decimal v = 0;
            WordKind kind = default;
            bool found = false;
            foreach (var r in n.Readings)
            {
                if (r.Proclitics == "" && _lexicon.TryCardinal(r.Stem, out v, out kind)) { found = true; break; }
                if (r.Proclitics == "و" && !r.HasArticle && _lexicon.TryCardinal(r.Stem, out v, out kind)) { found = true; joined = true; break; }
            }
            if (!found || !Allowed(previous!.Value, kind, joined, current, lastScale)) break;
            Apply(kind, v, joined, ref total, ref current, ref lastScale, ref vague);
            previous = kind;
            words = true;
            end++;
        }
        var value = total + current;
        return new NumberMatch(i, end - i, new TextSpan(t.Start, tokens[end - 1].End), value, NumberKind.Cardinal, vague, words);
    }

    private bool FirstWord(Token t, out decimal value, out WordKind kind)
    {
        foreach (var r in t.Readings)
            if (!r.HasArticle && _lexicon.TryCardinal(r.Stem, out value, out kind)) return true;
        value = 0; kind = default;
        return false;
    }

    private static bool Allowed(WordKind previous, WordKind next, bool joined, decimal current, decimal lastScale)
    {
        if (joined)
            return next switch
            {
                WordKind.Half => true,
                WordKind.Unit or WordKind.Tens => previous is not WordKind.Tens,
                WordKind.Hundred => previous is WordKind.Scale or WordKind.ScalePlural,
                _ => false,
            };
        return next switch
        {
            WordKind.TenWord => previous == WordKind.Unit && current < 10,            // ثلاثة عشر
            WordKind.Hundred or WordKind.HundredPlural => previous == WordKind.Unit && current is >= 1 and < 10, // ثلاث مئة
            WordKind.Scale or WordKind.ScalePlural => current > 0 && (lastScale == 0 || current < lastScale), // ثلاثة آلاف، 1.5 مليون
            _ => false,
        };
    }

    private static void Apply(WordKind kind, decimal v, bool joined, ref decimal total, ref decimal current, ref decimal lastScale, ref bool vague)
    {
        switch (kind)
        {
            case WordKind.Unit:
            case WordKind.Tens:
            case WordKind.TenWord:
                current += v;
                break;
            case WordKind.Hundred:
            case WordKind.HundredPlural:
                if (!joined && current is >= 1 and < 10) current *= v; else current += v;
                break;
            case WordKind.Scale:
            case WordKind.ScalePlural:
                // a dual scale ("ألفين") carries its own count
                if (current == 0) { total += v; lastScale = v; }
                else
                {
                    decimal unit = v >= 2_000_000_000 ? 1_000_000_000 : v >= 2_000_000 ? 1_000_000 : v >= 2000 && v < 1_000_000 ? 1000 : v;
                    total += current * unit;
                    lastScale = unit;
                }
                current = 0;
                break;
            case WordKind.Half:
                if (current == 0 && lastScale > 0) total += lastScale / 2; else current += 0.5m;
                break;
            case WordKind.Vague:
                current += v;
                vague = true;
                break;
        }
    }

    /// <summary>An ordinal at token <paramref name="i"/>: "الـ17" (article glued to digits), "(16)", or words ("السابع عشر", "الحادي والعشرون").</summary>
    public NumberMatch? ParseOrdinal(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count) return null;
        var t = tokens[i];
        // الـ17: the article (or a clitic+article like "للـ") glued to digits
        if (t.IsWord && (t.Folded == "ال" || t.Folded == "لل" || t.Folded == "بال" || t.Folded == "وال") && i + 1 < tokens.Count && tokens[i + 1].IsNumber && !tokens[i + 1].SpaceBefore
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

    /// <summary>A dual noun ("طفلين", "شخصان", "امرأتين", "مدنيَّين") counts two; <paramref name="original"/> is needed to see a marked nisba dual.</summary>
    public NumberMatch? ParseDual(IReadOnlyList<Token> tokens, int i, string original)
    {
        var t = tokens[i];
        if (!t.IsWord) return null;
        foreach (var r in t.Readings)
        {
            var s = r.Stem;
            if (s.Length < 4) continue;
            if (!(s.EndsWith("ين", StringComparison.Ordinal) || s.EndsWith("ان", StringComparison.Ordinal))) continue;
            var baseForm = s[..^2];
            string? singular = null;
            if (baseForm.EndsWith('ت') && _lexicon.IsCountableNoun(baseForm[..^1] + "ه")) singular = baseForm[..^1] + "ه";
            else if (_lexicon.IsCountableNoun(baseForm)) singular = baseForm;
            if (singular is null) continue;
            // مدنيين is a plural unless the text marks the dual: fatha on the yaa of the ending (مدنيَّين)
            if (singular.EndsWith('ي') && s.EndsWith("يين", StringComparison.Ordinal) && !MarkedNisbaDual(t.Span.Of(original))) continue;
            if (!singular.EndsWith('ي') && s.EndsWith("ين", StringComparison.Ordinal) && PluralSoundMasculine(singular)) continue;
            return new NumberMatch(i, 1, t.Span, 2, NumberKind.Dual);
        }
        return null;
    }

    // -ين after an agent noun (مقاتلين، متطوعين) is usually the sound plural; only the dual when written with fatha (متطوعَين)
    private static bool PluralSoundMasculine(string singular) =>
        singular.StartsWith('م') && singular.Length >= 4;

    private static bool MarkedNisbaDual(string text)
    {
        // look for "يَ" (yaa + optional shadda + fatha) followed by the final yaa-nun
        int k = text.LastIndexOf('\u064A');
        if (k <= 0) return false;
        for (int j = k - 1; j >= 0 && j >= k - 3; j--)
            if (text[j] == '\u064E') return true;
        return false;
    }
}
