using System.Security.Cryptography;
using System.Text;
using CsCheck;
using Rasd.Documents;
using Rasd.Pipeline;
using Rasd.Quantities;
using Rasd.Text;

namespace Rasd.Tests.Text;

/// <summary>Facts cached per distinct word (readings, figure first-word kinds) and the pooled document hash agree with computing them afresh.</summary>
public class WordCacheTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
            "و", "ال", "بال", "لل", "قتل", "ثلاثه", "اشخاص", "مدنيين", "بينهم", "اطفال", "نحو", "اكثر", "من", "جرحي", "عشرات", "طفلا", "9", "150", "،", ".", "  ", "\n", "ً", "ـ", "إ", "ة", "ى")
        .Array[1, 40].Select(string.Concat);

    // its own analyser: the shared one may have reached its word bound in a long test run, past which words are not shared
    private static readonly CliticAnalyzer Analyzer = new(ProtectedWords.Contains);

    // a stage that asks for a memo slot past the last one silently computes at every token (session 8 lost a third of the
    // entities stage's speed that way): the default pipeline, run once, must fit all its users in the memo
    [Fact]
    public void EveryWordMemoUserOfTheDefaultPipelineHasASlot()
    {
        new RasdPipelineBuilder().AddDefaults().Build().Extract(new Document("قال محمد الأحمد لوكالة الأنباء إن غارة قتلت 3 أشخاص في إدلب أمس.", "t", new DateOnly(2024, 3, 14)));
        Assert.True(WordInfo.AllSlotsFit, "more word-memo users than WordInfo.MemoCount slots");
    }

    [Fact]
    public void TokensOfTheSameWordShareOneAnalysisEqualToAFreshOne() =>
        Text.Sample(text =>
        {
            var tokens = new Tokenizer(Analyzer).Tokenize(text);
            foreach (var t in tokens)
            {
                var fresh = t.IsWord ? Analyzer.Analyze(t.Folded) : t.Readings;
                Assert.Equal(fresh.ToList(), t.Readings.ToList());
                Assert.Same(t.Word, tokens.First(o => o.Folded == t.Folded && o.Kind == t.Kind).Word);
            }
        }, iter: 1000);

    // two words of one text that share a slot of the thread's recent words: the first, not yet in the shared table, is
    // pushed out by the second, and its repeat must still find the same word (it was analysed afresh, or admitted to the
    // table as a second object, before the pushed-out words were kept for the rest of the text)
    [Fact]
    public void AWordPushedOutOfItsRecentSlotIsStillSharedInItsText()
    {
        var analyzer = new CliticAnalyzer(ProtectedWords.Contains);
        var bySlot = new Dictionary<int, string>();
        (string First, string Second)? pair = null;
        for (int n = 0; pair is null; n++)
        {
            var word = "كلمه" + new string('ب', n % 7) + string.Concat(n.ToString().Select(d => (char)('ا' + d - '0')));
            int slot = WordTable.HashOf(word) & 4095;
            if (bySlot.TryGetValue(slot, out var other)) pair = (other, word);
            else bySlot[slot] = word;
        }
        var (a, b) = pair.Value;
        var tokens = new Tokenizer(analyzer).Tokenize($"{a} {b} {a} {b} {a}");
        Assert.Same(tokens[0].Word, tokens[2].Word);
        Assert.Same(tokens[0].Word, tokens[4].Word);
        Assert.Same(tokens[1].Word, tokens[3].Word);
    }

    // the tokenizer looks words up a block of tokens at a time; texts of several blocks must read as the same tokens,
    // each carrying its own word's string and kind
    private static readonly Gen<string> LongText = Gen.OneOf(
            "قتل ", "ثلاثه ", "اشخاص ", "مدنيين، ", "بينهم ", "اطفال ", "نحو ", "150 ", "1,500 ", ". ", "\n", "ً", "ـ", "#ادلب ", "ة ")
        .Array[200, 900].Select(string.Concat);

    [Fact]
    public void LongTextsTokenizeAcrossBlocksWithTheirOwnWords() =>
        LongText.Sample(text =>
        {
            var tokens = new Tokenizer(Analyzer).Tokenize(text);
            var folded = ArabicFolding.FoldWithOffsets(text).Folded;
            int at = 0;
            for (int k = 0; k < tokens.Count; k++)
            {
                var t = tokens[k];
                Assert.Equal(k, t.Index);
                Assert.Equal(t.Word.Folded, t.Folded);
                Assert.Equal(t.Word.Kind, t.Kind);
                Assert.Equal(folded.Substring(t.FoldedStart, t.Folded.Length), t.Folded);
                Assert.True(t.FoldedStart >= at, "tokens in text order");
                at = t.FoldedStart + t.Folded.Length;
            }
            Assert.Equal(string.Concat(folded.Split(' ', '\n', '#')), string.Concat(tokens.Select(t => t.Folded)));
        }, iter: 200);

    // n written with Arabic letters as digits (a base-20 numeral), so that every n is one distinct word token
    private static string Spelt(int n)
    {
        const string Letters = "بتثجحخدذرزسشصضطظعغفق";
        var word = "كلم";
        do { word += Letters[n % 20]; n /= 20; } while (n > 0);
        return word;
    }

    // each thread keeps its own recent words (a slot is several fields another thread could tear); the word table is shared
    [Fact]
    public void ThreadsTokenizingAtOnceGetEachTokenItsOwnWord()
    {
        var analyzer = new CliticAnalyzer(ProtectedWords.Contains);
        var texts = Enumerable.Range(0, 64).Select(i => string.Join(' ', Enumerable.Range(0, 400).Select(k => Spelt((i * 7919 + k * 104729) % 3000)))).ToList();
        Parallel.ForEach(texts, new ParallelOptions { MaxDegreeOfParallelism = 4 }, text =>
        {
            var words = text.Split(' ');
            var tokens = new Tokenizer(analyzer).Tokenize(text);
            Assert.Equal(words.Length, tokens.Count);
            for (int k = 0; k < tokens.Count; k++)
            {
                Assert.Equal(words[k], tokens[k].Folded);
                Assert.Equal(words[k], tokens[k].Word.Folded);
            }
        });
    }

    [Fact]
    public void MemoisedFigureKindsEqualComputedOnes() =>
        Text.Sample(text =>
        {
            foreach (var t in new Tokenizer(ProtectedWords.DefaultAnalyzer).Tokenize(text))
            {
                var computed = FigureLexicon.Default.ComputeFirstWordKinds(t);
                Assert.Equal(computed, FigureLexicon.Default.FirstWordKinds(t));
                Assert.Equal(computed, FigureLexicon.Default.FirstWordKinds(t));
            }
        }, iter: 1000);

    [Theory]
    [InlineData("أعلنت الأمم المتحدة", "ا\u0654علنت الا\u0654مم المتحدة")] // hamza above as a separate mark
    [InlineData("آلاف النازحين", "ا\u0653لاف النازحين")] // madda as a separate mark
    [InlineData("إدلب", "ا\u0655دلب")] // hamza below as a separate mark
    public void ComposedAndDecomposedArabicHashAlike(string composed, string decomposed) =>
        Assert.Equal(DocumentHash.Of(composed), DocumentHash.Of(decomposed));

    [Fact]
    public void DocumentHashIsTheHashOfTheFoldedCollapsedText() =>
        Text.Sample(text => Assert.Equal(Reference(text), DocumentHash.Of(text)), iter: 2000);

    // the hash encodes UTF-8 itself: one, two and three byte chars, spaces of every width, and surrogates (paired,
    // split by a removed mark, or lone), which go through the general encoder
    private static readonly Gen<string> AnyText = Gen.OneOf(
            "a", "Z", "7", " ", "\t", "\r\n", "\u00A0", "\u2009", "\u3000", "\u1680", "é", "ب", "ة", "ً", "ـ", "\u200D", "€", "\u4E2D",
            "\uD83D\uDE00", "\uD83D", "\uDE00", "\uD83D\u200D\uDE00", "\uFFFF")
        .Array[0, 30].Select(string.Concat);

    [Fact]
    public void DocumentHashOfAnyUnicodeTextIsTheReference() =>
        AnyText.Sample(text => Assert.Equal(Reference(text), DocumentHash.Of(text)), iter: 3000);

    [Fact]
    public void HashFromTheFoldedViewIsTheDocumentHash() =>
        Text.Sample(text =>
        {
            var fromFolded = DocumentHash.OfFolded(ArabicFolding.FoldWithOffsets(text));
            Assert.Equal(text.IsNormalized(NormalizationForm.FormC) ? DocumentHash.Of(text) : null, fromFolded);
        }, iter: 2000);

    // the folded view is hashed run by run between whitespace: spaces of every width, and surrogates paired, split by a
    // removed mark (paired once folded), split by a space, or lone
    [Fact]
    public void HashFromTheFoldedViewOfAnyUnicodeTextIsTheDocumentHash() =>
        AnyText.Sample(text =>
        {
            var fromFolded = DocumentHash.OfFolded(ArabicFolding.FoldWithOffsets(text));
            Assert.Equal(text.IsNormalized(NormalizationForm.FormC) ? DocumentHash.Of(text) : null, fromFolded);
        }, iter: 3000);

    [Fact]
    public void ThePipelineRecordsTheSameHashAsTheDocumentAlone()
    {
        const string text = "قُتل ثلاثة مدنيين،  بينهم طفلٌ ،\r\nفي قصفٍ على بلدة.";
        var record = RasdPipeline.CreateDefault().Extract(new Document(text));
        Assert.Equal(DocumentHash.Of(text), record.Document.Hash);
    }

    // the straightforward definition: fold, collapse whitespace runs to one space, trim, SHA-256, first 12 bytes
    private static string Reference(string text)
    {
        var folded = ArabicFolding.FoldString(text.Normalize(NormalizationForm.FormC));
        var sb = new StringBuilder();
        bool space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())).AsSpan(0, 12));
    }
}

