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
            bool IsSpeaker(EntityMention m) => m.EndToken <= match.FirstToken && m.FirstToken >= sentence.FirstToken
                && (m.Type == EntityType.Per || m.Role is not null || feminine && m.Type is EntityType.Org or EntityType.Loc);
            // "قال وزير الخارجية التركي … خلال لقائه نظيره الروسي … إن بلاده": the subject of the verb of saying, when no other
            // verb of saying stands between it and "بلاده", before the nearest name
            var speaker = SaidBy(analysis.Tokens, layer.Mentions, match.FirstToken, IsSpeaker) ?? layer.Mentions.LastOrDefault(IsSpeaker);
            return StateOf(speaker?.Actor);
        }, starts);

    private static readonly HashSet<string> SpeechVerbs = TsvTable.FoldedWords("speech_verbs");

    // how many words (a title) may stand between the verb of saying and its subject's name
    private const int TitleReach = 4;

    // the last speaker right after a verb of saying (across a title), with no verb of saying between them and the anaphor
    private static EntityMention? SaidBy(IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, int anaphor, Func<EntityMention, bool> isSpeaker)
    {
        for (int i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            // (a speaker of no state, "سفيرة الولايات المتحدة في الأمم المتحدة", leaves the search to the names before it)
            if (!isSpeaker(m) || StateOf(m.Actor) is null) continue;
            for (int k = m.EndToken; k < anaphor; k++)
                if (IsSpeechVerb(tokens[k])) return null;
            for (int k = m.FirstToken - 1; k >= 0 && k >= m.FirstToken - 1 - TitleReach; k--)
            {
                if (!tokens[k].IsWord) break;
                if (IsSpeechVerb(tokens[k])) return m;
            }
        }
        return null;
    }

    private static bool IsSpeechVerb(Token t)
    {
        foreach (var r in t.Readings)
            if (r.Proclitics is "" or "و" or "ف" && SpeechVerbs.Contains(r.Stem)) return true;
        return false;
    }

    /// <summary>The state of a state actor code (RUSGOV, TURMIL → RUS, TUR); null for rebels, civilians, IGOs and the like.</summary>
    private static string? StateOf(string? actor) =>
        actor is { Length: 6 } && (actor.EndsWith("GOV", StringComparison.Ordinal) || actor.EndsWith("MIL", StringComparison.Ordinal)) ? actor[..3] : null;
}
