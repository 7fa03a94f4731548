using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "مقاتلين مؤيدين لدمشق", "الفصائل الموالية لطهران", "المدعومة من واشنطن", "قوات نظام دمشق": a capital named as the one a side
/// serves or is backed by, or as the seat of a government, stands for that government and is no place of the event.
/// </summary>
internal static class BackedCapital
{
    // data/allegiance_words.tsv, as ArgumentFinder reads it: "الموالية", "مؤيدين", "المدعومة" …
    private static HashSet<string> Allegiance => ArgumentFinder.AllegianceWords;
    // data/capital_ruler_nouns.tsv: "سلطات", "حكومة", "نظام"
    private static readonly HashSet<string> RulerNouns = Lexicons.TsvTable.FoldedWords("capital_ruler_nouns");

    private const int CountryCodeLength = 3;

    /// <summary>Whether the capital mention stands after an allegiance word or a noun of rule.</summary>
    public static bool Holds(IReadOnlyList<Token> tokens, EntityMention m)
    {
        int at = m.FirstToken;
        if (at == 0) return false;
        var first = tokens[at].Folded;
        var before = tokens[at - 1];
        // "موالية لطهران": the allegiance word right before the capital that carries ل
        if (first.StartsWith('ل') && Allegiance.Contains(before.Folded)) return true;
        // "المدعومة من واشنطن", "المتحالفة مع موسكو"
        if (before.Folded is "من" or "مع" && at >= 2 && Allegiance.Contains(tokens[at - 2].Folded)) return true;
        // "قوات نظام دمشق", "لسلطات دمشق": a capital resolved to its governorate (not a capital abroad, resolved to its country,
        // which stays the place of a government's deeds at home: "اعتقال سلطات الدوحة للحاج")
        if (m.Places.Count == 0 || m.Places[0].Length <= CountryCodeLength) return false;
        foreach (var r in before.Readings)
            if (r.Proclitics is "" or "ل" or "و" or "ول" && RulerNouns.Contains(r.Stem)) return true;
        return false;
    }
}
