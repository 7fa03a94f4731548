using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// Resolves a lone "المملكة" to the last kingdom named before it in the article (data/kingdom_anaphors.tsv):
/// "السعودية … ولهذا دعت المملكة الحكومة السورية" = SAUGOV, as an actor phrase with that state's government code.
/// </summary>
public static class KingdomAnaphora
{
    private static readonly TokenTrie<HashSet<string>> Phrases = Load();

    private static TokenTrie<HashSet<string>> Load()
    {
        var table = TsvTable.LoadEmbedded("kingdom_anaphors");
        var trie = new TokenTrie<HashSet<string>>();
        foreach (var row in table.Rows)
            trie.Add(row[0], new HashSet<string>(table.Cell(row, "countries").Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal));
        return trie;
    }

    /// <summary>The layer with an actor mention added for every lone "المملكة" whose kingdom was named before it.</summary>
    public static EntityLayer Resolve(Analysis analysis, EntityLayer layer, EntityLexicon lexicon) => Resolve(analysis, layer, lexicon, null);

    /// <summary>The first-key bit of the anaphors (reading it loads them).</summary>
    internal static ulong Bit => Phrases.Bit;

    /// <summary>As <see cref="Resolve(Analysis, EntityLayer, EntityLexicon)"/>, trying only the tokens of <paramref name="starts"/> (null for every token).</summary>
    internal static EntityLayer Resolve(Analysis analysis, EntityLayer layer, EntityLexicon lexicon, List<int>? starts) =>
        AnaphorMentions.AddGovernments(analysis, layer, lexicon, Phrases, static (_, layer, match) => LastKingdom(layer.Mentions, match), starts);

    /// <summary>The last kingdom among the states the mentions before the match name or speak for, or null.</summary>
    private static string? LastKingdom(IReadOnlyList<EntityMention> mentions, TrieMatch<HashSet<string>> match)
    {
        // from the end back: the first found is the last in text order
        for (int n = mentions.Count - 1; n >= 0; n--)
            if (mentions[n].EndToken <= match.FirstToken && StateOf(mentions[n]) is { } s && match.Value.Contains(s)) return s;
        return null;
    }

    // the country a mention names or speaks for: "السعودية" (SAU), "العاهل السعودي" (SAUGOV)
    private static string? StateOf(EntityMention m) =>
        m.Type == EntityType.Loc && m.Id is { Length: 3 } id ? id : m.Actor is { Length: 6 } a ? a[..3] : null;
}
