using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// The states whose air cover an attack or an advance has, named by a nationality adjective after it (data/air_cover_words.tsv):
/// "تقدمت قوات النظام مدعومة بغطاء جوي روسي" → RUS, whose forces take part.
/// </summary>
public static class AirCover
{
    private static readonly Lexicons.TsvTable Table = Lexicons.TsvTable.LoadEmbedded("air_cover_words");
    private static readonly HashSet<string> Nouns = Table.FoldedWhere("part", "noun", "word");
    private static readonly HashSet<string> AirWords = Table.FoldedWhere("part", "air", "word");

    // how far after the trigger the cover may be told: the phrase of the deed itself, not a later one in a long sentence
    private const int Reach = 12;

    /// <summary>Country codes of the adjectives after "بغطاء جوي" within a few words after the trigger, in its sentence.</summary>
    public static List<string> After(IReadOnlyList<Token> tokens, TriggerMatch trigger, Sentence sentence)
    {
        List<string>? found = null;
        int end = Math.Min(sentence.EndToken, trigger.EndToken + Reach);
        for (int k = trigger.EndToken; k < end && k + 2 < sentence.EndToken; k++)
        {
            if (!IsCoverNoun(tokens[k]) || !AirWords.Contains(tokens[k + 1].Folded)) continue;
            // "بغطاء جوي روسي وإيراني": each adjective joined by و names another state
            for (int a = k + 2, named = 0; a < sentence.EndToken; a++, named++)
            {
                if (EntityLexicon.Default.AdjectiveCountryAt(tokens, a) is not { } iso) break;
                if (named > 0 && !tokens[a].Folded.StartsWith('و')) break;
                if (!(found ??= []).Contains(iso)) found.Add(iso);
            }
            break;
        }
        return found ?? [];
    }

    // the help noun, bare or with ب or و on it ("بغطاء", "وبإسناد")
    private static bool IsCoverNoun(Token token) =>
        Nouns.Contains(token.Folded) || token.Readings.Any(r => r.Proclitics is "ب" or "وب" or "و" && Nouns.Contains(r.Stem));
}
