using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Tests.Entities;

/// <summary>The nationality adjectives are gated by their first-key bit: every listed form, bare or behind a proclitic, still reads as its country.</summary>
public class AdjectiveGateTests
{
    private static readonly Tokenizer Tokenizer = new();

    [Fact]
    public void EveryListedAdjectivePassesTheGate()
    {
        var lex = EntityLexicon.Default;
        foreach (var (form, iso) in lex.Adjectives)
        {
            // "و" before the form, and "ب" before a bare one: the readings the recogniser meets in a sentence
            var text = "قال " + form + " و" + form + (form.StartsWith("ال", StringComparison.Ordinal) ? "" : " ب" + form);
            var tokens = Tokenizer.Tokenize(text);
            for (int i = 1; i < tokens.Count; i++)
                Assert.True(lex.AdjectiveCountry(tokens[i]) == iso, $"{tokens[i].Folded}: {lex.AdjectiveCountry(tokens[i]) ?? "none"}, not {iso}");
        }
    }
}
