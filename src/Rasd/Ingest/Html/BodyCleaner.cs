namespace Rasd.Ingest.Html;

/// <summary>Paragraph-level cleanup of an extracted body: the repeated headline, "اقرأ أيضاً"-style furniture, end-of-article blocks (related articles, tags, comments) and credit bylines.</summary>
public static partial class BodyCleaner
{
    /// <summary>Longest block still taken for furniture when it starts with a drop phrase ("اقرأ أيضاً: headline of another story").</summary>
    private const int MaxFurnitureWords = 25;

    /// <summary>Longest credit line, in words.</summary>
    private const int MaxBylineWords = 8;

    /// <summary>Longest date/update stamp, in words.</summary>
    private const int MaxStampWords = 14;

    public static List<string> Clean(IReadOnlyList<string> paragraphs, string? title, BoilerplateRules rules, out string? byline)
    {
        byline = null;
        var titleKey = title is null ? null : BoilerplateRules.Key(title);
        var kept = new List<string>();
        foreach (var p in paragraphs)
        {
            var key = BoilerplateRules.Key(p);
            if (key.Length == 0) continue;
            if (kept.Count < 3 && titleKey is { Length: > 0 } && key == titleKey) continue;
            if (IsCut(key, rules) || IsPolicy(key, rules))
            {
                if (kept.Count > 0) break;
                continue;
            }
            if (IsFurniture(key, rules) || IsStamp(p, key, rules)) continue;
            kept.Add(p);
        }
        // a credit line sits first or last
        if (kept.Count > 1 && IsByline(kept[^1], rules)) { byline = Trim(kept[^1]); kept.RemoveAt(kept.Count - 1); }
        else if (kept.Count > 1 && IsByline(kept[0], rules)) { byline = Trim(kept[0]); kept.RemoveAt(0); }
        return kept;
    }

    private static bool IsCut(string key, BoilerplateRules rules) =>
        rules.CutPhrases.Any(c => key == c || (key.StartsWith(c + " ", StringComparison.Ordinal) && Words(key) <= Words(c) + 3));

    /// <summary>A short block that is, or opens with, a drop phrase; one-word phrases ("شارك") only on blocks of a few words, since they also open real sentences.</summary>
    public static bool IsFurniture(string key, BoilerplateRules rules)
    {
        int words = Words(key);
        foreach (var d in rules.DropPhrases)
        {
            if (key == d) return true;
            if (!key.StartsWith(d + " ", StringComparison.Ordinal)) continue;
            if (Words(d) >= 2 ? words <= MaxFurnitureWords : words <= 3) return true;
        }
        return false;
    }

    /// <summary>Site policy text (comment rules, disclaimers): names two or more policy phrases.</summary>
    private static bool IsPolicy(string key, BoilerplateRules rules)
    {
        var padded = " " + key + " ";
        return rules.PolicyPhrases.Count(p => padded.Contains(" " + p + " ", StringComparison.Ordinal)) >= 2;
    }

    /// <summary>A date/update stamp: a short block with a stamp phrase and a number, or with a year and a clock time.</summary>
    private static bool IsStamp(string paragraph, string key, BoilerplateRules rules)
    {
        if (Words(key) > MaxStampWords || !paragraph.Any(char.IsDigit)) return false;
        var padded = " " + key + " ";
        if (rules.StampPhrases.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal))) return true;
        return StampPattern().IsMatch(paragraph);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(19|20)\d\d.*\b\d{1,2}:\d{2}\b|\b\d{1,2}:\d{2}\b.*(19|20)\d\d")]
    private static partial System.Text.RegularExpressions.Regex StampPattern();

    /// <summary>"راديو الكل – وكالات", "المصدر: رويترز", "وكالات": short, and either opens with a credit word and a separator, or names an agency beside a separator.</summary>
    public static bool IsByline(string paragraph, BoilerplateRules rules)
    {
        var key = BoilerplateRules.Key(paragraph);
        int words = Words(key);
        if (words == 0 || words > MaxBylineWords || paragraph.Length > 80) return false;
        if (paragraph.TrimEnd().EndsWith('.') && words > 3) return false; // a sentence, not a credit
        bool separator = paragraph.IndexOfAny(['–', '—', '-', ':', '/', '|', '،']) >= 0;
        var padded = " " + key + " ";
        foreach (var a in rules.Agencies)
            if (padded.Contains(" " + a + " ", StringComparison.Ordinal) && (separator || key == a)) return true;
        foreach (var pre in rules.BylinePrefixes)
            if (key.StartsWith(pre + " ", StringComparison.Ordinal) && separator && paragraph.IndexOfAny([':', '–', '—', '-']) <= pre.Length + 3) return true;
        return false;
    }

    private static string Trim(string s) => s.Trim().Trim('(', ')', '[', ']', '*').Trim();

    private static int Words(string key) => key.Length == 0 ? 0 : key.Count(c => c == ' ') + 1;
}
