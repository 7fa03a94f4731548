using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// A person the article names in full ("وزير الدفاع مايكل فالون") and elsewhere by the surname alone ("وأضاف فالون"): the lone
/// surname is a mention of that person, with the same actor code, so that what the person says later keeps its speaker.
/// </summary>
/// <remarks>People of the name lexicons have their surnames as aliases where one stands alone; this covers those found by a
/// title or a first name. A surname two people of the article share, one that is also a first name, one a lexicon knows as a word,
/// and one after a first name (another person of that family) are left alone.</remarks>
public static class SurnameAnaphora
{
    /// <summary>The layer with a mention added for every lone surname of a person named in full in the article.</summary>
    public static EntityLayer Resolve(Analysis analysis, EntityLayer layer)
    {
        var tokens = analysis.Tokens;
        Dictionary<string, EntityMention?>? people = null;
        foreach (var m in layer.Mentions)
        {
            // people of the name lexicons (those with an English name) say themselves which surnames stand alone ("الأسد" is a family)
            if (m.Type != EntityType.Per || m.TokenCount < 2 || m.Id is null || m.NameEn is not null) continue;
            var last = tokens[m.EndToken - 1];
            var surname = last.Folded;
            if (!last.IsWord || surname.Length < 3 || surname == "الله" || last.Word.LexiconMask != 0
                || GivenNames.Default.Read(analysis.Text, last) is not null) continue;
            people ??= new(StringComparer.Ordinal);
            // two people of one surname: a lone surname could be either
            if (people.TryGetValue(surname, out var known)) { if (known is not null && known.Id != m.Id) people[surname] = null; }
            else people[surname] = m;
        }
        if (people is null) return layer;
        var covered = AnaphorMentions.Covered(layer, tokens.Count);
        List<EntityMention>? added = null;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (covered[i] || !t.IsWord || t.Word.LexiconMask != 0) continue;
            if (Surname(t, people) is not { } hit) continue;
            var (person, prefix) = hit;
            if (i > 0 && GivenNames.Default.Read(analysis.Text, tokens[i - 1]) is not null) continue;
            var span = new TextSpan(t.Start + prefix, t.End);
            (added ??= []).Add(new EntityMention(span, i, 1, span.Of(analysis.Text), EntityType.Per, person.CanonicalName, person.Id, person.NameEn, person.Actor, []));
        }
        return AnaphorMentions.With(layer, added);
    }

    // the person whose surname the token is, with or without a conjunction or preposition before it, and that prefix's length
    private static (EntityMention Person, int Prefix)? Surname(Token t, Dictionary<string, EntityMention?> people)
    {
        foreach (var r in t.Readings)
        {
            // the conjunction or preposition before the name ("وأضاف فالون", "والحريري"); the article belongs to the name
            int clitic = r.Proclitics.Length - (r.HasArticle ? 2 : 0);
            if (clitic > 1) continue;
            if (people.TryGetValue(r.StemWithArticle, out var person) && person is not null) return (person, clitic);
        }
        return null;
    }
}
