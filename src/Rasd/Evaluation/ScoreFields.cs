using System.Numerics;

namespace Rasd.Evaluation;

/// <summary>score.py's field readers: every malformed value reads as absent, never as an error.</summary>
internal static class ScoreFields
{
    /// <summary>The object elements of doc[key]; none when doc or doc[key] has the wrong type.</summary>
    public static List<PyDict> Items(object? doc, string key) =>
        doc is PyDict d && d.Get(key) is List<object?> list ? list.OfType<PyDict>().ToList() : [];

    /// <summary>A stripped non-empty string, else null.</summary>
    public static string? Trim(object? v) => v is string s && PyText.Strip(s) is { Length: > 0 } t ? t : null;

    /// <summary>Gold alternatives (a list, or a lone string) as a set of trimmed strings.</summary>
    public static HashSet<string> Alts(object? v)
    {
        var list = v is string ? [v] : v as List<object?> ?? [];
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in list)
            if (Trim(x) is { } t) set.Add(t);
        return set;
    }

    /// <summary>A trimmed string, upper-cased (codes) or lower-cased (vocabulary), or null.</summary>
    public static string? Word(object? v, bool upper = false) =>
        Trim(v) is { } t ? (upper ? PyText.Upper(t) : PyText.Lower(t)) : null;

    /// <summary>Like <see cref="Alts"/>, case-folded.</summary>
    public static HashSet<string> Words(object? v, bool upper = false) =>
        Alts(v).Select(t => upper ? PyText.Upper(t) : PyText.Lower(t)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Gold items marked "optional": true (exactly true, not truthy).</summary>
    public static bool Optional(PyDict x, bool gold) => gold && x.Get("optional") is true;

    /// <summary>An int or float value (bools are not numbers here), else null.</summary>
    public static object? Number(object? v) => v is BigInteger or double ? v : null;

    /// <summary>Python's == between int and float: exact numeric equality.</summary>
    public static bool NumbersEqual(object? a, object? b) => (a, b) switch
    {
        (BigInteger x, BigInteger y) => x == y,
        (double x, double y) => x == y,
        (BigInteger x, double y) => IntEqualsFloat(x, y),
        (double x, BigInteger y) => IntEqualsFloat(y, x),
        _ => false,
    };

    private static bool IntEqualsFloat(BigInteger i, double d) => double.IsFinite(d) && Math.Floor(d) == d && new BigInteger(d) == i;

    /// <summary>Python truthiness of a JSON value.</summary>
    public static bool Truthy(object? v) => v switch
    {
        null => false,
        bool b => b,
        BigInteger i => !i.IsZero,
        double d => d != 0,
        string s => s.Length > 0,
        List<object?> l => l.Count > 0,
        PyDict d => d.Count > 0,
        _ => true,
    };

    /// <summary>A set as ','.join(sorted(set)).</summary>
    public static string JoinSorted(IEnumerable<string> set)
    {
        var list = set.ToList();
        list.Sort(PyText.CompareCodePoints);
        return string.Join(",", list);
    }

    /// <summary>f"{v}" of a str-or-None field.</summary>
    public static string Show(string? v) => v ?? "None";
}
