using Rasd.Text;

namespace Rasd.Events;

/// <summary>Verbal nouns that carry an event noun behind a preposition (data/event_support_nouns.tsv): "بشن هجوم"، "بتنفيذ ضربات".</summary>
internal static class SupportNouns
{
    private static readonly HashSet<string> Words =
        Lexicons.TsvTable.FoldedWords("event_support_nouns");

    /// <summary>Whether the word before the trigger is such a noun with ب on it, so the pair is the object of what precedes it.</summary>
    public static bool CarryBehindPreposition(IReadOnlyList<Token> tokens, TriggerMatch trigger) =>
        trigger.FirstToken > 0 && tokens[trigger.FirstToken - 1].Readings.Any(r => r.Proclitics is "ب" or "وب" && Words.Contains(r.StemWithArticle));

    /// <summary>Whether the word is such a noun, bare ("في عقد اجتماع").</summary>
    public static bool Carries(Token token) => token.Readings.Any(r => r.Proclitics.Length == 0 && Words.Contains(r.StemWithArticle));

    /// <summary>Whether the word before the trigger is such a noun with ل on it: "دعت لعقد اجتماع" — the pair is what is called for.</summary>
    public static bool CarryBehindLam(IReadOnlyList<Token> tokens, TriggerMatch trigger) =>
        trigger.FirstToken > 0 && tokens[trigger.FirstToken - 1].Readings.Any(r => r.Proclitics is "ل" or "ول" && Words.Contains(r.StemWithArticle));
}
