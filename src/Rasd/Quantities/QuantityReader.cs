using System.Globalization;
using Rasd.Numbers;
using Rasd.Text;

namespace Rasd.Quantities;

/// <summary>Reads a number phrase at a token: qualifier, digits or number words (with "29 ألفا و358" compounds and "2,5 مليون"), vague amounts, ranges; refuses ordinals, labels, dates, percentages, money and phone numbers.</summary>
public sealed class QuantityReader
{
    private readonly FigureLexicon _lexicon;
    private readonly NumberParser _numbers;

    public QuantityReader(FigureLexicon? lexicon = null, NumberParser? numbers = null)
    {
        _lexicon = lexicon ?? FigureLexicon.Default;
        _numbers = numbers ?? new NumberParser();
    }

    /// <summary>A quantity starting at token <paramref name="i"/> and ending before <paramref name="limit"/>, or null.</summary>
    public Quantity? Read(IReadOnlyList<Token> tokens, int i, int limit) => Read(tokens, i, limit, _lexicon.FirstWordKinds(tokens[i]));

    /// <summary>As <see cref="Read(IReadOnlyList{Token}, int, int)"/> with the token's first-word kinds already known (the fast path).</summary>
    public Quantity? Read(IReadOnlyList<Token> tokens, int i, int limit, FirstWordKind kinds)
    {
        var t0 = tokens[i];
        if (!t0.IsNumber && (kinds & (FirstWordKind.QualifierBefore | FirstWordKind.Vague | FirstWordKind.NumberWord)) == 0
            && !(t0.Folded is "بين" or "من" && i + 1 < limit && tokens[i + 1].IsNumber))
            return null;
        string? qualifier = null;
        int j = i;
        bool between = false, from = false;
        if ((kinds & FirstWordKind.QualifierBefore) != 0 && _lexicon.QualifiersBefore.Match(tokens, i, limit) is { } q)
        {
            qualifier = q.Value;
            j = q.EndToken;
        }
        else if (tokens[i].Folded is "بين" or "من" && i + 1 < limit && tokens[i + 1].IsNumber)
        {
            // "بين 10 و15", "من 10 إلى 15": only a range if a second number follows
            between = tokens[i].Folded == "بين";
            from = !between;
            j = i + 1;
        }
        if (j >= limit) return null;
        var number = Number(tokens, j, limit);
        if (number is null) return null;
        var (value, end, vague, words) = number.Value;
        if (IsLabel(tokens, j, end, limit)) return null;

        decimal? high = null;
        int k = end;
        bool dash = k < limit && tokens[k].Folded is "-" or "–";
        bool to = k < limit && tokens[k].Folded is "الي" or "حتي" && !between;
        bool and = k < limit && between && tokens[k].Folded == "و";
        if ((dash || to || and) && k + 1 < limit && !vague && Number(tokens, k + 1, limit) is { } second && second.Value > value && !second.Vague)
        {
            high = second.Value;
            // "بين 12 و16 ألف شخص", "3-4 آلاف": a scale word ending the second number scales the bare first one too
            if (end == j + 1 && tokens[j].IsNumber && ScaleOf(tokens[second.End - 1]) is { } shared && second.End - 1 > k + 1 && value * shared < second.Value)
                value *= shared;
            end = second.End;
        }
        else if ((between || from) && qualifier is null)
        {
            return null;
        }
        return new Quantity(i, end, j, value, vague, qualifier, high, words);
    }

    private (decimal Value, int End, bool Vague, bool Words)? Number(IReadOnlyList<Token> tokens, int j, int limit)
    {
        var t = tokens[j];
        if (t.IsNumber)
        {
            // الـ17 (glued article) and "(16)" are ranks, not counts
            if (j > 0 && !t.SpaceBefore && tokens[j - 1].IsWord && _numbers.ParseOrdinal(tokens, j - 1) is { Kind: NumberKind.Ordinal }) return null;
            if (j > 0 && tokens[j - 1].Folded == "(" && j + 1 < tokens.Count && tokens[j + 1].Folded == ")") return null;
            if (j > 0 && tokens[j - 1].Folded == "+") return null;
            if (LooksLikePhone(t.Folded)) return null;
        }
        // "2,5 مليون": a decimal comma before a scale word
        if (t.IsNumber && j + 3 < limit && tokens[j + 1].Folded == "," && !tokens[j + 1].SpaceBefore && tokens[j + 2].IsNumber && !tokens[j + 2].SpaceBefore
            && tokens[j + 2].Folded.Length <= 2 && ScaleOf(tokens[j + 3]) is { } scale
            && decimal.TryParse(t.Folded + "." + tokens[j + 2].Folded, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dec))
            return (dec * scale, j + 4, false, false);

        if (_numbers.ParseCardinal(tokens, j) is { } m && m.EndToken <= limit && m.Kind == NumberKind.Cardinal)
        {
            decimal value = m.Value;
            int end = m.EndToken;
            // "29 ألفا و358", "ستة آلاف و259": a digit remainder after the thousands
            if (value >= 1000 && ScaleOf(tokens[end - 1]) is not null && end + 1 < limit && tokens[end].Folded == "و" && tokens[end + 1].IsNumber && !tokens[end + 1].SpaceBefore
                && NumberParser.TryParseDigits(tokens[end + 1].Folded, out var rest) && rest < ScaleOf(tokens[end - 1])
                // "بين 12 ألفا و16 ألف": digits with their own scale word are the second number of a range
                && !(end + 2 < limit && ScaleOf(tokens[end + 2]) is { } next && next >= ScaleOf(tokens[end - 1])))
            {
                value += rest;
                end += 2;
            }
            return (value, end, m.IsVague, m.IsWords);
        }
        if (_lexicon.Vague.Match(tokens, j, limit) is { } v)
            return (v.Value, v.EndToken, true, true);
        return null;
    }

    private static decimal? ScaleOf(Token t)
    {
        if (!t.IsWord) return null;
        return NumberLexicon.Default.TryCardinal(t.Folded, out var v, out var kind) && kind is NumberLexicon.WordKind.Scale or NumberLexicon.WordKind.ScalePlural
            ? (v >= 2_000_000_000 ? 1_000_000_000 : v >= 2_000_000 ? 1_000_000 : v == 2000 ? 1000 : v)
            : null;
    }

    // a label, a date, a percentage or an amount of money rather than a count
    private bool IsLabel(IReadOnlyList<Token> tokens, int first, int end, int limit)
    {
        if (first > 0)
        {
            var before = tokens[first - 1];
            foreach (var r in before.Readings)
                if (_lexicon.IsNonFigureBefore(r.Stem) || _lexicon.IsNonFigureBefore(r.StemWithArticle)) return true;
            // a two-word phrase before it ("شارك فيها 900 شرطي": the men who took part, no casualties); looked up only when
            // the word before ends such a phrase, so no string is joined for most numbers
            if (first > 1 && _lexicon.EndsNonFigureBeforePhrase(before.Folded))
                foreach (var r in tokens[first - 2].Readings)
                    if (_lexicon.IsNonFigureBefore(r.Stem + " " + before.Folded)) return true;
        }
        return end < limit && _lexicon.NonFigureAfter.Match(tokens, end, limit) is not null;
    }

    private static bool LooksLikePhone(string digits)
    {
        if (digits.Contains(',') || digits.Contains('.')) return false;
        return (digits.Length > 1 && digits[0] == '0') || digits.Length >= 8;
    }
}
