using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// Bodies named by what they are, which no list can hold: a head noun (data/org_name_heads.tsv) and its definite complement
/// ("مديرية الصحة", "وكالة الاستخبارات والتحقيقات الاتحادية", "هيئة الطيران المدني الإماراتي", "مجلس محافظة حلب الحرة"), or a
/// definite head, an adjective and an "لل" complement ("الهيئة العامة للرياضة"). The name ends at the first word that cannot
/// continue it: a preposition, a verb, an indefinite word, punctuation, a person's title, a time word.
/// </summary>
internal sealed class DescriptiveOrgNames
{
    private static readonly TsvTable Table = TsvTable.LoadEmbedded("org_name_heads");

    // folded head -> (fewest complement words, actor sector)
    private static readonly Dictionary<string, (int Min, string Sector)> Heads = LoadHeads();

    private static readonly HashSet<string> Adjectives = Table.FoldedWhere("kind", "adjective", "word");

    // fields of government, with the article ("الصحة"), after a head that is also a district's ("مديرية")
    private static readonly HashSet<string> Fields = Table.FoldedWhere("kind", "field", "word");

    // a body's part or panel named by its role ("مجلس الإدارة", "لجنة التحكيم")
    private static readonly HashSet<string> Generic = Table.FoldedWhere("kind", "generic", "word");

    // "الماضي", "المقبل": words after a time word, which end a name as the time words themselves do (data/name_stops.tsv)
    private static readonly HashSet<string> TimeWords = TsvTable.FoldedWords("time_relative_words");

    /// <summary>The heads' first keys, bare and with the article: the recogniser registers them under its words' bit (a bit of
    /// their own would shift the bits of every list allocated after it, and with them which lists share one).</summary>
    public static IEnumerable<string> Keys => Heads.Keys.SelectMany(h => new[] { h, "ال" + h });

    // the bit the heads are registered under (EntityRecognizer's words' bit): most tokens skip the rule on their mask
    private readonly ulong _bit;

    private readonly EntityLexicon _lex;

    public DescriptiveOrgNames(EntityLexicon lexicon, ulong bit) => (_lex, _bit) = (lexicon, bit);

