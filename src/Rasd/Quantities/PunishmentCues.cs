using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Quantities;

/// <summary>
/// A killing word told as a court's sentence or a penalty ("الحكم بإعدام ست نساء", "عقوبة الإعدام") kills no one: its figures
/// are no casualties and it is no attack, unless the sentence was carried out ("نفذ حكم الإعدام"). Words from data/punishment_cues.tsv.
/// </summary>
public static class PunishmentCues
{
    private static readonly HashSet<string> Sentence = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal);
    private static readonly HashSet<string> CarriedOut = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Passed = new(StringComparer.Ordinal);

    static PunishmentCues()
    {
        var t = TsvTable.LoadEmbedded("punishment_cues");
        foreach (var r in t.Rows)
        {
            var set = t.Cell(r, "kind") switch
            {
                "sentence" => Sentence,
                "between" => Between,
                "carried_out" => CarriedOut,
                var k => throw new InvalidDataException($"data/punishment_cues.tsv: unknown kind '{k}'"),
            };
            set.Add(ArabicFolding.FoldString(t.Cell(r, "word")));
            if (t.Cell(r, "passed") == "yes") Passed.Add(ArabicFolding.FoldString(t.Cell(r, "word")));
        }
    }

    /// <summary>Whether the word at <paramref name="at"/> follows a sentencing word that was not carried out; with
    /// <paramref name="phrase"/>, a phrase trigger that opens with the sentencing word ("حكم القتل", "حكم القصاص") is the sentence itself.</summary>
    public static bool Sentenced(IReadOnlyList<Token> tokens, int at, bool phrase = false) => SentenceWord(tokens, at, phrase) is int k && !CarriedOutAt(tokens, k);

    /// <summary>Whether that sentencing word tells a court passing the sentence ("قضت المحكمة غيابيا بالإعدام"), not the penalty named
    /// ("عقوبة الإعدام") or a law's provision: a coercion (legal action), though no killing.</summary>
    public static bool SentencePassed(IReadOnlyList<Token> tokens, int at, bool phrase = false) =>
        SentenceWord(tokens, at, phrase) is int k && !CarriedOutAt(tokens, k) && Is(tokens[k], Passed);

    // (only a phrase: one word such as "قضى" is itself a killing word, "died", as well as "ruled")
    private static int? SentenceWord(IReadOnlyList<Token> tokens, int at, bool phrase) =>
        phrase && Is(tokens[at], Sentence) ? at : SentenceWordBefore(tokens, at);

    private static int? SentenceWordBefore(IReadOnlyList<Token> tokens, int at)
    {
        int k = at - 1;
        if (k >= 0 && Is(tokens[k], Between)) k--;
        if (k >= 0 && Is(tokens[k], Sentence)) return k;
        // "حكمت محكمة الجنايات غيابيا بالإعدام": with "ب" the sentence may name its court and manner first
        if (!tokens[at].Readings.Any(r => r.Proclitics.Contains('ب'))) return null;
        // "وحكم القضاء العراقي في شباط/فبراير بإعدام", "قضت محكمة الجنايات في الكويت، الأحد، غيابيا بالإعدام": words, a date's
        // slash and commas around a day, not a full stop
        int words = 0;
        for (k = at - 1; k >= 0 && words <= MaxBetween && tokens[k].Folded is not ("." or "؛" or ":" or "؟" or "!"); k--)
        {
            if (Is(tokens[k], Sentence)) return k;
            if (tokens[k].IsWord) words++;
        }
        return null;
    }

    private const int MaxBetween = 7;

    // "ونفذت جبهة النصرة (ذراع القاعدة) حكم الإعدام": the executor may be named between the verb and the sentence
    private static bool CarriedOutAt(IReadOnlyList<Token> tokens, int sentence)
    {
        for (int k = sentence - 1; k >= Math.Max(0, sentence - CarriedOutReach); k--)
        {
            if (tokens[k].Folded is "." or "؟" or "!" or "؛") return false;
            if (Is(tokens[k], CarriedOut)) return true;
        }
        return false;
    }

    private const int CarriedOutReach = 10;

    private static bool Is(Token t, HashSet<string> set)
    {
        if (!t.IsWord) return false;
        foreach (var r in t.Readings)
            if (set.Contains(r.Stem) || set.Contains(r.StemWithArticle)) return true;
        return false;
    }
}
