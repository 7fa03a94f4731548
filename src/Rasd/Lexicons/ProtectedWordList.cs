using Rasd.Text;

namespace Rasd.Lexicons;

/// <summary>Reads data/protected_words.tsv: words that begin with a letter that looks like a proclitic but is part of the word.</summary>
public static class ProtectedWordList
{
    public static IEnumerable<string> Load() =>
        TsvTable.LoadEmbedded("protected_words").Rows.Select(r => ArabicFolding.FoldString(r[0]));
}
