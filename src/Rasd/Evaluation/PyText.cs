using System.Globalization;
using System.Numerics;
using System.Text;

namespace Rasd.Evaluation;

/// <summary>Python 3 string semantics the scorer depends on: whitespace, casing, \w, code-point lengths, repr and str.</summary>
public static class PyText
{
    /// <summary>str.isspace for one UTF-16 unit (every Python whitespace character is in the BMP).</summary>
    public static bool IsSpace(char c) => c is (>= '\t' and <= '\r') or (>= '\x1c' and <= ' ') or '\x85' or '\xa0' or '\u1680'
        or (>= '\u2000' and <= '\u200a') or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000';

    /// <summary>str.strip() with no argument.</summary>
    public static string Strip(string s)
    {
        int a = 0, b = s.Length;
        while (a < b && IsSpace(s[a])) a++;
        while (b > a && IsSpace(s[b - 1])) b--;
        return s[a..b];
    }

    /// <summary>str.rstrip() with no argument.</summary>
    public static string RStrip(string s)
    {
        var b = s.Length;
        while (b > 0 && IsSpace(s[b - 1])) b--;
        return s[..b];
    }

    /// <summary>str.upper(): full case mapping (ß → SS).</summary>
    public static string Upper(string s) => Map(s, PyCaseTables.Upper, static cp => UpperSimple(cp));

    /// <summary>str.lower() (the context-dependent final sigma is not applied).</summary>
    public static string Lower(string s) => Map(s, PyCaseTables.Lower, static cp => LowerSimple(cp));

    /// <summary>str.casefold(): full case folding.</summary>
    public static string Casefold(string s) => Map(s, PyCaseTables.Casefold, static cp => LowerSimple(cp));

    private static string UpperSimple(string cp) => cp.ToUpperInvariant();

    private static string LowerSimple(string cp) => cp.ToLowerInvariant();

    private static string Map(string s, Dictionary<int, string> special, Func<string, string> simple)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                var pair = s.Substring(i, 2);
                sb.Append(special.TryGetValue(char.ConvertToUtf32(s[i], s[i + 1]), out var m) ? m : simple(pair));
                i++;
            }
            else if (char.IsSurrogate(s[i])) sb.Append(s[i]);
            else sb.Append(special.TryGetValue(s[i], out var m) ? m : simple(s[i].ToString()));
        }
        return sb.ToString();
    }

    /// <summary>Whether a code point is alphanumeric for Python (str.isalnum, and so \w without '_'): letters and numbers.</summary>
    public static bool IsAlnum(int codePoint) => CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    /// <summary>re.findall(r"[^\W_]+", s): the maximal runs of alphanumeric code points.</summary>
    public static List<string> AlnumRuns(string s)
    {
        var runs = new List<string>();
        var start = -1;
        for (var i = 0; i < s.Length;)
        {
            var (cp, n) = CodePointAt(s, i);
            if (IsAlnum(cp))
            {
                if (start < 0) start = i;
            }
            else if (start >= 0)
            {
                runs.Add(s[start..i]);
                start = -1;
            }
            i += n;
        }
        if (start >= 0) runs.Add(s[start..]);
        return runs;
    }

    /// <summary>The code point at i and its UTF-16 length; a lone surrogate is its own code point, as in Python.</summary>
    public static (int CodePoint, int Units) CodePointAt(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
            ? (char.ConvertToUtf32(s[i], s[i + 1]), 2)
            : (s[i], 1);

    /// <summary>len(s) in Python: code points, not UTF-16 units.</summary>
    public static int Length(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i += CodePointAt(s, i).Units) n++;
        return n;
    }

    /// <summary>s[:count] in Python (count in code points).</summary>
    public static string Prefix(string s, int count)
    {
        var i = 0;
        for (var k = 0; k < count && i < s.Length; k++) i += CodePointAt(s, i).Units;
        return s[..i];
    }

    /// <summary>s[count:] in Python (count in code points).</summary>
    public static string Suffix(string s, int count) => s[Prefix(s, count).Length..];

    /// <summary>str(v) of a JSON value: strings as they are, everything else as repr.</summary>
    public static string Str(object? v) => v is string s ? s : Repr(v);

    /// <summary>repr(v) of a JSON value read by <see cref="PyJson"/>.</summary>
    public static string Repr(object? v) => v switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        double d => PyFloat.Repr(d),
        string s => ReprString(s),
        List<object?> list => "[" + string.Join(", ", list.Select(Repr)) + "]",
        PyDict dict => "{" + string.Join(", ", dict.Select(kv => ReprString(kv.Key) + ": " + Repr(kv.Value))) + "}",
        _ => v.ToString() ?? "",
    };

    /// <summary>repr of a str: quotes chosen as Python does, non-printable characters escaped.</summary>
    public static string ReprString(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        for (var i = 0; i < s.Length;)
        {
            var (cp, n) = CodePointAt(s, i);
            if (cp == quote || cp == '\\') sb.Append('\\').Append((char)cp);
            else if (cp == '\t') sb.Append("\\t");
            else if (cp == '\n') sb.Append("\\n");
            else if (cp == '\r') sb.Append("\\r");
            else if (cp < ' ' || cp == 0x7f) sb.Append($"\\x{cp:x2}");
            else if (cp < 0x7f || IsPrintable(cp)) sb.Append(s, i, n);
            else if (cp < 0x100) sb.Append($"\\x{cp:x2}");
            else if (cp < 0x10000) sb.Append($"\\u{cp:x4}");
            else sb.Append($"\\U{cp:x8}");
            i += n;
        }
        return sb.Append(quote).ToString();
    }

    private static bool IsPrintable(int cp)
    {
        if (cp == ' ') return true;
        if (cp is >= 0xD800 and <= 0xDFFF) return false;
        return CharUnicodeInfo.GetUnicodeCategory(cp) is not (UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
    }

    /// <summary>What Python prints for a lone surrogate with errors="backslashreplace"; other text is unchanged.</summary>
    public static string BackslashReplaceSurrogates(string s)
    {
        if (!s.Any(char.IsSurrogate)) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(s, i, 2);
                i++;
            }
            else if (char.IsSurrogate(s[i])) sb.Append($"\\u{(int)s[i]:x4}");
            else sb.Append(s[i]);
        }
        return sb.ToString();
    }

    /// <summary>Python's sort order of strings: by code point (UTF-16 ordinal order differs above the BMP).</summary>
    public static int CompareCodePoints(string? a, string? b)
    {
        if (a is null || b is null) return a is null ? (b is null ? 0 : -1) : 1;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var (x, n) = CodePointAt(a, i);
            var (y, m) = CodePointAt(b, j);
            if (x != y) return x.CompareTo(y);
            i += n;
            j += m;
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }
}
