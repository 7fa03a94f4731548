namespace Rasd.Entities;

/// <summary>
/// Villages no news corpus names (gazetteer cue=2) stand only where the report names their governorate otherwise: after
/// "قرى" in a report on the West Bank or "ناحية" in one on Iraq such a name is a place abroad, and of a name several
/// governorates' villages share only those of the report's governorates are meant.
/// </summary>
internal static class GovernorateGatedVillages
{
    /// <summary>Drops from <paramref name="cands"/> (and their inner mentions) the gated villages outside <paramref name="govs"/>, and the candidates left with no entry.</summary>
    public static void Keep(List<EntityRecognizer.Candidate> cands, HashSet<string>? govs)
    {
        for (int n = cands.Count - 1; n >= 0; n--)
        {
            var c = cands[n];
            var entries = Kept(c.Entries, govs);
            if (entries.Count == 0)
            {
                cands.RemoveAt(n);
                continue;
            }
            var inner = c.Inner;
            List<EntityRecognizer.Candidate>? kept = null;
            for (int k = 0; k < inner.Count; k++)
            {
                var ie = Kept(inner[k].Entries, govs);
                if (kept is null && !ReferenceEquals(ie, inner[k].Entries))
                {
                    kept = new List<EntityRecognizer.Candidate>(inner.Count);
                    for (int j = 0; j < k; j++) kept.Add(inner[j]);
                }
                if (kept is not null && ie.Count > 0) kept.Add(inner[k] with { Entries = ie });
            }
            if (!ReferenceEquals(entries, c.Entries) || kept is not null)
                cands[n] = c with { Entries = entries, Inner = kept ?? inner };
        }
    }

    // the entries that stand: the list itself when all do (no copy)
    private static IReadOnlyList<EntityEntry> Kept(IReadOnlyList<EntityEntry> entries, HashSet<string>? govs)
    {
        List<EntityEntry>? list = null;
        for (int k = 0; k < entries.Count; k++)
        {
            var e = entries[k];
            bool stands = !e.NeedsGovernorate || govs is not null && e.Governorate is { } g && govs.Contains(g);
            if (stands) list?.Add(e);
            else if (list is null)
            {
                list = new List<EntityEntry>(entries.Count);
                for (int j = 0; j < k; j++) list.Add(entries[j]);
            }
        }
        return list ?? entries;
    }
}