    private static Dictionary<string, (int, string)> LoadHeads()
    {
        var d = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var r in Table.Rows)
            if (Table.Cell(r, "kind") == "head")
            {
                var min = Table.Cell(r, "min");
                // ("field": one complement, which must be a field of government; -1 marks it)
                d[ArabicFolding.FoldString(Table.Cell(r, "word"))] = (min == "field" ? -1 : int.Parse(min, System.Globalization.CultureInfo.InvariantCulture), Table.Cell(r, "sector"));
            }
        return d;
    }


    /// <summary>The organisation named from token <paramref name="i"/>, if a head opens a descriptive name there.</summary>
    public EntityRecognizer.Candidate? Propose(string text, IReadOnlyList<Token> tokens, int i, int end)
    {
        var t = tokens[i];
        if (!t.IsWord || (t.Word.LexiconMask & _bit) == 0) return null;
        (int Min, string Sector) head = default;
        int prefix = -1;
        bool definite = false;
        foreach (var r in t.Readings)
        {
            if (r.IsFuture || !Heads.TryGetValue(r.Stem, out var h)) continue;
            // "للهيئة": the article merged into "لل" leaves no text of the definite head to start the name at
            if (r.HasArticle && r.Proclitics.EndsWith("لل", StringComparison.Ordinal)) continue;
            // "للجنة الدولية" is "ل" and "اللجنة": a head that starts with ل does not follow the bare preposition
            if (!r.HasArticle && r.Proclitics.EndsWith('ل') && r.Stem.StartsWith('ل')) continue;
            (head, prefix, definite) = (h, r.HasArticle ? r.PrefixLength - 2 : r.PrefixLength, r.HasArticle);
            break;
        }
        if (prefix < 0) return null;
        int j = i + 1, words = 0, indefinite = 0;
        bool closed = definite, lastAdjective = false, lastNoun = false, ofFor = false, open = false;
        string? iso = null;
        while (j < end && tokens[j].IsWord)
        {
            var f = tokens[j].Folded;
            if (f.Length < 3 || _lex.NameStops.Contains(f) || TimeWords.Contains(f) || OpensHead(tokens[j])) break;
            // "مكتب العبادي": a person's office is no body's name
            if (_lex.Phrases.Match(tokens, j, end) is { } person && person.Entries.Any(e => e.Kind == EntryKind.Person)) break;
            // "مكتب الرئيس", "مجلس رئيس الوزراء": a person's title is whose the body is, no part of a name
            if (_lex.Titles.Match(tokens, j, end) is { Value.IsPerson: true }) break;
            if (!closed)
            {
                // the construct: a noun without the article ("مجلس محافظة", "مديرية صحة") until a definite one or a known place
                if (indefinite > 0 && _lex.Phrases.Match(tokens, j, end) is { PrefixLength: 0 } place && IsPlace(place.Entries))
                {
                    words += place.EndToken - j;
                    j = place.EndToken;
                    closed = true;
                    continue;
                }
                // "مديرية الدريهمي" is a district of Yemen: that head names a body only before a field ("مديرية الصحة", "مديرية صحة إدلب")
                if (head.Min < 0 && words == 0 && !Fields.Contains(f.StartsWith("ال", StringComparison.Ordinal) ? f : "ال" + f)) return null;
                if (f.StartsWith("ال", StringComparison.Ordinal) && f.Length > 3)
                {
                    (closed, lastNoun, words) = (true, true, words + 1);
                    j++;
                    continue;
                }
                // ("مجلس سيادتها أحمد الميرغني": a noun with a pronoun ends the construct, and a first name opens a person's name)
                // ("لجنة لحقوق الإنسان": a noun behind the preposition ل says what an indefinite body is for, and names none)
                // ("سلطة حظر المنظمات": a head often followed by a verbal noun takes a definite complement right away; "لجنة تحقيق
                // بمجازر القوات": a second noun behind a preposition is what the body is about)
                if (indefinite < (head.Min > 1 ? 0 : 2) && !f.StartsWith('و') && f[0] != 'ل' && !f.StartsWith("بال", StringComparison.Ordinal)
                    && !(indefinite > 0 && f[0] is 'ب' or 'ك' or 'ف')
                    && !f.EndsWith("ها", StringComparison.Ordinal) && !f.EndsWith("هم", StringComparison.Ordinal)
                    // ("منظمة إرهابية شديدة الخطورة": an indefinite nisba is the head's adjective, and the head stays indefinite)
                    && !f.EndsWith('ي') && !f.EndsWith("يه", StringComparison.Ordinal)
                    && GivenNames.Default.Read(text, tokens[j]) is null
                    && _lex.Phrases.Match(tokens, j, end) is null && _lex.AdjectiveCountry(tokens[j]) is null)
                {
                    (indefinite, words) = (indefinite + 1, words + 1);
                    j++;
                    continue;
                }
                break;
            }
            // a nationality ends the name ("هيئة الطيران المدني الإماراتي")
            if (f.StartsWith("ال", StringComparison.Ordinal) && _lex.AdjectiveCountryAt(tokens, j) is { } country)
            {
                iso = country;
                words++;
                j++;
                // "هيئة الأركان الأمريكية المشتركة": a listed adjective may still follow the nationality
                while (j < end && Adjectives.Contains(tokens[j].Folded)) { words++; j++; }
                break;
            }
            if (f.StartsWith("ال", StringComparison.Ordinal) && f.Length > 3 && Adjective(f))
            {
                (lastAdjective, lastNoun, words) = (true, false, words + 1);
                j++;
                continue;
            }
            // "والتحقيقات", "والمغتربين": a second definite noun joined by و, not a body of its own ("والجيش")
            if (lastNoun && f.StartsWith("وال", StringComparison.Ordinal) && f.Length > 5 && _lex.Phrases.Match(tokens, j, end) is null
                && _lex.Titles.Match(tokens, j, end) is null && _lex.AdjectiveCountry(tokens[j]) is null)
            {
                (lastAdjective, words) = (false, words + 1);
                j++;
                continue;
            }
            // "المنظمة الأفريقية للثقافة وحقوق الإنسان": و and a construct ("وحقوق الإنسان") carry the name on
            if (lastNoun && f.Length > 3 && f[0] == 'و' && !f.StartsWith("وال", StringComparison.Ordinal) && j + 1 < end
                && tokens[j + 1].Folded.StartsWith("ال", StringComparison.Ordinal) && tokens[j + 1].Folded.Length > 3
                && _lex.Phrases.Match(tokens, j, end) is null && _lex.Titles.Match(tokens, j, end) is null && !OpensHead(tokens[j + 1])
                && !_lex.NameStops.Contains(tokens[j + 1].Folded) && !_lex.NameStops.Contains(f[1..]))
            {
                (lastAdjective, lastNoun, words) = (false, true, words + 2);
                j += 2;
                continue;
            }
            // "الهيئة العامة للرياضة": what the body is for, after its adjective
            if (f.StartsWith("لل", StringComparison.Ordinal) && f.Length > 4 && lastAdjective)
            {
                (lastAdjective, lastNoun, ofFor, words) = (false, true, true, words + 1);
                j++;
                continue;
            }
            // "منظمة البلدان المصدرة للنفط", "أدانت هيئة علماء المسلمين التفجير": a definite word the name cannot take is more of
            // a name not read in full, or the verb's object; either way the words read so far are no name
            open = f.StartsWith("ال", StringComparison.Ordinal);
            break;
        }
        if (open || !closed || words < Math.Max(head.Min, 1) || definite && !ofFor) return null;
        // "وزارة الخارجية": a state body the titles hold is named by them (with its nationality) or not at all
        if (_lex.Titles.Match(tokens, i, end) is { Value.IsOrg: true } title && title.EndToken == j) return null;
        // "مجلس الأمن", "مكتب الأمم المتحدة": a known body at the head or inside the name keeps its own entry
        for (int k = i; k < j; k++)
            if (_lex.Phrases.Match(tokens, k, j) is { } known && HasOrganisation(known.Entries)) return null;
        var name = Join(tokens, i, j, prefix);
        if (Generic.Contains(name)) return null;
        // "مكتب القذافي", "مكتب العبادي": a head and one word written with a final ي is a person's office (a body's field
        // would be a noun: "مكتب الرئاسة"); "الشورى", "الفتوى" end in ى
        if (j == i + 2 && text[tokens[i + 1].End - 1] == '\u064A') return null;
        // the side of a state's body: the sector of a body inside the name ("وكالة الاستخبارات العسكرية الروسية" is military, as
        // "الاستخبارات العسكرية الروسية" alone was), else the head's
        string? sector = null;
        for (int k = i + 1; k < j && iso is not null && sector is null; k++)
            if (_lex.Titles.Match(tokens, k, j) is { Value: { IsOrg: true } body } && body.Sector.Length > 0) sector = body.Sector;
        sector ??= head.Sector;
        string? actor = iso is not null && sector is { Length: > 0 } ? iso + sector : null;
        var e = new EntityEntry(EntryKind.Organisation, EntityType.Org, name, "org:" + name, null, actor, []) { Country = iso };
        return new EntityRecognizer.Candidate(i, j, [e], prefix, 5) { Inner = InnerPlaces(tokens, i + 1, j) };
    }

    // "مجلس محافظة حلب الحرة", "مجلس الرقة المدني": a place inside the name is still named (the event's place may be it)
    private List<EntityRecognizer.Candidate> InnerPlaces(IReadOnlyList<Token> tokens, int from, int to)
    {
        List<EntityRecognizer.Candidate>? inner = null;
        for (int k = from; k < to; k++)
        {
            if (_lex.Phrases.Match(tokens, k, to) is not { PrefixLength: 0 } m || !IsPlace(m.Entries)) continue;
            var places = m.Entries.Where(e => e.Kind is EntryKind.SyrianPlace or EntryKind.Capital or EntryKind.WorldCity or EntryKind.Country && !e.NeedsCue).ToList();
            (inner ??= []).Add(new EntityRecognizer.Candidate(k, m.EndToken, places, 0, 1));
            k = m.EndToken - 1;
        }
        return inner ?? [];
    }

    // "لوزارة", "والهيئة": another body's head, with or without a clitic, opens a name of its own
    private bool OpensHead(Token t)
    {
        if ((t.Word.LexiconMask & _bit) == 0) return false;
        foreach (var r in t.Readings)
            if (Heads.ContainsKey(r.Stem)) return true;
        return false;
    }

    // a nisba ("المدني", "الاتحادية", "الدولية") or a listed adjective ("العامة", "العليا")
    private static bool Adjective(string f) =>
        f.EndsWith('ي') || f.EndsWith("يه", StringComparison.Ordinal) || Adjectives.Contains(f);

    private static bool IsPlace(IReadOnlyList<EntityEntry> entries)
    {
        for (int n = 0; n < entries.Count; n++)
            if (entries[n] is { Kind: EntryKind.SyrianPlace or EntryKind.Capital or EntryKind.WorldCity or EntryKind.Country, NeedsCue: false }) return true;
        return false;
    }

    private static bool HasOrganisation(IReadOnlyList<EntityEntry> entries)
    {
        for (int n = 0; n < entries.Count; n++)
            if (entries[n].Kind is EntryKind.Organisation or EntryKind.Actor) return true;
        return false;
    }

    private static string Join(IReadOnlyList<Token> tokens, int from, int to, int skip)
    {
        var parts = new string[to - from];
        for (int k = from; k < to; k++) parts[k - from] = tokens[k].Folded;
        parts[0] = parts[0][skip..];
        return string.Join(' ', parts);
    }
}
