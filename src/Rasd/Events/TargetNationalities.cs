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
    private static readonly HashSet<string> Aircraft = Table.FoldedWhere("part", "aircraft", "word");
    private static readonly HashSet<string> DownVerbs = Table.FoldedWhere("part", "down_verb", "word");

    /// <summary>
    /// Whether a military site noun ("مقرات", "المواقع العسكرية التي") ends within three words before token <paramref name="at"/>,
    /// as the thing hit: "مقرات تتحصن فيها …", not the place fire comes from ("قصف من مواقع تسيطر عليها القوات الموالية").
    /// </summary>
    public static bool SiteBefore(IReadOnlyList<Token> tokens, int at, int sentenceStart)
    {
        for (int k = at - 1; k >= Math.Max(sentenceStart, at - 3); k--)
        {
            if (IsHead(tokens[k])) return k == sentenceStart || !FromWords.Contains(tokens[k - 1].Folded);
            if (!Fillers.Contains(tokens[k].Folded) && tokens[k].Folded is not ("التي" or "الذي")) return false;
        }
        return false;
    }

    // "من مواقع …", "انطلاقا من مواقع …": the site fire comes from
    private static readonly HashSet<string> FromWords = new(StringComparer.Ordinal) { "من", "انطلاقا" };

    /// <summary>Country codes of the adjectives on the military target phrase that a target cue opens after the trigger.</summary>
    /// <remarks>With none, a shared empty list: read it, never change it.</remarks>
    public static List<string> Of(Analysis analysis, TriggerMatch trigger, Sentence sentence, List<EntityMention> mentions,
        List<Lexicons.TrieMatch<string[]>> targetCues)
    {
        var tokens = analysis.Tokens;
        List<string>? found = null;
        // "استهدف القاعدة الروسية", "قصفت الطائرات الإسرائيلية مواقع إيرانية": the head as the trigger's own object, with no cue
        // between (a few words on, past the subject)
        for (int k = trigger.EndToken; k < Math.Min(sentence.EndToken, trigger.EndToken + 5); k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation || ArgumentFinder.CueStartsAt(targetCues, k)) break;
            if (!IsObjectHead(tokens, trigger, k)) continue;
            AddAdjectives(tokens, sentence, mentions, k + 1, ref found);
            break;
        }
        foreach (var cue in targetCues)
        {
            // the cue belongs to this attack: right after it, or after a few words of its own phrase ("غارات جوية على …")
            // (the names of who carried it out do not count: "ضربات شنتها الولايات المتحدة وفرنسا وبريطانيا ضد …")
            if (cue.FirstToken < trigger.EndToken || cue.FirstToken - trigger.EndToken > 12) continue;
            bool punctuated = false;
            int words = 0;
            for (int p = trigger.EndToken; p < cue.FirstToken; p++)
            {
                punctuated |= tokens[p].Kind == TokenKind.Punctuation;
                if (!ArgumentFinder.Covers(mentions, p)) words++;
            }
            if (punctuated || words > 4) continue;
            // the head is the cue's own last word ("على مواقع") or the word after it ("على أهداف"), past a count ("ضد ثلاثة مواقع سورية")
            int after = cue.EndToken < sentence.EndToken && IsCount(tokens[cue.EndToken]) ? cue.EndToken + 1 : cue.EndToken;
            int k = IsHead(tokens[cue.EndToken - 1]) ? cue.EndToken : after < sentence.EndToken && IsHead(tokens[after]) ? after + 1 : -1;
            if (k >= 0) AddAdjectives(tokens, sentence, mentions, k, ref found);
        }
        return found ?? None;
    }

    // the adjectives from k on, after a filler ("أهداف عسكرية سورية") or the place's own name ("قاعدة حميميم الروسية",
    // "مطار التيفور العسكري السوري")
    private static void AddAdjectives(IReadOnlyList<Token> tokens, Sentence sentence, List<EntityMention> mentions, int k, ref List<string>? found)
    {
        if (k < sentence.EndToken && ArgumentFinder.StartingAt(mentions, k) is { Type: EntityType.Loc } name) k = name.EndToken;
        // a name the gazetteer lacks, known by the filler after it: "قاعدة تيفور الجوية السورية"
        else if (k + 1 < sentence.EndToken && tokens[k].IsWord && Fillers.Contains(tokens[k + 1].Folded) && !Fillers.Contains(tokens[k].Folded)
            && EntityLexicon.Default.AdjectiveCountryAt(tokens, k) is null) k++;
        if (k < sentence.EndToken && Fillers.Contains(tokens[k].Folded)) k++;
        for (int named = 0; k < sentence.EndToken; k++, named++)
        {
            // "عشرات الأهداف "الإيرانية"": an adjective set in quotes still names the side hit
            if (tokens[k].IsQuoteMark)
            {
                named--;
                continue;
            }
            if (ArgumentFinder.Covers(mentions, k)) break;
            if (EntityLexicon.Default.AdjectiveCountryAt(tokens, k) is not { } iso) break;
            // "سورية وإيرانية": each adjective joined by و names another force
            if (named > 0 && !tokens[k].Folded.StartsWith('و')) break;
            if (!(found ??= []).Contains(iso)) found.Add(iso);
        }
    }

    // a number in digits or words ("3", "ثلاث", "عشرات")
    private static bool IsCount(Token token) =>
        token.IsNumber || Numbers.NumberLexicon.Default.TryCardinal(token.Folded, out _, out _);

    /// <summary>Whether the token after the trigger is a noun for what the attack hits ("مواقع", "قاعدة", "مطار"), whose nationality adjective is the side hit.</summary>
    /// <remarks>Right after a verb a definite head is more often its subject: "أطلقت الدفاعات الجوية السورية صواريخ".</remarks>
    public static bool IsObjectHead(IReadOnlyList<Token> tokens, TriggerMatch trigger, int k) =>
        (IsHead(tokens[k]) || IsAircraft(tokens[k]) && Downing(tokens, trigger)) && !(k == trigger.EndToken && tokens[k].Folded.StartsWith("ال", StringComparison.Ordinal));

    private static bool IsAircraft(Token token) => Aircraft.Contains(token.Folded) || token.Readings.Any(r => Aircraft.Contains(r.Stem));

    // the trigger shoots something down ("أسقطت", "إسقاط"): the aircraft after it is what was hit
    private static bool Downing(IReadOnlyList<Token> tokens, TriggerMatch trigger) => tokens[trigger.FirstToken].Readings.Any(r => DownVerbs.Contains(r.Stem));

    // what most attacks find (read only)
    private static readonly List<string> None = [];

    private static bool IsHead(Token token) => Heads.Contains(token.Folded) || token.Readings.Any(r => Heads.Contains(r.Stem));
}