/// <summary>The fast whitespace test is <see cref="char.IsWhiteSpace(char)"/> for every UTF-16 code unit.</summary>
public class WhitespaceTests
{
    [Fact]
    public void AgreesWithCharIsWhiteSpaceOnEveryChar()
    {
        for (int c = 0; c <= char.MaxValue; c++)
            Assert.True(char.IsWhiteSpace((char)c) == Whitespace.Is((char)c), $"U+{c:X4}");
    }
}

/// <summary>The word table finds every word added, across growth, and gives racing threads one shared word.</summary>
public class WordTableTests
{
    [Fact]
    public void FindsEveryWordAddedAcrossGrowth()
    {
        var table = new WordTable();
        var words = Enumerable.Range(0, 20_000).Select(i => "ك" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var w in words) Assert.Same(table.Add(new WordInfo(w, TokenKind.Word, CliticAnalyzer.Plain), WordTable.HashOf(w)).Folded, w);
        Assert.Equal(words.Count, table.Count);
        foreach (var w in words) Assert.Equal(w, table.Find(w, WordTable.HashOf(w), TokenKind.Word)?.Folded);
        Assert.Null(table.Find("غائب", WordTable.HashOf("غائب"), TokenKind.Word));
    }

    // a word is taken into the table the second time it is met (WordDoorkeeper); each thread also keeps its own recent
    // words, so the first sightings are made on a thread of their own
    private static void MeetOnAnotherThread(CliticAnalyzer analyzer, IEnumerable<string> words)
    {
        var thread = new Thread(() => { foreach (var w in words) analyzer.Word(w, TokenKind.Word); });
        thread.Start();
        thread.Join();
    }

