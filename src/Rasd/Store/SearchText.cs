using System.Text;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Store;

/// <summary>Arabic-aware search terms: folded words plus their clitic-stripped stems, for the index and for queries alike.</summary>
public static class SearchText
{
    private static readonly Tokenizer Tokens = new(ProtectedWords.DefaultAnalyzer);

    // folded word → its search forms; words repeat across documents, so ingest asks the clitic analyser once per word.
    // Bounded so memory stays flat on any input (about 10 MB): past the cap, new words are analysed each time;
    // the frequent words come early in any corpus, so they are the ones kept.
    private const int FormCacheCap = 50_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> FormCache = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock, so the size is counted here
    private static int _formCacheSize;

    /// <summary>The text to index: each distinct term once (a word folded, then the stems its clitic readings give), in order of first use.</summary>
    /// <remarks>Queries only ask whether a term occurs (no phrases), so repeats would only cost index time and space.</remarks>
    public static string ForIndex(IEnumerable<string?> texts)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            // a text met before (the title under every event, a shared evidence sentence) adds no new term
            if (string.IsNullOrWhiteSpace(text) || !done.Add(text)) continue;
            foreach (var t in Tokens.Tokenize(text))
            {
                if (t.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
                foreach (var a in CachedForms(t))
                {
                    if (!seen.Add(a)) continue;
                    if (sb.Length > 0) sb.Append(' ');
                    sb.Append(a);
                }
            }
        }
        return sb.ToString();
    }

    private static string[] CachedForms(Token t)
    {
        if (t.Kind != TokenKind.Word) return [.. Forms(t)];
        if (FormCache.TryGetValue(t.Folded, out var forms)) return forms;
        forms = [.. Forms(t)];
        if (Volatile.Read(ref _formCacheSize) < FormCacheCap && FormCache.TryAdd(t.Folded, forms)) Interlocked.Increment(ref _formCacheSize);
        return forms;
    }

    /// <summary>Per word of the text, the distinct forms it may be searched by (folded whole word first, then stems).</summary>
    public static List<List<string>> Terms(string text)
    {
        var result = new List<List<string>>();
        foreach (var t in Tokens.Tokenize(text))
        {
            if (t.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            var forms = Forms(t);
            if (forms.Count > 0) result.Add(forms);
        }
        return result;
    }

    private static List<string> Forms(Token t)
    {
        var forms = new List<string>();
        foreach (var form in t.Readings.SelectMany(r => new[] { r.Stem, r.StemWithArticle }).Prepend(t.Folded))
        {
            var clean = Clean(form);
            if (clean.Length > 1 || (clean.Length == 1 && char.IsDigit(clean[0])))
                if (!forms.Contains(clean)) forms.Add(clean);
        }
        return forms;
    }

    /// <summary>An FTS5 MATCH expression: every word must match one of its forms.</summary>
    public static string? Fts5Query(string query)
    {
        var terms = Terms(query);
        if (terms.Count == 0) return null;
        return string.Join(" AND ", terms.Select(forms => "(" + string.Join(" OR ", forms.Select(f => "\"" + f + "\"")) + ")"));
    }

    /// <summary>A PostgreSQL tsquery text (for to_tsquery('simple', …)): every word must match one of its forms.</summary>
    public static string? TsQuery(string query)
    {
        var terms = Terms(query);
        if (terms.Count == 0) return null;
        return string.Join(" & ", terms.Select(forms => "(" + string.Join(" | ", forms) + ")"));
    }

    // only letters and digits reach either query language, so no quoting or operator can be smuggled in
    private static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
