using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// The forces an attack hits when its target is a military noun with nationality adjectives (data/event_target_heads.tsv):
/// "غارات على أهداف عسكرية سورية وإيرانية" → SYRMIL, IRNMIL.
/// </summary>
public static class TargetNationalities
{
    private static readonly Lexicons.TsvTable Table = Lexicons.TsvTable.LoadEmbedded("event_target_heads");
    private static readonly HashSet<string> Heads = Table.FoldedWhere("part", "head", "word");
    private static readonly HashSet<string> Fillers = Table.FoldedWhere("part", "filler", "word");

    /// <summary>Country codes of the adjectives on the military target phrase that a target cue opens after the trigger.</summary>
    /// <remarks>With none, a shared empty list: read it, never change it.</remarks>
    public static List<string> Of(Analysis analysis, TriggerMatch trigger, Sentence sentence, IReadOnlyList<EntityMention> mentions,
        IEnumerable<Lexicons.TrieMatch<string[]>> targetCues)
    {
        var tokens = analysis.Tokens;
        List<string>? found = null;
        foreach (var cue in targetCues)
        {
            // the cue belongs to this attack: right after it, or after a few words of its own phrase ("غارات جوية على …")
            if (cue.FirstToken < trigger.EndToken || cue.FirstToken - trigger.EndToken > 4) continue;
            bool punctuated = false;
            for (int p = trigger.EndToken; p < cue.FirstToken; p++) punctuated |= tokens[p].Kind == TokenKind.Punctuation;
            if (punctuated) continue;
            // the head is the cue's own last word ("على مواقع") or the word after it ("على أهداف")
            int k = IsHead(tokens[cue.EndToken - 1]) ? cue.EndToken : cue.EndToken < sentence.EndToken && IsHead(tokens[cue.EndToken]) ? cue.EndToken + 1 : -1;
            if (k < 0) continue;
            if (k < sentence.EndToken && Fillers.Contains(tokens[k].Folded)) k++;
            for (int named = 0; k < sentence.EndToken; k++, named++)
            {
                if (ArgumentFinder.Covers(mentions, k)) break;
                if (EntityLexicon.Default.AdjectiveCountryAt(tokens, k) is not { } iso) break;
                // "سورية وإيرانية": each adjective joined by و names another force
                if (named > 0 && !tokens[k].Folded.StartsWith('و')) break;
                if (!(found ??= []).Contains(iso)) found.Add(iso);
            }
        }
        return found ?? None;
    }

    // what most attacks find (read only)
    private static readonly List<string> None = [];

    private static bool IsHead(Token token) => Heads.Contains(token.Folded) || token.Readings.Any(r => Heads.Contains(r.Stem));
}
