using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Quantities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>Finds a match's score ("خسر 1-صفر", "فاز 125-105", "بنتيجة 3-1"): its numbers are goals or points, not people, and its sentence tells the game.</summary>
/// <remarks>A bare "N-N" is also a range ("قتل 10-15 شخصا"), so it is a score only after a word of data/sports_score_words.tsv or with "صفر" on one side.</remarks>
public static class MatchScore
{
    private static readonly HashSet<string> ScoreWords = TsvTable.FoldedWords("sports_score_words");

    private const string Zero = "صفر";

    // nouns that count games, goals or points
    private static readonly HashSet<string> GameNouns = TsvTable.FoldedWords("sports_game_nouns");

    /// <summary>Whether a figure's number counts games ("خسر آخر خمس مباريات", "ثماني من آخر عشر مباريات", "خسرت عشر مرات"): a game noun follows it,
    /// with at most "من آخر" and another number between.</summary>
    public static bool CountsGames(IReadOnlyList<Token> tokens, Figure figure)
    {
        for (int i = figure.FirstToken + 1, seen = 0; i < tokens.Count && seen < 4; i++, seen++)
        {
            var t = tokens[i];
            if (GameNouns.Contains(t.Folded)) return true;
            // (a number in figures or in words right before the noun: "من آخر 5 مواجهات", "من آخر عشر مباريات")
            if (!(t.IsNumber || t.Folded is "من" or "اخر" || i + 1 < tokens.Count && GameNouns.Contains(tokens[i + 1].Folded))) return false;
        }
        return false;
    }

    /// <summary>Whether a sentence names a score.</summary>
    public static bool InSentence(Analysis analysis, int sentence)
    {
        var s = analysis.Sentences[sentence];
        for (int i = s.FirstToken; i + 2 < s.EndToken; i++)
            if (StartsAt(analysis.Tokens, i)) return true;
        return false;
    }

    /// <summary>Whether the token is one of a score's two numbers ("1" or "صفر" of "1-صفر").</summary>
    public static bool Covers(IReadOnlyList<Token> tokens, int token) =>
        StartsAt(tokens, token) || token >= 2 && StartsAt(tokens, token - 2);

    // "N-N" written together (no space around the hyphen), each side a goal count of up to three digits or "صفر"
    private static bool StartsAt(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count || !Side(tokens[i]) || tokens[i + 1].Folded != "-" || tokens[i + 1].SpaceBefore
            || tokens[i + 2].SpaceBefore || !Side(tokens[i + 2])) return false;
        if (tokens[i].Folded == Zero || tokens[i + 2].Folded == Zero) return true;
        // (the word may stand right before, or with the team between: "خسر 1-2", "بنتيجة 3-1", "وفاز ليكرز 125-105")
        for (int j = i - 1; j >= 0 && j >= i - 3; j--)
            if (IsScoreWord(tokens[j])) return true;
        return false;
    }

    private static bool Side(Token t) => t.IsNumber ? t.Folded.Length <= 3 : t.Folded == Zero;

    private static bool IsScoreWord(Token t)
    {
        var w = t.Folded;
        if (ScoreWords.Contains(w)) return true;
        // (a conjunction or a preposition before it: "وخسر", "بنتيجة", "فالفوز")
        return w.Length > 3 && w[0] is 'و' or 'ف' or 'ب' or 'ل' && ScoreWords.Contains(w[1..]);
    }
}
