using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// Resolves "الدول الثلاث", "الجانبين" and the like to the last list of exactly that many parties named before them
/// ("وزراء خارجية روسيا وتركيا وإيران … الدول الثلاث"), as one group actor (codes joined by '+').
/// </summary>
public static class GroupAnaphora
{
    private static readonly TokenTrie<(int Count, bool StatesOnly)> Phrases = Load();

    private static TokenTrie<(int, bool)> Load()
    {
        var table = TsvTable.LoadEmbedded("group_anaphors");
        var trie = new TokenTrie<(int, bool)>();
        foreach (var row in table.Rows)
            trie.Add(row[0], (int.Parse(table.Cell(row, "count"), System.Globalization.CultureInfo.InvariantCulture), table.Cell(row, "refers_to") == "state"));
        return trie;
    }

    /// <summary>The layer with a group mention added for every anaphor whose antecedent list is found.</summary>
    public static EntityLayer Resolve(Analysis analysis, EntityLayer layer) => Resolve(analysis, layer, null);

    /// <summary>The first-key bit of the anaphor phrases (reading it loads them).</summary>
    internal static ulong Bit => Phrases.Bit;

    /// <summary>As <see cref="Resolve(Analysis, EntityLayer)"/>, trying only the tokens of <paramref name="starts"/> (<see cref="AnaphorMentions.Starts"/>; null for every token).</summary>
    internal static EntityLayer Resolve(Analysis analysis, EntityLayer layer, List<int>? starts)
    {
        var tokens = analysis.Tokens;
        // made at the first match: most articles have none (the chains' lists of codes are the stage's most frequent lists)
        List<(int End, int Size, List<string> Codes)>? chains = null;
        bool[]? covered = null;
        List<EntityMention>? added = null;
        int from = 0;
        foreach (int i in starts ?? AnaphorMentions.Starts(tokens, Phrases.Bit))
        {
            // the matches of TokenTrie.MatchAll: tried where the word may start a phrase, not inside the last match
            if (i < from || (tokens[i].Word.LexiconMask & Phrases.Bit) == 0 || Phrases.Match(tokens, i) is not { } match) continue;
            from = match.EndToken;
            covered ??= AnaphorMentions.Covered(layer, tokens.Count);
            if (covered[match.FirstToken]) continue;
            // "الجانبان الروسي والتركي", "الطرفان –الروسي والإسرائيلي-": the phrase names its states itself
            if (OwnAdjectives(tokens, match) is { } own)
            {
                var ownSpan = new TextSpan(tokens[match.FirstToken].Start, tokens[own.End - 1].End);
                var ownText = ownSpan.Of(analysis.Text);
                (added ??= []).Add(new EntityMention(ownSpan, match.FirstToken, own.End - match.FirstToken, ownText, null, ownText, null, null,
                    string.Join('+', own.Codes), [])
                {
                    IsNamedEntity = false,
                });
                from = own.End;
                continue;
            }
            chains ??= Chains(tokens, layer.Mentions);
            var antecedent = Antecedent(chains, match);
            if (antecedent.Codes is null) continue;
            var span = AnaphorMentions.SpanOf(tokens, match);
            var text = span.Of(analysis.Text);
            (added ??= []).Add(new EntityMention(span, match.FirstToken, match.TokenCount, text, null, text, null, null, string.Join('+', antecedent.Codes), [])
            {
                IsNamedEntity = false,
            });
        }
        return AnaphorMentions.With(layer, added);
    }

    /// <summary>
    /// As many nationality adjectives as the phrase counts, right after it and joined by "و" (a dash may open and close them):
    /// their governments, and the token after the last; null when they are not there.
    /// </summary>
    private static (List<string> Codes, int End)? OwnAdjectives(IReadOnlyList<Token> tokens, TrieMatch<(int Count, bool StatesOnly)> match)
    {
        int k = match.EndToken;
        if (k < tokens.Count && tokens[k].Folded is "-" or "–" or "—") k++;
        var codes = new List<string>();
        while (k < tokens.Count && EntityLexicon.Default.AdjectiveCountryAt(tokens, k) is { } iso
            && (codes.Count == 0 || tokens[k].Folded.StartsWith('و')))
        {
            var code = iso + "GOV";
            if (!codes.Contains(code)) codes.Add(code);
            k++;
        }
        if (codes.Count != match.Value.Count) return null;
        if (k < tokens.Count && tokens[k].Folded is "-" or "–" or "—") k++;
        return (codes, k);
    }

    /// <summary>The last chain before the anaphor with as many parties as it counts (states only, if it says so); default when none.</summary>
    /// <remarks>A loop, not a lambda: a lambda capturing the match made a closure at every token of the scan.</remarks>
    private static (int End, int Size, List<string> Codes) Antecedent(List<(int End, int Size, List<string> Codes)> chains, TrieMatch<(int Count, bool StatesOnly)> match)
    {
        for (int n = chains.Count - 1; n >= 0; n--)
        {
            var c = chains[n];
            if (c.End <= match.FirstToken && c.Size == match.Value.Count && (!match.Value.StatesOnly || AllGovernments(c.Codes))) return c;
        }
        return default;
    }

    private static bool AllGovernments(List<string> codes)
    {
        foreach (var code in codes)
            if (!code.EndsWith("GOV", StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>
    /// Runs of party mentions joined by "و" (a comma allowed before it): "روسيا وإيران وتركيا", "أنقرة وواشنطن", "الفصائل
    /// والجهاديين" (two sides, one code). A run after "في" or "ب" is a list of places ("في سوريا والعراق"), not of parties.
    /// </summary>
    private static List<(int End, int Size, List<string> Codes)> Chains(IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        var chains = new List<(int End, int Size, List<string> Codes)>();
        List<string> codes = [];
        int size = 0;
        bool placeList = false;
        EntityMention? previous = null;
        for (int n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            if (m.Actor is null || m.Actor.Contains('+') || !IsParty(m.Actor)) continue;
            bool joined = previous is not null && (tokens[m.FirstToken].Folded.StartsWith('و')
                && (m.FirstToken == previous.EndToken || (m.FirstToken == previous.EndToken + 1 && tokens[previous.EndToken].IsComma))
                // "الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما": the second name's nationality carries the "و"
                || m.FirstToken == previous.EndToken + 1 && tokens[previous.EndToken].Folded.StartsWith('و')
                    && EntityLexicon.Default.AdjectiveCountryAt(tokens, previous.EndToken) is not null);
            if (!joined)
            {
                if (size > 1 && !placeList) chains.Add((previous!.EndToken, size, codes));
                codes = [];
                size = 0;
                var first = tokens[m.FirstToken];
                placeList = m.Type == EntityType.Loc
                    && ((first.Folded.StartsWith('ب') && first.Span.Start < m.Span.Start) || (m.FirstToken > 0 && tokens[m.FirstToken - 1].Folded == "في"));
            }
            if (!codes.Contains(m.Actor)) codes.Add(m.Actor);
            size++;
            previous = m;
        }
        if (size > 1 && !placeList) chains.Add((previous!.EndToken, size, codes));
        return chains;
    }

    // who can be referred to as "the states" or "the sides": governments, armies, factions, international bodies
    private static bool IsParty(string code) => code == "IGO" || (code.Length > 3 && code.AsSpan(3) is "GOV" or "MIL" or "REB" or "OPP");
}
