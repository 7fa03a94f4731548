using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// Armed men named by a generic phrase and then called loyal to the Syrian government ("قوات النظام والمسلحين الموالين لها",
/// "مقاتلين موالين للنظام") fight on its side: the phrase, read alone as the armed opposition ("المسلحين"), is government forces.
/// </summary>
public static class LoyalForces
{
    // data/allegiance_words.tsv: "الموالين", "موالية", "المتحالفة" …
    private static readonly HashSet<string> Allegiance = Lexicons.TsvTable.FoldedWords("allegiance_words");
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "له", "لها", "لهم", "لهما" };
    private const string Opposition = "SYRREB";
    private const string GovernmentForces = "SYRMIL";
    // Damascus, the capital, resolves as its governorate
    private const string Capital = "SY01";

    /// <summary>The layer with each such phrase given the government forces' code.</summary>
    public static EntityLayer Resolve(Analysis analysis, EntityLayer layer)
    {
        var tokens = analysis.Tokens;
        var mentions = layer.Mentions;
        List<EntityMention>? changed = null;
        for (int n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            if (m.IsNamedEntity || m.Actor != Opposition || m.EndToken + 1 >= tokens.Count || !Allegiance.Contains(tokens[m.EndToken].Folded)) continue;
            var patron = tokens[m.EndToken + 1];
            string? side = null;
            // "والمسلحين الموالين لها", "قوات النظام والمسلحين الموالين، و57 عنصرا": the pronoun, or no patron at all, is the
            // name the phrase is joined to by و
            if (Pronouns.Contains(patron.Folded) || !patron.IsWord || patron.Folded.StartsWith('و'))
            {
                if (tokens[m.FirstToken].Folded.StartsWith('و') && n > 0 && mentions[n - 1].EndToken == m.FirstToken) side = mentions[n - 1].Actor;
            }
            // "مقاتلين موالين للنظام", "المسلحين الموالين لدمشق": the name behind ل (the capital stands for the government)
            else if (patron.Folded.StartsWith('ل'))
                for (int j = n + 1; j < mentions.Count && mentions[j].FirstToken <= m.EndToken + 1; j++)
                    if (mentions[j].FirstToken == m.EndToken + 1) side = mentions[j].Actor ?? (mentions[j].Id == Capital ? "SYRGOV" : null);
            if (side is not ("SYRMIL" or "SYRGOV")) continue;
            changed ??= [.. mentions];
            changed[n] = m with { Actor = GovernmentForces };
        }
        return changed is null ? layer : new EntityLayer(changed);
    }
}
