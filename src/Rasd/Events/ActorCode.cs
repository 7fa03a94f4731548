namespace Rasd.Events;

/// <summary>Reads and rewrites CAMEO-style actor codes: a country (ISO alpha-3) plus an optional sector (GOV, MIL, REB, OPP, CVL, NGO, MED), or IGO.</summary>
public static class ActorCode
{
    /// <summary>The codes of a group actor written with '+' ("RUSGOV+TURGOV+IRNGOV"), or the code itself.</summary>
    public static string[] Members(string code) => code.Contains('+') ? code.Split('+') : [code];

    /// <summary>The same codes as <see cref="Members"/>, walked without an array (asked for every name argument finding reads).</summary>
    public static MemberCodes EachMember(string code) => new(code);

    /// <summary>Walks a code's members: the code itself, or each part of a group code split at '+' (as string.Split would).</summary>
    public struct MemberCodes(string code)
    {
        private int _start;
        private bool _done;

        public string Current { get; private set; } = "";

        public readonly MemberCodes GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_done) return false;
            int plus = code.IndexOf('+', _start);
            if (plus < 0)
            {
                Current = _start == 0 ? code : code[_start..];
                _done = true;
                return true;
            }
            Current = code[_start..plus];
            _start = plus + 1;
            return true;
        }
    }

    public static string? Country(string code) => HasCountry(code) ? code[..3] : null;

    /// <summary>Whether two codes have the same <see cref="Country"/> (two without one, such as IGO, alike), compared without cutting strings.</summary>
    public static bool SameCountry(string a, string b)
    {
        bool hasA = HasCountry(a), hasB = HasCountry(b);
        return hasA && hasB ? a.AsSpan(0, 3).SequenceEqual(b.AsSpan(0, 3)) : hasA == hasB;
    }

    private static bool HasCountry(string code) => code.Length >= 3 && code != "IGO";

    public static string Sector(string code) => code == "IGO" ? "IGO" : code.Length > 3 ? KnownSector(code.AsSpan(3)) ?? code[3..] : "";

    // asked of every actor by many rules: the usual sectors are answered without cutting a new string
    private static string? KnownSector(ReadOnlySpan<char> sector) => sector switch
    {
        "GOV" => "GOV",
        "MIL" => "MIL",
        "REB" => "REB",
        "OPP" => "OPP",
        "CVL" => "CVL",
        "NGO" => "NGO",
        "MED" => "MED",
        _ => null,
    };

    public static string With(string code, string sector) => Country(code) is not null ? string.Concat(code.AsSpan(0, 3), sector) : code;

    /// <summary>Sectors that can carry out an attack.</summary>
    public static bool IsArmed(string code) => Sector(code) is "MIL" or "REB";

    /// <summary>States, their armies, oppositions and international bodies: parties to talks and agreements.</summary>
    public static bool IsParty(string code) => Sector(code) is "GOV" or "MIL" or "REB" or "OPP" or "IGO" or "";
}
