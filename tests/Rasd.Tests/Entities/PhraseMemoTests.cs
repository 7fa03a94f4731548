using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Tests.Entities;

/// <summary>
/// The embedded lexicon's phrase index keeps in each word's memo which reading starts a phrase; its matches must be those
/// of looking up every reading's key.
/// </summary>
public class PhraseMemoTests
{
    private static readonly Tokenizer Tokenizer = new();

    [Theory]
    [InlineData("زار الوفد دمشق وحلب ثم توجه إلى بيروت والقاهرة قبل أن يعود إلى عمان")]
    [InlineData("قالت وزارة الخارجية الروسية إن موسكو ترحب بالاتفاق الذي وقعته أنقرة وطهران")]
    [InlineData("اجتمع ممثلو الأمم المتحدة في جنيف، ولبنان والأردن يستضيفان اللاجئين من ريف إدلب")]
    public void MemoisedMatchesAreThoseOfEveryReading(string text)
    {
        var index = EntityLexicon.Default.Phrases;
        var tokens = Tokenizer.Tokenize(text);
        int found = 0, prefixed = 0;
        // twice: the first pass fills the memo, the second reads it
        for (int pass = 0; pass < 2; pass++)
            for (int i = 0; i < tokens.Count; i++)
            {
                var expected = tokens[i].IsWord || tokens[i].IsNumber ? index.MatchEachReading(tokens, i, tokens.Count) : null;
                var actual = index.Match(tokens, i);
                Assert.Equal(expected, actual);
                if (actual is { } m) { found++; if (m.PrefixLength > 0) prefixed++; }
            }
        Assert.True(found >= 4 && prefixed >= 2, $"{found} matches, {prefixed} with proclitics");
    }
}
