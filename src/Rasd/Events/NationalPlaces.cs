using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "في 34 ولاية تركية", "في مدن عراقية", "في ولاية هكاري التركية": a town or region told only by its kind and a nationality
/// adjective, after "في", says in which country an event happened (data/national_place_nouns.tsv). Used for an event that
/// names no place of its own, before it would take one from the sentences before it; not for Syria, whose governorates the
/// sentences before say better, nor past a known place's own name.
/// </summary>
internal static class NationalPlaces
{
    private static readonly HashSet<string> Nouns = Lexicons.TsvTable.FoldedWords("national_place_nouns");

    // the nouns' first-key bit, a filter only: most tokens are rejected by their word's mask before any reading is looked up
    private static readonly ulong NounsBit = RegisterNouns();

    private static ulong RegisterNouns()
    {
        ulong bit = Lexicons.FirstKeyIndex.NewFilterBit();
        foreach (var noun in Nouns) Lexicons.FirstKeyIndex.Add(noun, bit);
        return bit;
    }

    // "ولاية هكاري التركية": the adjective may follow the town's own name (up to two words)
    private const int NameWords = 2;

    /// <summary>The country so told in the sentences of the event's triggers; null when none.</summary>
    public static string? Of(Analysis analysis, Event ev)
    {
        // asked for every event without a place: each sentence is read once per article
        var cache = analysis.Get<SentenceCountries>();
        if (cache is null) analysis.Set(cache = new SentenceCountries(analysis.Sentences.Count));
        foreach (var trigger in ev.Triggers)
        {
            int s = trigger.SentenceIndex;
            if (!cache.Known[s]) (cache.Country[s], cache.Known[s]) = (InSentence(analysis, analysis.Sentences[s]), true);
            // Syria itself is what the news is about: a governorate told before says more than "مناطق سورية"
            if (cache.Country[s] is { } iso) return iso == "SYR" ? null : iso;
        }
        return null;
    }

    /// <summary>Per analysis, per sentence: the country its place noun and adjective tell, once worked out.</summary>
    private sealed class SentenceCountries(int count)
    {
        public readonly bool[] Known = new bool[count];
        public readonly string?[] Country = new string?[count];
    }

    // the country of the first place noun with a nationality adjective in the sentence (SYR included), or null
    private static string? InSentence(Analysis analysis, Text.Sentence sentence)
    {
        var tokens = analysis.Tokens;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (!IsPlaceNoun(tokens[k], out bool withBi) || !(withBi || AfterFi(tokens, k, sentence.FirstToken))) continue;
            for (int j = k + 1; j < sentence.EndToken && j <= k + 1 + NameWords; j++)
            {
                // "في مدينة درعا السورية": a known place named there says more than its country
                if (!tokens[j].IsWord || Named(analysis, j)) break;
                if (EntityLexicon.Default.AdjectiveCountryAt(tokens, j) is { } iso) return iso;
            }
        }
        return null;
    }

    private static bool Named(Analysis analysis, int token)
    {
        foreach (var m in analysis.Get<EntityLayer>()?.Mentions ?? [])
            if (m.Places.Count > 0 && token >= m.FirstToken && token < m.EndToken) return true;
        return false;
    }

    private static bool IsPlaceNoun(Token t, out bool withBi)
    {
        withBi = false;
        // every stem asked below is among the keys the word's mask covers
        if (!t.IsWord || (t.Word.LexiconMask & NounsBit) == 0) return false;
        foreach (var r in t.Readings)
            if (r.Proclitics is "" or "و" or "ب" or "وب" && Nouns.Contains(r.Stem))
            {
                withBi = r.Proclitics.EndsWith('ب');
                return true;
            }
        return false;
    }

    // "في مدن", "في 34 ولاية"
    private static bool AfterFi(IReadOnlyList<Token> tokens, int k, int first)
    {
        int j = k - 1;
        if (j >= first && tokens[j].IsNumber) j--;
        return j >= first && tokens[j].Folded is "في" or "وفي";
    }
}
