using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// A person named right before "المتحدث باسم X" (a comma may stand between, data/spokesman_titles.tsv) speaks for X: a person
/// Rasd has no side for takes X's actor code ("قال حمزة بيرقادر المتحدث باسم جيش الإسلام" → SYRREB), and so do the person's
/// later mentions (the surname alone is found after this, from the full name).
/// </summary>
public static class SpokesmanSide
{
    private static readonly HashSet<string> Titles = Lexicons.TsvTable.FoldedWords("spokesman_titles");
    private static readonly string For = ArabicFolding.FoldString("باسم");

    /// <summary>The layer with each such person given the side it speaks for.</summary>
    public static EntityLayer Resolve(Analysis analysis, EntityLayer layer)
    {
        var tokens = analysis.Tokens;
        var mentions = layer.Mentions;
        List<EntityMention>? changed = null;
        Dictionary<string, string>? sides = null;
        for (int n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            if (m.Type != EntityType.Per || m.Actor is not null) continue;
            int k = m.EndToken;
            if (k < tokens.Count && tokens[k].IsComma) k++;
            if (k + 2 >= tokens.Count || !Titles.Contains(tokens[k].Folded) || tokens[k + 1].Folded != For) continue;
            // the side: the name right after "باسم"
            string? side = null;
            for (int j = n + 1; j < mentions.Count && mentions[j].FirstToken <= k + 2 && side is null; j++)
                if (mentions[j].FirstToken == k + 2 && mentions[j].Type != EntityType.Per) side = mentions[j].Actor;
            if (side is null || m.Id is null) continue;
            (sides ??= new(StringComparer.Ordinal))[m.Id] = side;
        }
        if (sides is null) return layer;
        foreach (var m in mentions)
            (changed ??= []).Add(m.Type == EntityType.Per && m.Actor is null && m.Id is not null && sides.TryGetValue(m.Id, out var code) ? m with { Actor = code } : m);
        return new EntityLayer(changed!);
    }
}
