namespace Rasd.Ner;

/// <summary>BIO tag helpers: normalising corpus tag spellings, repairing to IOB2, and reading entity chunks (CoNLL semantics).</summary>
public static class BioTags
{
    public const string Outside = "O";

    /// <summary>Normalises a corpus tag: case, PERS to PER, the MIS* family to MISC, typos such as OO/IO to O.</summary>
    public static string Normalize(string raw)
    {
        var t = raw.Trim();
        if (t.Length == 0) return Outside;
        var upper = t.ToUpperInvariant();
        if (upper is "O" or "OO" or "IO" or "0") return Outside;
        char p = upper[0];
        if ((p != 'B' && p != 'I') || upper.Length < 3) return Outside;
        // "B-X", "I--X", and the glued "IPERS" typo; the body keeps its case for fine-grained types
        var type = NormalizeType(t[1] == '-' ? t[2..].TrimStart('-') : t[1..]);
        return type.Length == 0 ? Outside : $"{p}-{type}";
    }

    /// <summary>Maps type spellings of the corpora to one name; fine-grained types (NewsFANE) keep their own spelling.</summary>
    public static string NormalizeType(string type)
    {
        var u = type.ToUpperInvariant().TrimEnd('`');
        if (u is "PERS" or "PER" or "ERS") return "PER";
        if (u is "LOC") return "LOC";
        if (u is "ORG" or "ORF" or "PRG") return "ORG";
        if (u.StartsWith("MIS", StringComparison.Ordinal)) return "MISC";
        return type; // e.g. NewsFANE "Politician" keeps its case
    }

    public static bool IsBegin(string tag) => tag.Length > 2 && tag[0] == 'B' && tag[1] == '-';

    public static bool IsInside(string tag) => tag.Length > 2 && tag[0] == 'I' && tag[1] == '-';

    /// <summary>The entity type of a B-/I- tag, or null for O.</summary>
    public static string? TypeOf(string tag) => tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;

    /// <summary>Rewrites I-X that does not continue an X chunk as B-X (IOB2), so the tagger never learns illegal transitions.</summary>
    public static string[] ToIob2(IReadOnlyList<string> tags)
    {
        var result = new string[tags.Count];
        string? prevType = null;
        for (int i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            var type = TypeOf(tag);
            result[i] = IsInside(tag) && type != prevType ? "B-" + type : tag;
            prevType = type;
        }
        return result;
    }

    /// <summary>Entity chunks as (type, first token, end token exclusive), as conlleval reads them: a chunk starts at B-X or at an I-X that does not continue X.</summary>
    public static List<(string Type, int Start, int End)> Chunks(IReadOnlyList<string> tags)
    {
        var chunks = new List<(string, int, int)>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : Outside;
            var t = TypeOf(tag);
            bool continues = type is not null && IsInside(tag) && t == type;
            if (continues) continue;
            if (type is not null) chunks.Add((type, start, i));
            type = t;
            start = i;
        }
        return chunks;
    }
}
