using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>Organisations named after the building they sit in (data/seat_organisations.tsv): after "في"/"داخل" they are where something happened — their country.</summary>
public static class SeatPlaces
{
    private static readonly HashSet<string> Ids = [.. TsvTable.LoadEmbedded("seat_organisations").Rows.Select(r => r[0])];

    /// <summary>The country a mention of <paramref name="entry"/> at tokens [first, …) places an event in, or null when it names the body acting.</summary>
    public static string? Country(IReadOnlyList<Token> tokens, int first, int prefixLength, EntityEntry entry)
    {
        if (entry.Id is null || entry.Country is null || !Ids.Contains(entry.Id)) return null;
        // not a glued ب: "اتصل بالكرملين" is a call to the body, not a meeting in it
        if (first == 0 || prefixLength > 0) return null;
        var before = tokens[first - 1];
        return before.HasStem("في") || before.HasStem("داخل") ? entry.Country : null;
    }
}
