using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// Resolves "بلاده / بلادها / بلادنا" to the state of the nearest speaker named before it in the sentence
/// ("وقال وزير الخارجية الروسي إن بلاده لن تسمح …" = RUSGOV), as an actor phrase with that state's government code.
/// </summary>
public static class CountryAnaphora
{
    private static readonly TokenTrie<string> Phrases = Load();

    private static TokenTrie<string> Load()
    {
        var table = TsvTable.LoadEmbedded("country_anaphors");
        var trie = new TokenTrie<string>();
        foreach (var row in table.Rows) trie.Add(row[0], table.Cell(row, "person"));
        return trie;
    }

    /// <summary>The layer with an actor mention added for every "بلاده" whose speaker's state is known.</summary>
    public static EntityLayer Resolve(Analysis analysis, EntityLayer layer, EntityLexicon lexicon) => Resolve(analysis, layer, lexicon, null);

    /// <summary>The first-key bit of the anaphors (reading it loads them).</summary>
    internal static ulong Bit => Phrases.Bit;

    /// <summary>As <see cref="Resolve(Analysis, EntityLayer, EntityLexicon)"/>, trying only the tokens of <paramref name="starts"/> (null for every token).</summary>
    internal static EntityLayer Resolve(Analysis analysis, EntityLayer layer, EntityLexicon lexicon, List<int>? starts) =>
        AnaphorMentions.AddGovernments(analysis, layer, lexicon, Phrases, static (analysis, layer, match) =>
        {
            var sentence = analysis.SentenceOfToken(match.FirstToken);
            // the nearest speaker before it in the sentence: "بلاده" (his) is a man's, "بلادها" also a country's or a ministry's;
            // when that speaker's state is unknown nothing is resolved, rather than reaching past them to another state
            bool feminine = match.Value == "fem";
            var speaker = layer.Mentions.LastOrDefault(m => m.EndToken <= match.FirstToken && m.FirstToken >= sentence.FirstToken
                && (m.Type == EntityType.Per || m.Role is not null || feminine && m.Type is EntityType.Org or EntityType.Loc));
            return StateOf(speaker?.Actor);
        }, starts);

    /// <summary>The state of a state actor code (RUSGOV, TURMIL → RUS, TUR); null for rebels, civilians, IGOs and the like.</summary>
    private static string? StateOf(string? actor) =>
        actor is { Length: 6 } && (actor.EndsWith("GOV", StringComparison.Ordinal) || actor.EndsWith("MIL", StringComparison.Ordinal)) ? actor[..3] : null;
}