    [Fact]
    public void RacingThreadsShareOneWord()
    {
        var analyzer = new CliticAnalyzer();
        var words = Enumerable.Range(0, 3000).Select(i => "وال" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        MeetOnAnotherThread(analyzer, words);
        var seen = new WordInfo[4][];
        Parallel.For(0, 4, t => seen[t] = [.. words.Select(w => analyzer.Word(w, TokenKind.Word))]);
        for (int i = 0; i < words.Length; i++)
            for (int t = 1; t < 4; t++) Assert.Same(seen[0][i], seen[t][i]);
    }

    [Fact]
    public void AWordMetOnceIsNotKeptButAWordMetAgainIs()
    {
        var analyzer = new CliticAnalyzer();
        WordInfo? first = null, second = null, third = null;
        var once = new Thread(() => first = analyzer.Word("مرة", TokenKind.Word));
        once.Start();
        once.Join();
        var again = new Thread(() => second = analyzer.Word("مرة", TokenKind.Word));
        again.Start();
        again.Join();
        var later = new Thread(() => third = analyzer.Word("مرة", TokenKind.Word));
        later.Start();
        later.Join();
        Assert.NotSame(first, second);
        Assert.Same(second, third);
        Assert.Equal(first!.Readings.ToList(), third!.Readings.ToList());
    }

    [Fact]
    public void TheDoorkeeperKnowsAHashOnlyAfterMeetingIt()
    {
        var doorkeeper = new WordDoorkeeper();
        var hashes = Enumerable.Range(0, 500).Select(i => WordTable.HashOf("كلمة" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).Distinct().ToList();
        int known = hashes.Count(doorkeeper.SeenBefore);
        // distinct hashes share a bit only by chance (500 of 2^20 bits)
        Assert.True(known <= 2, $"{known} hashes seen before their first sighting");
        Assert.All(hashes, h => Assert.True(doorkeeper.SeenBefore(h)));
    }
}
