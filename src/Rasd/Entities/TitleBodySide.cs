using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// "الأمين العام لحزب الله", "الأمين العام للمجلس الأعلى للدفاع اللبناني": a title that names no body of its own
/// (data/body_titles.tsv) acts for the body its "ل" complement names, not for the title's default side (IGO): the title's
/// actor phrase takes that body's code; an international body keeps IGO; a complement Rasd cannot place leaves it without a
/// side, as a wrong IGO would make the UN a party to a party leader's words.
/// </summary>
public static class TitleBodySide
{
    private static readonly TsvTable Table = TsvTable.LoadEmbedded("body_titles");
    private static readonly HashSet<string> Titles = Table.FoldedWhere("kind", "title", "word");
    private static readonly string[][] TitleWords = [.. Titles.Select(t => t.Split(' '))];
    private static readonly HashSet<string> Portfolios = Table.FoldedWhere("kind", "portfolio", "word");
    private static readonly HashSet<string> StateHeads = Table.FoldedWhere("kind", "state", "word");
    private static readonly string[][] International = [.. Table.FoldedWhere("kind", "international", "word").Select(w => w.Split(' '))];

    /// <summary>The layer with each such title phrase (and each person the title describes after a comma) given the side of the body it is for.</summary>
    public static EntityLayer Resolve(Analysis analysis, EntityLayer layer, EntityLexicon lex)
    {
        var tokens = analysis.Tokens;
        var mentions = layer.Mentions;
        List<EntityMention>? changed = null;
        Dictionary<string, string?>? people = null;
        for (int n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            // (most mentions are no such title: one string compare first)
            if (m.Actor != "IGO" || TitleEnd(tokens, m) is not int k) continue;
            // "الأمين العام المساعد للشؤون": the title's own adjectives before its complement
            for (int a = 0; a < 2 && k < tokens.Count && tokens[k].IsWord && tokens[k].Folded.StartsWith("ال", StringComparison.Ordinal); a++) k++;
            if (ComplementAt(tokens, k) is not (int from, string stem) || Portfolios.Contains(stem)) continue;
            bool stateHead = StateHeads.Contains(stem) || from + 1 < tokens.Count && StateHeads.Contains(stem + " " + tokens[from + 1].Folded);
            var side = BodySide(tokens, mentions, n, from, lex, stateHead);
            if (side == m.Actor) continue;
            // (a person keeps that side in all the full name's mentions, as SpokesmanSide does)
            if (m.Type == EntityType.Per) { if (m.Id is { } id) (people ??= new(StringComparer.Ordinal))[id] = side; continue; }
            changed ??= [.. mentions];
            changed[n] = m with { Actor = side };
        }
        if (people is not null)
            for (int n = 0; n < mentions.Count; n++)
                if (mentions[n] is { Type: EntityType.Per, Actor: "IGO", Id: { } id } p && people.TryGetValue(id, out var side))
                    (changed ??= [.. mentions])[n] = p with { Actor = side };
        return changed is null ? layer : new EntityLayer(changed);
    }

    // where the title ends: an actor phrase that is the title itself, or a person the title describes after a comma
    // ("قال محمد الفلاحي، الأمين العام لهيئة الهلال الأحمر، إن …")
    private static int? TitleEnd(IReadOnlyList<Token> tokens, EntityMention m)
    {
        if (m.Type is null) return Titles.Contains(m.CanonicalName) ? m.EndToken : null;
        if (m.Type != EntityType.Per || m.EndToken + 1 >= tokens.Count || !tokens[m.EndToken].IsComma) return null;
        foreach (var words in TitleWords)
        {
            int k = m.EndToken + 1;
            bool all = k + words.Length <= tokens.Count;
            for (int w = 0; w < words.Length && all; w++) all = tokens[k + w].Folded == words[w];
            if (all) return k + words.Length;
        }
        return null;
    }

    // the complement behind "ل" at token k: where its first word is and that word's stem ("لـ «حزب الله»": the word after the
    // separate "لـ" and its quote), or null
    private static (int, string)? ComplementAt(IReadOnlyList<Token> tokens, int k)
    {
        if (k >= tokens.Count) return null;
        if (tokens[k].Folded == "ل")
        {
            k++;
            while (k < tokens.Count && tokens[k].Kind == TokenKind.Punctuation && !tokens[k].IsComma) k++;
            return k < tokens.Count && tokens[k].IsWord ? (k, tokens[k].Readings.Count > 0 ? ShortestStem(tokens[k]) : tokens[k].Folded) : null;
        }
        return BehindLam(tokens[k]) is { } stem ? (k, stem) : null;
    }

    // the stem with its article stripped, among the word's readings
    private static string ShortestStem(Token t)
    {
        string stem = t.Folded;
        foreach (var r in t.Readings)
            if (r.Stem.Length >= 2 && r.Stem.Length < stem.Length) stem = r.Stem;
        return stem;
    }

    // the stem of a word behind "ل" (with or without the article: "للمجلس" is "لل" + "مجلس" before "ل" + "لمجلس"), or null
    private static string? BehindLam(Token t)
    {
        if (!t.IsWord) return null;
        string? stem = null;
        foreach (var r in t.Readings)
            if (r.Proclitics is "ل" or "لل" && r.Stem.Length >= 2 && (stem is null || r.Stem.Length < stem.Length)) stem = r.Stem;
        return stem;
    }

    // the code of the first body named in the complement (a few words, up to a comma or a person's name); else a state body's
    // head with a nationality adjective gives that state's government; else none
    private static string? BodySide(IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, int n, int from, EntityLexicon lex, bool stateHead)
    {
        int end = from;
        while (end < tokens.Count && end < from + 5 && tokens[end].IsWord) end++;
        for (int j = n + 1; j < mentions.Count && mentions[j].FirstToken < end; j++)
        {
            var b = mentions[j];
            if (b.FirstToken < from) continue;
            if (b.Type == EntityType.Per) { end = b.FirstToken; break; }
            if (b.Type != EntityType.Loc && b.Actor is { } code) return code;
        }
        for (int k = from; k < end; k++)
            if (InternationalAt(tokens, k, end)) return "IGO";
        if (stateHead)
            for (int k = from + 1; k < end; k++)
                if (lex.AdjectiveCountryAt(tokens, k) is { } iso) return iso + "GOV";
        return null;
    }

    // an international body of data/body_titles.tsv at token k (its first word bare, with the article or behind "ل")
    private static bool InternationalAt(IReadOnlyList<Token> tokens, int k, int end)
    {
        foreach (var words in International)
        {
            if (k + words.Length > end) continue;
            bool first = tokens[k].Folded == words[0];
            foreach (var r in tokens[k].Readings) first |= r.Stem == words[0] || r.StemWithArticle == words[0];
            bool all = first;
            for (int w = 1; w < words.Length && all; w++) all = tokens[k + w].Folded == words[w];
            if (all) return true;
        }
        return false;
    }
}
