using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// The people of a protest told by their nationality in its sentence ("آلاف الفلسطينيين … الاحتجاجات" on the border with
/// Israel), else the people of the one country abroad it is placed in ("الاحتجاجات على السياج الحدودي" placed in Gaza): a
/// protest whose only named side is the state it is against is made by these people, not by that state's own.
/// </summary>
internal static class ProtesterNationality
{
    /// <summary>The country of the first plural nationality word ("الفلسطينيين", "إيرانيون") in the trigger's sentence, else of the event's one place abroad, or null.</summary>
    public static string? Of(Analysis analysis, Event ev) => Named(analysis, ev) ?? PlacedIn(ev);

    /// <summary>
    /// The country of the plural nationality word in the trigger's sentence — the one of the event's place when several are
    /// named, else the first — or null. A word written with ب and the article is whom it is about ("بالإسرائيليين"), not who
    /// protests (a bare plural may begin with ب itself: "بريطانيون"; ل is both: "تظاهرات للفلسطينيين" are theirs, "معادية
    /// لليابانيين" against them).
    /// </summary>
    public static string? Named(Analysis analysis, Event ev)
    {
        var sentence = analysis.SentenceOfToken(ev.Triggers[0].FirstToken);
        var tokens = analysis.Tokens;
        var placed = PlacedIn(ev);
        string? first = null;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (!tokens[k].IsWord || tokens[k].Folded.StartsWith("بال", StringComparison.Ordinal)) continue;
            if (EntityLexicon.Default.PluralAdjectiveCountry(tokens[k]) is not { } iso) continue;
            if (iso == placed) return iso;
            first ??= iso;
        }
        return first;
    }

    private static string? PlacedIn(Event ev)
    {
        string? country = null;
        foreach (var p in ev.Places)
        {
            // a Syrian place (a p-code) or two countries: no one country abroad
            if (p.Length != 3 || p.StartsWith("SY", StringComparison.Ordinal) || country is not null && country != p) return null;
            country = p;
        }
        return country;
    }
}
