using Rasd.Pipeline;
using Rasd.Quantities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// A death or injury told with a cause that is no violence ("توفي طفل بسبب البرد", "سجلت خمس حالات وفاة بسبب عاصفة الغبار",
/// "وفاة لاجئ من شدة الحر", "السيول قتلت 11 طفلا", "وفاة 62 شخصا بالدفتيريا"), or as a yearly rate ("يتسبب في 3 ملايين حالة
/// وفاة سنويا"): no casualty of an attack, so its figure counts for no event (data/natural_death_causes.tsv).
/// </summary>
public static class NaturalDeath
{
    private static readonly Lexicons.TsvTable Table = Lexicons.TsvTable.LoadEmbedded("natural_death_causes");

    // each cause by its first word, with the words after it ("حادث سير"): most are one word
    private static readonly Dictionary<string, string[][]> Causes = CausesByFirstWord("cause", "agent");

    // the disasters and accidents also told as the doer, before the count ("السيول قتلت 11 طفلا")
    private static readonly Dictionary<string, string[][]> Agents = CausesByFirstWord("agent");

    // a yearly rate after the count ("3 ملايين حالة وفاة سنويا"): a statistic, no casualties of one deed
    private static readonly Dictionary<string, string[][]> Rates = CausesByFirstWord("rate");

    // the words of a cause that make it none ("عاصفة الحزم" is an operation, "انهيار الهدنة" a truce's end)
    private static readonly Dictionary<string, string[][]> NoCauses = CausesByFirstWord("none");

    private static readonly HashSet<string> Prepositions = Table.FoldedWhere("kind", "preposition", "word");

    // the prepositions of time ("بعد انهيار مبنى", "لدى تحطم مروحية", "عندما تحطمت"), read only in a sentence with no attack
    private static readonly HashSet<string> WhenPrepositions = Table.FoldedWhere("kind", "when", "word");

    private static readonly HashSet<string> DegreeWords = Table.FoldedWhere("kind", "degree", "word");

    private static readonly HashSet<string> Violence = Table.FoldedWhere("kind", "violence", "word");

    // the cause is looked for this many words past the figure and its role word, within their clause
    private const int Reach = 8;

    // a yearly rate is looked for this many words past them ("7 ملايين شخص سنويا", "حالة وفاة مبكرة كل عام")
    private const int RateReach = 3;

    // and, in a sentence with no attack, past commas this many words
    private const int FarReach = 16;

    /// <summary>Whether a figure of the dead, the hurt, the missing or the displaced is told with a cause that is no violence.</summary>
    /// <param name="naturalBefore">Whether the sentence before counted the dead or hurt of such a cause.</param>
    public static bool Is(Analysis analysis, Figure f, bool naturalBefore = false)
    {
        if (f.Role is not ("killed" or "injured" or "missing" or "displaced")) return false;
        var tokens = analysis.Tokens;
        var sentence = analysis.Sentences[f.SentenceIndex];
        int end = sentence.EndToken;
        int from = analysis.TokenAtOrAfter(Math.Max(f.Span.End, f.GoverningSpan.End));
        if (CauseAfter(tokens, from, end, rates: true)) return true;
        // "عدد المصابين بمرض التوحد بنحو 164 ألف شخص": the cause told between the role word and a count further on
        if (f.GoverningSpan.End <= f.Span.Start)
        {
            int at = analysis.TokenAtOrAfter(f.Span.Start);
            if (CauseAfter(tokens, analysis.TokenAtOrAfter(f.GoverningSpan.End), Math.Min(end, at), rates: false)) return true;
        }
        if (AgentBefore(analysis, f, sentence.FirstToken)) return true;
        // in a sentence with no attack of its own, the disaster may be told further off: past a comma or after a preposition of
        // time ("لقي 116 شخصا حتفهم، وأصيب 250 آخرون جراء عواصف رملية", "قتل 3 أشخاص، الأحد، من جراء تحطم طائرة"), or in the
        // sentence before, with its dead, the count going on with its news ("قتل 12 طفلا إثر اصطدام قطار بحافلة. كما أصيب 12
        // طفلا آخرين في الحادث"; a disaster word alone there is too little: "انهارت أجزاء من المبنى" fell to an assault)
        if (AttackIn(analysis, f.SentenceIndex)) return false;
        return CauseAfter(tokens, from, end, rates: false, FarReach, noAttack: true) || naturalBefore && !AttackIn(analysis, f.SentenceIndex - 1);
    }

    /// <summary>Whether no sentence of the text tells an attack or a word of violence: a report of a disaster alone, whose
    /// dead told in any sentence after a count of the disaster's dead are the disaster's too.</summary>
    public static bool NoAttackInText(Analysis analysis)
    {
        for (int s = 0; s < analysis.Sentences.Count; s++)
            if (AttackIn(analysis, s)) return false;
        return true;
    }

