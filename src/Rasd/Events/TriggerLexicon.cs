using Rasd.Lexicons;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>Event triggers from data/event_triggers.tsv, matched over tokens with clitics.</summary>
public sealed class TriggerLexicon
{
    private readonly TokenTrie<TriggerEntry> _trie = new();

    public TriggerLexicon(TsvTable table, TsvTable? truceQualifiers = null)
    {
        // "وقف دائم لإطلاق النار", "وقفا أحادي الجانب لإطلاق النار": a qualified ceasefire is still a ceasefire
        if (truceQualifiers is not null)
            foreach (var row in truceQualifiers.Rows)
            {
                var q = truceQualifiers.Cell(row, "qualifier");
                foreach (var head in new[] { "وقف", "وقفا", "الوقف" })
                    _trie.Add($"{head} {q} لإطلاق النار", new TriggerEntry($"{head} {q} لإطلاق النار", "AGREE", null));
            }
        foreach (var row in table.Rows)
        {
            var phrase = table.Cell(row, "trigger");
            var type = table.Cell(row, "type");
            if (!PloverTypes.All.Contains(type)) throw new InvalidDataException($"data/{table.Name}.tsv: '{type}' is not a PLOVER type");
            var mode = table.Cell(row, "attack_mode");
            var form = table.Cell(row, "form");
            var entry = new TriggerEntry(phrase, type, mode.Length == 0 ? null : mode) { IsVerb = form is "verb" or "speaker" or "blames" or "dual", FirstPerson = form == "speaker", BlamesSubject = form == "blames" };
            // "موسكو ودمشق تتهمان إسرائيل": a dual verb, like a plural one, has its subject before it or in itself
            if (form == "dual") entry = entry with { PluralVerb = true };
            _trie.Add(phrase, entry);
            if (phrase.EndsWith('ة') && !phrase.Contains(' ')) _taaNouns.Add(Text.ArabicFolding.FoldString(phrase));
            // one-word triggers also in the indefinite accusative ("حصاراً") and with a possessive pronoun ("دعمها", "قصفه"),
            // but not verbs whose suffixed forms are other nouns ("طلبتها" is "its students")
            if (!phrase.Contains(' ') && !entry.IsVerb)
                foreach (var suffix in new[] { "ا", "ها", "هم", "ه", "هما" })
                {
                    // (possessive "no" keeps only the bare noun: "فراره" is one man's escape, not a flight of people)
                    if (!phrase.EndsWith('ة') && !phrase.EndsWith('ا') && (suffix == "ا" || table.Cell(row, "possessive") != "no"))
                        _trie.Add(phrase + suffix, suffix == "ا" ? entry : entry with { Possessive = true });
                    // a final taa marbuta is an open taa before the pronoun: "زيارة" -> "زيارته", "هدنة" -> "هدنتها"
                    if (phrase.EndsWith('ة') && suffix != "ا" && table.Cell(row, "possessive") != "no") _trie.Add(phrase[..^1] + "ت" + suffix, entry with { Possessive = true });
                    // a final hamza sits on a yaa before the pronoun: "لقاء" -> "لقائه", "إجلاء" -> "إجلائهم"
                    if (phrase.EndsWith("اء", StringComparison.Ordinal) && suffix != "ا") _trie.Add(phrase[..^1] + "ئ" + suffix, entry with { Possessive = true });
                }
        }
    }

    // the listed one-word nouns that end in a taa marbuta ("إدانة"), folded: the same letters as another entry's form with ه ("أدان" + ه)
    private readonly HashSet<string> _taaNouns = new(StringComparer.Ordinal);

    public static TriggerLexicon Default { get; } = new(TsvTable.LoadEmbedded("event_triggers"), TsvTable.LoadEmbedded("truce_qualifiers"));

    public int Count => _trie.Count;

    // a bare singular nationality adjective: no article, no clitic ("سوداني", not "السوداني" or "وسوري")
    private static bool IsIndefiniteNationality(Text.Token token)
    {
        if (Entities.EntityLexicon.Default.AdjectiveCountry(token) is null) return false;
        foreach (var r in token.Readings)
            if (r.Proclitics.Length == 0 && !r.HasArticle && r.Stem == r.StemWithArticle
                && Entities.EntityLexicon.Default.Adjectives.ContainsKey(r.StemWithArticle)) return true;
        return false;
    }

    /// <summary>All triggers in the analysis, sentence by sentence.</summary>
    public List<TriggerMatch> Find(Analysis analysis)
    {
        var found = new List<TriggerMatch>();
        Find(analysis, found);
        return found;
    }

    /// <summary>As <see cref="Find(Analysis)"/>, adding the triggers to a list the caller keeps (the stage reuses one per thread).</summary>
    internal void Find(Analysis analysis, List<TriggerMatch> found)
    {
        var masks = TokenMasks.For(analysis);
        var sentences = analysis.Sentences;
        // (indexed: foreach over the IReadOnlyList would box an enumerator per text)
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            foreach (var m in _trie.Scan(analysis.Tokens, masks, s.FirstToken, s.EndToken))
            {
                // "لطالب" is "for a student": a verb takes a conjunction, never the article or a preposition
                if (m.Value.IsVerb && (m.FirstReading.HasArticle || m.FirstReading.Proclitics.AsSpan().IndexOfAny('ب', 'ل', 'ك') >= 0)) continue;
                // "مصرع طالب سوداني": a verb's spelling right before an indefinite nationality adjective is the noun it also spells
                // (a student), which the adjective describes; the verb's subject is definite or a name ("طالب السودانيون", "طالب الوزير")
                if (m.Value.IsVerb && m.EndToken < s.EndToken && IsIndefiniteNationality(analysis.Tokens[m.EndToken])) continue;
                var first = analysis.Tokens[m.FirstToken];
                var last = analysis.Tokens[m.EndToken - 1];
                // "طلبة المدارس" (students) folds as "طلبه" (his request): a word written with a taa marbuta carries no pronoun
                // (unless it is a listed noun itself: "إدانة" read as "أدان" + ه is still a condemnation)
                if (m.Value.Possessive && m.TokenCount == 1 && last.End > last.Start && analysis.Text[last.End - 1] == 'ة'
                    && !_taaNouns.Contains(m.FirstReading.Stem) && !_taaNouns.Contains(m.FirstReading.StemWithArticle)) continue;
                found.Add(new TriggerMatch(m.Value, m.FirstToken, m.TokenCount, new Text.TextSpan(first.Start, last.End), s.Index, m.FirstReading.Proclitics,
                    // "الجولة" listed with its article is as definite as "جولة" read with one
                    m.FirstReading.HasArticle || m.FirstReading.Stem.StartsWith("ال", StringComparison.Ordinal)));
            }
        }
    }
}
