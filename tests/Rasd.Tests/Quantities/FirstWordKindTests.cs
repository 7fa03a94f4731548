using Rasd.Numbers;
using Rasd.Pipeline;
using Rasd.Quantities;
using Rasd.Text;

namespace Rasd.Tests.Quantities;

/// <summary>
/// The figure reader passes over a token on its word's kinds alone: a word may start a figure only with a kind that says
/// so. These check the kinds that stand for a reader's own test: a dual the number parser reads is marked Dual, a word
/// with a counted noun is marked Noun, and "بين"/"من" are range openers.
/// </summary>
public class FirstWordKindTests
{
    private static readonly Tokenizer Tokenizer = new(ProtectedWords.DefaultAnalyzer);

    // my own phrases with duals, plurals in -ين, counted nouns with clitics and words that only end like a dual
    private const string Text = "أصيب طفلين وامرأتين ومدنيين وجنديين ومسلحين وشخصان في البلدتين بين الذين كانوا من السكان واللاجئين وقتيلان ومقاتليها";

    [Fact]
    public void EveryDualTheParserReadsIsMarkedDual()
    {
        var tokens = Tokenizer.Tokenize(Text);
        var parser = new NumberParser();
        int duals = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var kinds = FigureLexicon.Default.FirstWordKinds(tokens[i]);
            if (parser.ParseDual(tokens, i, Text) is not null)
            {
                duals++;
                Assert.True((kinds & FirstWordKind.Dual) != 0, tokens[i].Folded);
            }
            if (FigureLexicon.Default.Noun(tokens[i]) is not null) Assert.True((kinds & FirstWordKind.Noun) != 0, tokens[i].Folded);
        }
        Assert.True(duals >= 3, $"only {duals} duals read: the check would be empty");
    }

    [Theory]
    [InlineData("الذين", FirstWordKind.None)]
    [InlineData("بين", FirstWordKind.RangeOpener)]
    [InlineData("من", FirstWordKind.RangeOpener)]
    [InlineData("طفلين", FirstWordKind.Dual)]
    public void KindsOfAWord(string word, FirstWordKind expected) =>
        Assert.Equal(expected, FigureLexicon.Default.FirstWordKinds(Tokenizer.Tokenize(word)[0]) & (FirstWordKind.Dual | FirstWordKind.RangeOpener));
}
