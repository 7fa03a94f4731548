using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "خلال اتصالات هاتفية مع إردوغان دعا بوتين وماي …", "أجرت ماي اتصالات هاتفية مع ماكرون وميركل": calls told in the plural
/// (data/event_plural_calls.tsv) between one party and several are one call per party of the many, each with the one.
/// </summary>
internal static class SeparateCalls
{
    private static readonly HashSet<string> PluralCalls = Lexicons.TsvTable.FoldedWords("event_plural_calls");

    /// <summary>Replaces each such call mention by one mention per party of the many side, in place and in order.</summary>
    public static void Split(Analysis analysis, List<Event> mentions)
    {
        KeepOwnParties(analysis, mentions);
        for (int i = mentions.Count - 1; i >= 0; i--)
        {
            var ev = mentions[i];
            if (ev.Type != "CONSULT" || ev.Actors.Count < 3 || PairedSides(analysis, ev) is not { } sides) continue;
            var (one, many) = sides;
            mentions.RemoveAt(i);
            for (int k = many.Count - 1; k >= 0; k--)
            {
                var call = ev.CopyWithoutActors();
                // the parties in the order the mention had them
                foreach (var a in ev.Actors)
                    if (a == one || a == many[k]) call.Actors.Add(a);
                mentions.Insert(i, call);
            }
        }
    }

    /// <summary>
    /// "أجرى ماكرون اتصالا هاتفيا مع العاهل الأردني واتصالا مماثلا مع محمود عباس": of two talks told apart in one sentence, each
    /// with its own party after "مع", neither holds the party named after the other's.
    /// </summary>
    private static void KeepOwnParties(Analysis analysis, List<Event> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var a = mentions[i];
            if (a.Type != "CONSULT") continue;
            List<string>? own = null;
            for (int j = 0; j < mentions.Count; j++)
            {
                var b = mentions[j];
                if (j == i || b.Type != "CONSULT" || b.Triggers[0].SentenceIndex != a.Triggers[0].SentenceIndex) continue;
                own ??= OtherSide(analysis, a.Triggers[0]);
                if (own.Count == 0) break;
                foreach (var code in OtherSide(analysis, b.Triggers[0]))
                    if (!own.Contains(code)) a.Actors.Remove(code);
            }
        }
    }

    // the one party and the many of a plural call: those named after its "مع"/"من" and the rest, one side a single party
    private static (string One, List<string> Many)? PairedSides(Analysis analysis, Event ev)
    {
        foreach (var t in ev.Triggers)
        {
            if (!NamesPluralCall(t.Entry.FoldedPhrase)) continue;
            var other = OtherSide(analysis, t);
            if (other.Count == 0) continue;
            var rest = new List<string>();
            foreach (var a in ev.Actors)
                if (!other.Contains(a)) rest.Add(a);
            // every party after the preposition must be one of the mention's
            foreach (var a in other)
                if (!ev.Actors.Contains(a)) return null;
            if (other.Count == 1 && rest.Count >= 2) return (other[0], rest);
            // the one who made the calls is named before them ("أجرت ماي اتصالات هاتفية مع ماكرون وميركل"), not guessed from
            // what is left (a caller the sentence does not name leaves only one of the called)
            if (other.Count >= 2 && rest.Count == 1 && NamedBefore(analysis, t, rest[0])) return (rest[0], other);
            return null;
        }
        return null;
    }

    // whether a name of the sentence before the trigger stands for the party
    private static bool NamedBefore(Analysis analysis, TriggerMatch t, string code)
    {
        foreach (var m in ArgumentFinder.MentionsIn(analysis, analysis.Sentences[t.SentenceIndex]))
            if (m.EndToken <= t.FirstToken && m.Actor == code) return true;
        return false;
    }

    // whether a word of the phrase is a plural call ("اتصالات هاتفية", "أجرى اتصالات")
    private static bool NamesPluralCall(string folded)
    {
        foreach (var word in folded.Split(' '))
            if (PluralCalls.Contains(word)) return true;
        return false;
    }

    // "مع"/"من" after the trigger
    private static readonly HashSet<string> Prepositions = Lexicons.TsvTable.FoldedWords("event_call_party_prepositions");

    /// <summary>
    /// The actor codes of the names joined by "و" right after the trigger's "مع" or "من" ("مع الرئيس الفرنسي ماكرون والمستشارة
    /// الألمانية ميركل"), each name reached through its title and nationality at most.
    /// </summary>
    private static List<string> OtherSide(Analysis analysis, TriggerMatch t)
    {
        var tokens = analysis.Tokens;
        var side = new List<string>();
        // (one word may stand between: "اتصالين هاتفيين مع", "اتصالات هاتفية منفصلة مع")
        int prep = t.EndToken;
        if (prep < tokens.Count && !Prepositions.Contains(tokens[prep].Folded)) prep++;
        if (prep >= tokens.Count || !Prepositions.Contains(tokens[prep].Folded)) return side;
        int from = prep + 1;
        int end = from;
        foreach (var m in ArgumentFinder.MentionsIn(analysis, analysis.Sentences[t.SentenceIndex]))
        {
            if (m.FirstToken < end) continue;
            // a comma before "و" ("ماكرون، والمستشارة …") joins as well
            int at = end > from && end < tokens.Count && tokens[end].IsComma ? end + 1 : end;
            // the first name, reached through its title; then the same person named after a title of its own ("ولي عهد أبوظبي
            // الشيخ محمد بن زايد"), or the next one brought in by "و"
            bool joined = m.FirstToken == at || TitledConjunct.TitleRun(tokens, at, m.FirstToken) || end == from && TitleOf(tokens, at, m.FirstToken)
                || end > from && (m.FirstToken == at && tokens[at].MayOpenWithAnd || TitledConjunct.Between(tokens, at, m.FirstToken)
                    || tokens[at].MayOpenWithAnd && TitleOf(tokens, at, m.FirstToken));
            if (!joined) break;
            if (m.Actor is { } code && !side.Contains(code)) side.Add(code);
            end = m.EndToken;
        }
        // a list that goes on past the names read, with another title or name ("… وولي العهد السعودي", "الملك عبدالله الثاني
        // ملك الأردن والشيخ …", a name one word on), has parties this reading missed
        int after = end < tokens.Count && tokens[end].IsComma ? end + 1 : end;
        if (after < tokens.Count && (TitledConjunct.IsTitleWord(Unprefixed(tokens[after])) || StartsName(analysis, t, after) || StartsName(analysis, t, after + 1)))
            side.Clear();
        return side;
    }

    // "مع رئيس السلطة الفلسطينية محمود عباس", "وولي عهد أبوظبي": up to four words of a title before a name, none after the
    // first joined by "و" or a comma
    private static bool TitleOf(IReadOnlyList<Token> tokens, int from, int name)
    {
        if (name - from is < 1 or > 4 || !TitledConjunct.IsTitleWord(Unprefixed(tokens[from]))) return false;
        for (int k = from + 1; k < name; k++)
            if (tokens[k].IsComma || tokens[k].MayOpenWithAnd) return false;
        return true;
    }

    // the word without its "و"
    private static string Unprefixed(Token token) => token.Folded.StartsWith('و') ? token.Folded[1..] : token.Folded;

    // whether a name of the sentence starts at the token
    private static bool StartsName(Analysis analysis, TriggerMatch t, int token)
    {
        foreach (var m in ArgumentFinder.MentionsIn(analysis, analysis.Sentences[t.SentenceIndex]))
            if (m.FirstToken == token) return true;
        return false;
    }
}
