using CsCheck;
using Rasd.Entities;
using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Tests.Lexicons;

/// <summary>
/// The per-word lexicon mask lets a trie reject a token with one bit test; these check that the gate never rejects
/// a token the trie itself would match (against a brute-force matcher), including tries built after the tokens.
/// </summary>
public class LexiconGateTests
{
    // my own small vocabulary: stems, some with the article, and proclitic forms of them
    private static readonly string[] Stems = ["سوق", "مدينه", "الجسر", "نهر", "الشمال", "حي", "قريه", "الوادي", "طريق", "باب"];
    private static readonly string[] Prefixes = ["", "", "", "و", "ب", "ل", "ال", "وال", "بال", "لل", "ف"];

    private static readonly Gen<string> Word = Gen.Select(Gen.OneOf(Prefixes), Gen.OneOf(Stems), (p, s) => p + s);
    private static readonly Gen<string[]> Phrase = Gen.OneOf(Stems).Array[1, 3];
    private static readonly Gen<string[][]> Phrases = Phrase.Array[1, 12];
    private static readonly Gen<string> Text = Word.Array[1, 14].Select(ws => string.Join(' ', ws));

    private static readonly Tokenizer Tokenizer = new(CliticAnalyzer.Plain);

    [Fact]
    public void TrieMatchesAgreeWithABruteForceMatcher() =>
        Gen.Select(Phrases, Text).Sample((phrases, text) =>
        {
            var trie = new TokenTrie<int>();
            for (int k = 0; k < phrases.Length; k++) trie.Add(phrases[k], k);
            var tokens = Tokenizer.Tokenize(text);
            for (int i = 0; i < tokens.Count; i++)
                Assert.Equal(Reference(phrases, tokens, i), trie.Match(tokens, i));
        }, iter: 2000);

    [Fact]
    public void ATrieBuiltAfterTheTokensStillMatchesThem() =>
        Gen.Select(Phrases, Text).Sample((phrases, text) =>
        {
            // the words' masks are computed before this trie exists, then must be refreshed for it
            var tokens = Tokenizer.Tokenize(text);
            var early = new TokenTrie<int>();
            early.Add(["لا", "يوجد"], -1);
            for (int i = 0; i < tokens.Count; i++) Assert.Null(early.Match(tokens, i));
            var trie = new TokenTrie<int>();
            for (int k = 0; k < phrases.Length; k++) trie.Add(phrases[k], k);
            for (int i = 0; i < tokens.Count; i++)
                Assert.Equal(Reference(phrases, tokens, i), trie.Match(tokens, i));
        }, iter: 500);

    [Fact]
    public void APhraseIndexBuiltAfterTheTokensFindsItsNames()
    {
        var tokens = Tokenizer.Tokenize("وصلوا إلى وادي الصفصاف وبوادي الصفصاف أمس");
        var before = new PhraseIndex();
        before.Add("نهر بعيد", Entry("x"));
        Assert.All(Enumerable.Range(0, tokens.Count), i => Assert.Null(before.Match(tokens, i)));
        var index = new PhraseIndex();
        index.Add("وادي الصفصاف", Entry("wadi"));
        var plain = index.Match(tokens, 2);
        Assert.Equal((2, 4, 0), (plain!.Value.FirstToken, plain.Value.EndToken, plain.Value.PrefixLength));
        var prefixed = index.Match(tokens, 4);
        Assert.Equal((4, 6, 2), (prefixed!.Value.FirstToken, prefixed.Value.EndToken, prefixed.Value.PrefixLength));
        Assert.Null(index.Match(tokens, 0));
    }

    private static EntityEntry Entry(string id) => new(EntryKind.SyrianPlace, EntityType.Loc, id, id, id, null, []);

    // longest phrase over the first token's readings, whole word first; an earlier reading keeps ties; first added wins
    private static TrieMatch<int>? Reference(string[][] phrases, IReadOnlyList<Token> tokens, int start)
    {
        TrieMatch<int>? best = null;
        foreach (var r in tokens[start].Readings)
        {
            var keys = r.HasArticle ? new[] { r.StemWithArticle, r.Stem } : [r.Stem];
            foreach (var key in keys)
            {
                TrieMatch<int>? found = null;
                for (int k = 0; k < phrases.Length; k++)
                {
                    var p = phrases[k];
                    if (p[0] != key || start + p.Length > tokens.Count) continue;
                    bool all = true;
                    for (int j = 1; j < p.Length && all; j++) all = tokens[start + j].Folded == p[j];
                    if (!all || FirstIndex(phrases, p) != k) continue;
                    if (found is null || p.Length > found.Value.TokenCount) found = new TrieMatch<int>(start, p.Length, k, r);
                }
                if (found is { } f && (best is null || f.TokenCount > best.Value.TokenCount)) best = f;
            }
            if (best is not null && r.PrefixLength == 0) return best;
        }
        return best;
    }

    private static int FirstIndex(string[][] phrases, string[] p)
    {
        for (int k = 0; k < phrases.Length; k++)
            if (phrases[k].SequenceEqual(p)) return k;
        return -1;
    }
}