    // the sentence's triggers hold an attack ("قصف", "غارة", "انفجار عبوة", "هجوم", "اشتباكات"), or it has a word of violence
    // that is no trigger ("القتال", "بلغم أرضي", "أضرم مجهولون النار")
    private static bool AttackIn(Analysis analysis, int sentence)
    {
        if (sentence < 0) return false;
        if (analysis.Get<TriggerLayer>() is { } triggers)
            foreach (var t in triggers.InSentence(sentence))
                if (t.Entry.Type == "ASSAULT") return true;
        var s = analysis.Sentences[sentence];
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            var t = analysis.Tokens[k];
            if (Violence.Contains(t.Folded)) return true;
            // (with any clitic: "برصاص", "بلغم", "والحرب")
            foreach (var r in t.Readings)
                if (Violence.Contains(r.Stem)) return true;
        }
        return false;
    }

    // a cause (or, past the count, a yearly rate) within reach from a token, in its clause (or past commas too)
    private static bool CauseAfter(IReadOnlyList<Token> tokens, int from, int end, bool rates, int reach = Reach, bool noAttack = false)
    {
        for (int k = from; k < Math.Min(end, from + reach); k++)
        {
            if (tokens[k].IsPunctuationLike())
            {
                if (noAttack) continue;
                break;
            }
            if (rates && k - from < RateReach && CauseAt(Rates, tokens, k, end, tokens[k].Folded)) return true;
            if (CausedAt(tokens, k, end, noAttack)) return true;
        }
        return false;
    }

    // a cause at a token: with the preposition written onto it ("بحادث سير", "بحادث تصادم": onto a degree word before it
    // too), or after a preposition and up to two degree words ("بسبب شدة البرد", "جراء ارتفاع درجات الحرارة")
    private static bool CausedAt(IReadOnlyList<Token> tokens, int k, int end, bool noAttack)
    {
        var attached = ByPreposition(tokens[k]);
        if (CauseAt(Causes, tokens, k, end, attached)) return true;
        if (!Prepositions.Contains(tokens[k].Folded) && !(noAttack && IsWhen(tokens[k])) && !(attached is not null && DegreeWords.Contains(attached))) return false;
        // (a cause may begin with a degree word: "في حادث سير" is read at "حادث", not past it at "سير")
        for (int cause = k + 1; cause < end && cause - k <= 3; cause++)
        {
            if (CauseAt(Causes, tokens, cause, end, tokens[cause])) return true;
            if (!IsDegree(tokens[cause])) break;
        }
        return false;
    }

    // ("وبعد", "فعندما")
    private static bool IsWhen(Token t) => FirstBareForm(t, WhenPrepositions, static (set, form) => set.Contains(form)) is not null;

    private static bool IsDegree(Token t) => FirstBareForm(t, DegreeWords, static (set, form) => set.Contains(form)) is not null;

    // "السيول قتلت 11 طفلا", "تحطم طائرة عسكرية أسفر عن مقتل …", "زلزال بقوة 6,9 درجات، أوقع 259 قتيلا": a disaster or
    // accident told as the doer, in the sentence before the count; not in a sentence with an attack of its own ("قصف أدى إلى
    // اندلاع حريق ومقتل ثلاثة": the attack word is a trigger)
    private static bool AgentBefore(Analysis analysis, Figure f, int sentenceStart)
    {
        var tokens = analysis.Tokens;
        // (from the count itself: "قتلت السيول 40 شخصا" names the flood between the verb and the count)
        int at = analysis.TokenAtOrAfter(f.Span.Start);
        for (int k = at - 1; k >= sentenceStart; k--)
        {
            if (!CauseAt(Agents, tokens, k, at, tokens[k])) continue;
            // (further back than its reach, only in a sentence whose news has no attack: then so near is it anyway)
            return !AttackIn(analysis, f.SentenceIndex);
        }
        return false;
    }

    // a cause at a token read bare: without its article or a clitic ("والسيول", "للأمطار", "بالزلزال"), or without the alef of
    // the accusative ("زلزالا هز", "أمطارا غزيرة", "غرقا"); no words listed as no cause ("عاصفة الحزم", "انهيار الهدنة")
    private static bool CauseAt(Dictionary<string, string[][]> causes, IReadOnlyList<Token> tokens, int k, int end, Token token)
    {
        var form = FirstBareForm(token, (causes, tokens, k, end), static (at, form) => CauseAt(at.causes, at.tokens, at.k, at.end, form));
        return form is not null && !CauseAt(NoCauses, tokens, k, end, form);
    }

    // the first of the forms a word is looked up by that passes the test: as written, without its proclitics when they end in
    // the article, without the accusative alef (when it is no bare word of two letters: "حرا"). (A loop with a static test:
    // an iterator over the forms made an object per token asked.)
    private static string? FirstBareForm<TState>(Token t, TState state, Func<TState, string, bool> test)
    {
        if (test(state, t.Folded)) return t.Folded;
        foreach (var r in t.Readings)
            if ((r.HasArticle || r.Proclitics is "و" or "ف") && test(state, r.Stem)) return r.Stem;
        if (t.Folded.Length > 3 && t.Folded[^1] == 'ا' && t.Folded[..^1] is var bare && test(state, bare)) return bare;
        return null;
    }

    private static bool CauseAt(Dictionary<string, string[][]> causes, IReadOnlyList<Token> tokens, int k, int end, string? first)
    {
        if (first is null || !causes.TryGetValue(first, out var rests)) return false;
        foreach (var rest in rests)
        {
            bool all = k + rest.Length < end;
            for (int j = 0; all && j < rest.Length; j++) all = tokens[k + 1 + j].Folded == rest[j];
            if (all) return true;
        }
        return false;
    }

    // "بحادث", "بالفيروس" → "حادث", "فيروس": the stem of a word with the preposition ب written onto it, else null
    private static string? ByPreposition(Token t)
    {
        foreach (var r in t.Readings)
            // (not the two-letter "حر", heat: "بحر" is a sea; and "بالمرض" is read past its article, ب+المرض comes first)
            if (r.Proclitics is "ب" or "بال" && r.Stem.Length > 2 && !(r.Proclitics == "ب" && r.Stem.StartsWith("ال", StringComparison.Ordinal))) return r.Stem;
        return null;
    }

    private static Dictionary<string, string[][]> CausesByFirstWord(params string[] kinds)
    {
        var byFirst = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var phrase in kinds.SelectMany(kind => Table.FoldedWhere("kind", kind, "word")))
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
            list.Add(words[1..]);
        }
        return byFirst.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
