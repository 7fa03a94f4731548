using Rasd.Records;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>Turns the entity layer into the record's entity list: each distinct name once, in its fullest form.</summary>
public static class EntityRecords
{
    public static List<EntityRecord> From(EntityLayer layer)
    {
        var named = layer.Mentions.Where(m => m.IsNamedEntity && m.Type is not null).ToList();
        var result = new List<EntityRecord>();
        // group by what the mention denotes; a shorter form whose words all occur in a kept longer form is the same name
        foreach (var group in named.GroupBy(Key))
        {
            var kept = new List<(string[] Words, EntityMention First, int Count)>();
            // each mention's words are made once (they are both the sort key and the comparison)
            foreach (var (m, w) in group.Select(m => (m, Words(m.Text))).OrderByDescending(x => x.Item2.Length).ThenBy(x => x.m.Span.Start))
            {
                int idx = kept.FindIndex(k => w.All(x => k.Words.Contains(x)));
                if (idx >= 0) kept[idx] = (kept[idx].Words, kept[idx].First, kept[idx].Count + 1);
                else kept.Add((w, m, 1));
            }
            foreach (var (_, m, count) in kept)
                result.Add(new EntityRecord(m.Text, m.Type switch { EntityType.Per => "PER", EntityType.Org => "ORG", _ => "LOC" })
                {
                    Start = m.Span.Start,
                    End = m.Span.End,
                    Id = m.Id,
                    NameEn = m.NameEn,
                    Actor = m.Actor,
                    Places = m.Places.Count > 0 ? m.Places.ToList() : null,
                    Latitude = m.Latitude,
                    Longitude = m.Longitude,
                    Mentions = count,
                });
        }
        return result.OrderBy(r => r.Start).ToList();
    }

    /// <summary>
    /// What a mention denotes. Places abroad carry their country's code as id, so each lexicon row (its canonical name) is a
    /// name of its own: "جنوب لبنان" does not swallow "لبنان", nor "القدس الشرقية" "القدس".
    /// </summary>
    private static string Key(EntityMention m) =>
        m.FinePcode
        ?? (m.Type == EntityType.Loc && m.Id is { Length: 3 } iso ? iso + "|" + ArabicFolding.FoldString(m.CanonicalName) : m.Id)
        ?? ArabicFolding.FoldString(m.Text);

    /// <summary>Folded words without the clitics the scorer ignores (و ف ب ل ال) and without a hashtag mark ("أنجيلا #ميركل" holds "ميركل").</summary>
    private static string[] Words(string text) =>
        ArabicFolding.FoldString(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => StripClitics(w.TrimStart('#'))).ToArray();

    private static readonly string[] CliticPrefixes = ["وال", "بال", "فال", "لل", "ال"];

    private static string StripClitics(string w)
    {
        foreach (var p in CliticPrefixes)
            if (w.StartsWith(p, StringComparison.Ordinal) && w.Length - p.Length >= 2) return w[p.Length..];
        return w;
    }
}
