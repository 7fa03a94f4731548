using System.Text;

namespace Rasd.Evaluation;

/// <summary>score.py's entity normalisation: NFC, no diacritics or tatweel, one alef/yaa/haa form, casefold, [^\W_]+ tokens, one proclitic off.</summary>
public static class EntityText
{
    /// <summary>Proclitics, longest first; one is removed when at least two letters remain.</summary>
    private static readonly string[] Clitics = ["وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل"];

    /// <summary>The comparable tokens of an entity's text.</summary>
    public static List<string> Tokens(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in Nfc(s))
        {
            if (c is (>= '\u064B' and <= '\u0652') or '\u0670' or '\u0640') continue; // harakat, dagger alef, tatweel
            sb.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                _ => c,
            });
        }
        return PyText.AlnumRuns(PyText.Casefold(sb.ToString())).Select(StripClitic).ToList();
    }

    /// <summary>The token without its longest proclitic, when at least two code points remain.</summary>
    public static string StripClitic(string t)
    {
        foreach (var c in Clitics)
            if (t.StartsWith(c, StringComparison.Ordinal) && PyText.Length(t) - c.Length >= 2) return t[c.Length..];
        return t;
    }

    /// <summary>NFC that, like Python, leaves lone surrogates in place instead of refusing the string.</summary>
    private static string Nfc(string s)
    {
        var bad = -1;
        for (var i = 0; i < s.Length && bad < 0; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) bad = i;
        }
        if (bad < 0) return s.Normalize(NormalizationForm.FormC);
        // a surrogate code point never composes, so normalising around it is the same as normalising through it
        return Nfc(s[..bad]) + s[bad] + Nfc(s[(bad + 1)..]);
    }
}
