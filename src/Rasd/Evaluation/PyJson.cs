using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rasd.Evaluation;

/// <summary>
/// JSON read the way Python's json.loads reads it, into plain values: null, bool, BigInteger (integer literals),
/// double (literals with a fraction or exponent, NaN, Infinity), string, List&lt;object?&gt; and <see cref="PyDict"/>.
/// The scorer works on these so that it sees exactly what score.py sees.
/// </summary>
public static class PyJson
{
    /// <summary>Deepest container nesting (the top level counts) that score.py's json.loads accepts under Python's recursion limit.</summary>
    public const int MaxDepth = 993;

    /// <summary>Python refuses to convert integer literals longer than this (sys.int_info.default_max_str_digits).</summary>
    public const int MaxIntDigits = 4300;

    /// <summary>Parses like json.loads: strict strings, NaN/Infinity literals, lone surrogate escapes kept, duplicate keys last-wins.</summary>
    public static object? Parse(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') throw new PyJsonException("Unexpected UTF-8 BOM");
        var p = new Parser(text);
        p.SkipSpace();
        var value = p.Value(0);
        p.SkipSpace();
        if (p.Pos != text.Length) throw new PyJsonException($"Extra data at {p.Pos}");
        return value;
    }

    /// <summary>A System.Text.Json element as the plain values Python would have read from its text.</summary>
    public static object? FromElement(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => FromProperties(e.EnumerateObject().Select(p => (p.Name, FromElement(p.Value)))),
        JsonValueKind.Array => e.EnumerateArray().Select(FromElement).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => Number(e.GetRawText()),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>A System.Text.Json node as the plain values Python would have read from its text.</summary>
    public static object? FromNode(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => FromProperties(o.Select(p => (p.Key, FromNode(p.Value)))),
        JsonArray a => a.Select(FromNode).ToList(),
        _ => FromElement(JsonSerializer.SerializeToElement(node)),
    };

    private static PyDict FromProperties(IEnumerable<(string Key, object? Value)> properties)
    {
        var d = new PyDict();
        foreach (var (k, v) in properties) d.Set(k, v);
        return d;
    }

    /// <summary>A JSON number literal as Python converts it: int when it has no fraction or exponent, else float.</summary>
    public static object Number(string literal)
    {
        if (literal.IndexOfAny(['.', 'e', 'E']) < 0)
        {
            var digits = literal.Length - (literal.StartsWith('-') ? 1 : 0);
            if (digits > MaxIntDigits) throw new PyJsonException("Exceeds the limit for integer string conversion");
            return BigInteger.Parse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        return double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private sealed class Parser(string s)
    {
        public int Pos;

        public void SkipSpace()
        {
            while (Pos < s.Length && s[Pos] is ' ' or '\t' or '\n' or '\r') Pos++;
        }

        private PyJsonException Error(string what) => new($"{what} at {Pos}");

        private bool Literal(string word)
        {
            if (string.CompareOrdinal(s, Pos, word, 0, word.Length) != 0) return false;
            Pos += word.Length;
            return true;
        }

        public object? Value(int depth)
        {
            if (Pos >= s.Length) throw Error("Expecting value");
            switch (s[Pos])
            {
                case '"': Pos++; return String();
                case '{': return Object(depth + 1);
                case '[': return Array(depth + 1);
            }
            if (Literal("null")) return null;
            if (Literal("true")) return true;
            if (Literal("false")) return false;
            if (Literal("NaN")) return double.NaN;
            if (Literal("Infinity")) return double.PositiveInfinity;
            if (Literal("-Infinity")) return double.NegativeInfinity;
            return NumberLiteral();
        }

        private object NumberLiteral()
        {
            // the C scanner's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?, a dangling '.' or 'e' left unread
            int start = Pos, i = Pos;
            if (i < s.Length && s[i] == '-') i++;
            if (i < s.Length && s[i] is >= '1' and <= '9') while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            else if (i < s.Length && s[i] == '0') i++;
            else throw Error("Expecting value");
            if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1]))
            {
                i += 2;
                while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            }
            if (i < s.Length && s[i] is 'e' or 'E')
            {
                var j = i + 1;
                if (j < s.Length && s[j] is '+' or '-') j++;
                if (j < s.Length && char.IsAsciiDigit(s[j]))
                {
                    while (j < s.Length && char.IsAsciiDigit(s[j])) j++;
                    i = j;
                }
            }
            Pos = i;
            return Number(s[start..i]);
        }

        private string String()
        {
            var sb = new StringBuilder();
            while (true)
            {
                if (Pos >= s.Length) throw Error("Unterminated string");
                var c = s[Pos++];
                if (c == '"') return sb.ToString();
                if (c < 0x20) throw Error("Invalid control character");
                if (c != '\\')
                {
                    sb.Append(c);
                    continue;
                }
                if (Pos >= s.Length) throw Error("Unterminated string");
                var e = s[Pos++];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (Pos + 4 > s.Length || !int.TryParse(s.AsSpan(Pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                            throw Error("Invalid \\uXXXX escape");
                        sb.Append((char)code); // surrogate halves pair up in UTF-16 as Python pairs them into one code point
                        Pos += 4;
                        break;
                    default: throw Error("Invalid \\escape");
                }
            }
        }

        private PyDict Object(int depth)
        {
            if (depth > MaxDepth) throw Error("maximum recursion depth exceeded");
            Pos++;
            var d = new PyDict();
            SkipSpace();
            if (Pos < s.Length && s[Pos] == '}')
            {
                Pos++;
                return d;
            }
            while (true)
            {
                if (Pos >= s.Length || s[Pos] != '"') throw Error("Expecting property name enclosed in double quotes");
                Pos++;
                var key = String();
                SkipSpace();
                if (Pos >= s.Length || s[Pos] != ':') throw Error("Expecting ':' delimiter");
                Pos++;
                SkipSpace();
                d.Set(key, Value(depth));
                SkipSpace();
                if (Pos < s.Length && s[Pos] == '}')
                {
                    Pos++;
                    return d;
                }
                if (Pos >= s.Length || s[Pos] != ',') throw Error("Expecting ',' delimiter");
                Pos++;
                SkipSpace();
            }
        }

        private List<object?> Array(int depth)
        {
            if (depth > MaxDepth) throw Error("maximum recursion depth exceeded");
            Pos++;
            var list = new List<object?>();
            SkipSpace();
            if (Pos < s.Length && s[Pos] == ']')
            {
                Pos++;
                return list;
            }
            while (true)
            {
                list.Add(Value(depth));
                SkipSpace();
                if (Pos < s.Length && s[Pos] == ']')
                {
                    Pos++;
                    return list;
                }
                if (Pos >= s.Length || s[Pos] != ',') throw Error("Expecting ',' delimiter");
                Pos++;
                SkipSpace();
            }
        }
    }
}
