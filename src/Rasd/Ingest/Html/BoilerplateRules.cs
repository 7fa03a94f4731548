using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Ingest.Html;

/// <summary>The boilerplate data (data/boilerplate_*.tsv): page-chrome classes and tags, furniture phrases, byline words; all text compared folded.</summary>
public sealed class BoilerplateRules
{
    private static readonly Lazy<BoilerplateRules> Lazy = new(() => new BoilerplateRules());

    /// <summary>The rules from the embedded tables.</summary>
    public static BoilerplateRules Default => Lazy.Value;

    private BoilerplateRules()
    {
        var phrases = TsvTable.LoadEmbedded("boilerplate_phrases");
        foreach (var row in phrases.Rows)
        {
            var p = Key(phrases.Cell(row, "phrase"));
            if (p.Length == 0) continue;
            (phrases.Cell(row, "action") switch
            {
                "cut" => CutPhrases,
                "stamp" => StampPhrases,
                "policy" => PolicyPhrases,
                _ => DropPhrases,
            }).Add(p);
        }
        var classes = TsvTable.LoadEmbedded("boilerplate_classes");
        foreach (var row in classes.Rows)
        {
            var f = classes.Cell(row, "fragment").Trim().ToLowerInvariant();
            if (classes.Cell(row, "match") == "substring") ClassSubstrings.Add(f);
            else ClassParts.Add(f);
        }
        var tags = TsvTable.LoadEmbedded("boilerplate_tags");
        foreach (var row in tags.Rows) ChromeTags.Add(tags.Cell(row, "tag").Trim().ToLowerInvariant());
        var bylines = TsvTable.LoadEmbedded("boilerplate_bylines");
        foreach (var row in bylines.Rows)
        {
            var w = Key(bylines.Cell(row, "word"));
            (bylines.Cell(row, "kind") == "prefix" ? BylinePrefixes : Agencies).Add(w);
        }
    }

    /// <summary>Folded phrases whose short block is dropped.</summary>
    public List<string> DropPhrases { get; } = [];

    /// <summary>Folded phrases whose block ends the article body.</summary>
    public List<string> CutPhrases { get; } = [];

    /// <summary>Folded phrases of date/update stamps ("آخر تحديث").</summary>
    public List<string> StampPhrases { get; } = [];

    /// <summary>Folded phrases of site policy text; two in one block mark it.</summary>
    public List<string> PolicyPhrases { get; } = [];

    public HashSet<string> ClassParts { get; } = new(StringComparer.Ordinal);

    public List<string> ClassSubstrings { get; } = [];

    public HashSet<string> ChromeTags { get; } = new(StringComparer.Ordinal);

    public List<string> Agencies { get; } = [];

    public List<string> BylinePrefixes { get; } = [];

    /// <summary>True when a class or id value names page chrome (share bar, related posts, tags, back-to-top…).</summary>
    public bool IsChromeClass(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return false;
        foreach (var raw in value.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.ToLowerInvariant().Replace('_', '-');
            foreach (var s in ClassSubstrings) if (token.Contains(s, StringComparison.Ordinal)) return true;
            var parts = token.Split('-', StringSplitOptions.RemoveEmptyEntries);
            // single parts and runs of two or three parts ("back-to-top", "post-tags")
            for (int i = 0; i < parts.Length; i++)
                for (int len = 1; len <= 3 && i + len <= parts.Length; len++)
                    if (ClassParts.Contains(string.Join('-', parts, i, len))) return true;
        }
        return false;
    }

    /// <summary>Folded comparison key: folding, punctuation-insensitive spacing.</summary>
    public static string Key(string text)
    {
        var folded = ArabicFolding.FoldString(text);
        var chars = new System.Text.StringBuilder(folded.Length);
        bool space = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) { if (space && chars.Length > 0) chars.Append(' '); space = false; chars.Append(char.ToLowerInvariant(c)); }
            else space = true;
        }
        return chars.ToString();
    }
}
