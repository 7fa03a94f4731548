using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// A person the article names in full ("وزير الدفاع مايكل فالون") and elsewhere by the surname alone ("وأضاف فالون"): the lone
/// surname is a mention of that person, with the same actor code, so that what the person says later keeps its speaker.
/// </summary>
/// <remarks>People of the name lexicons have their surnames as aliases where one stands alone; this covers those found by a
/// title or a first name. A surname two people of the article share, one that is also a first name, one a lexicon knows as a
/// word, and one after a first name (another person of that family) are left alone.</remarks>
public static class SurnameAnaphora
{
    // per thread, cleared for each article: the surnames and their person (null when two people share one); most articles
    // have no such person and never touch it
    [ThreadStatic]
    private static Dictionary<string, EntityMention?>? _people;

    /// <summary>The layer with a mention added for every lone surname of a person named in full in the article.</summary>
    public static EntityLayer Resolve(Analysis analysis, EntityLayer layer)
    {
        var tokens = analysis.Tokens;
        Dictionary<string, EntityMention?>? people = null;
        // (an index loop: a foreach over the read-only list boxed an enumerator)
        var mentions = layer.Mentions;
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            // people of the name lexicons (those with an English name) say themselves which surnames stand alone ("الأسد" is a family)
            if (m.Type != EntityType.Per || m.TokenCount < 2 || m.Id is null || m.NameEn is not null) continue;
            var last = tokens[m.EndToken - 1];
            var surname = last.Folded;
            if (!last.IsWord || surname.Length < 3 || surname == "الله" || (last.Word.LexiconMask & Lexicons.FirstKeyIndex.WordListBits) != 0
                || GivenNames.Default.Read(analysis.Text, last) is not null) continue;
            if (people is null) (people = _people ??= new(StringComparer.Ordinal)).Clear();
            // two people of one surname: a lone surname could be either
            if (people.TryGetValue(surname, out var known)) { if (known is not null && known.Id != m.Id) people[surname] = null; }
            else people[surname] = m;
        }
        if (people is null) return layer;
        var lookup = people.GetAlternateLookup<ReadOnlySpan<char>>();
        // a word can only be a surname of that length (or one letter longer, with its proclitic) and ending as one does:
        // two tests rule out nearly every word before any hash
        ulong lengths = 0, endings = 0;
        var openings = new Openings();
        foreach (var name in people.Keys)
        {
            lengths |= 1UL << Math.Min(name.Length, 62) | 1UL << Math.Min(name.Length + 1, 63);
            endings |= 1UL << (name[^1] & 63);
            openings.Add(name);
        }
        var foldedText = analysis.Folded.Folded;
        List<EntityMention>? added = null;
        // every token's lexicon mask, read by the recogniser already: a word that starts an entry of any word list is no
        // surname, and is ruled out before the token itself is read (bits registered only to speed up a lookup do not count)
        var masks = Lexicons.TokenMasks.For(analysis);
        ulong wordLists = Lexicons.FirstKeyIndex.WordListBits;
        // the mentions are in text order: a cursor tells whether a token is inside one, without a flag per token
        int next = 0, coveredTo = 0, nextFirst = mentions.Count > 0 ? mentions[0].FirstToken : int.MaxValue;
        for (int i = 0, count = tokens.Count; i < count; i++)
        {
            while (i >= nextFirst)
            {
                coveredTo = Math.Max(coveredTo, mentions[next++].EndToken);
                nextFirst = next < mentions.Count ? mentions[next].FirstToken : int.MaxValue;
            }
            if ((masks[i] & wordLists) != 0 || i < coveredTo) continue;
            var t = tokens[i];
            if (!t.IsWord || !openings.MayOpen(foldedText, t.FoldedStart) || t.Folded.Length < 3 || (lengths & 1UL << Math.Min(t.Folded.Length, 63)) == 0
                || (endings & 1UL << (t.Folded[^1] & 63)) == 0) continue;
            // the whole word, or the word behind one conjunction or preposition ("وأضاف فالون", "لفالون", "والحريري"): the
            // article belongs to the name
            int prefix = 0;
            if (!lookup.TryGetValue(t.Folded, out var person))
            {
                if (t.Folded[0] is 'و' or 'ف' or 'ب' or 'ل' && lookup.TryGetValue(t.Folded.AsSpan(1), out person)) prefix = 1;
                // "للقذافي": ل before the article drops its alef; the whole word is the mention
                else if (!t.Folded.StartsWith("لل", StringComparison.Ordinal) || !TryWithArticle(lookup, t.Folded, out person)) continue;
            }
            if (person is null || i > 0 && GivenNames.Default.Read(analysis.Text, tokens[i - 1]) is not null) continue;
            // the span in the original text: past the proclitic's letter (folding keeps a single letter's place)
            var span = new TextSpan(t.Start + prefix, t.End);
            (added ??= []).Add(new EntityMention(span, i, 1, SpanStrings.Of(analysis.Text, span), EntityType.Per, person.CanonicalName, person.Id, person.NameEn, person.Actor, []));
        }
        return AnaphorMentions.With(layer, added);
    }

    /// <summary>
    /// How the surnames open, as bits: a word's first letters, read in the analysis's folded text (in order, where each word's
    /// own string lies elsewhere in the heap and costs a cache miss), rule out most words before their string is read.
    /// </summary>
    private struct Openings
    {
        private ulong _pairs;
        private ulong _afterAl;

        public void Add(string name)
        {
            _pairs |= Pair(name[0], name[1]);
            if (name.StartsWith("ال", StringComparison.Ordinal)) _afterAl |= 1UL << (name[2] & 63);
        }

        /// <summary>False when the word at <paramref name="at"/> can be no surname: neither the whole word, nor the word behind
        /// one proclitic, nor "لل" + the name after its article opens as one does (a word of under three letters may pass).</summary>
        public readonly bool MayOpen(string foldedText, int at)
        {
            if (at + 2 >= foldedText.Length) return true;
            char c0 = foldedText[at], c1 = foldedText[at + 1], c2 = foldedText[at + 2];
            return (_pairs & Pair(c0, c1)) != 0
                || c0 is 'و' or 'ف' or 'ب' or 'ل' && (_pairs & Pair(c1, c2)) != 0
                || c0 == 'ل' && c1 == 'ل' && (_afterAl & 1UL << (c2 & 63)) != 0;
        }

        private static ulong Pair(char a, char b) => 1UL << ((a * 7 + b) & 63);
    }

    // the longest word read with the article restored (a word longer than any name is no surname)
    private const int LongestWord = 64;

    /// <summary>"للقذافي" read as "القذافي". A method of its own: the stack buffer kept in Resolve made the runtime compile that
    /// loop once, fully but without profile (no on-stack replacement past a stackalloc), so every token was read through an
    /// interface call.</summary>
    private static bool TryWithArticle(Dictionary<string, EntityMention?>.AlternateLookup<ReadOnlySpan<char>> lookup, string folded, out EntityMention? person)
    {
        person = null;
        if (folded.Length > LongestWord) return false;
        Span<char> withArticle = stackalloc char[LongestWord];
        "ال".CopyTo(withArticle);
        folded.AsSpan(2).CopyTo(withArticle[2..]);
        return lookup.TryGetValue(withArticle[..folded.Length], out person);
    }
}
