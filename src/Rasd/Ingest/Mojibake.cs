using System.Text;

namespace Rasd.Ingest;

/// <summary>Detects (and undoes) Arabic UTF-8 that was misread as Windows-1252/Latin-1 and saved again: "Ø§Ù„" instead of "ال".</summary>
public static class Mojibake
{
    /// <summary>Arabic UTF-8 lead bytes 0xD8–0xDB read as Latin-1 are Ø Ù Ú Û; followed by a continuation byte read as a Latin-1/1252 character.</summary>
    public static bool Looks(string text)
    {
        int pairs = 0, letters = 0;
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c)) letters++;
            if (c is 'Ø' or 'Ù' or 'Ú' or 'Û' && i + 1 < text.Length && IsContinuation(text[i + 1])) pairs++;
        }
        return pairs >= 3 && pairs * 4 >= letters / 2;
    }

    /// <summary>The repaired text when <paramref name="text"/> is mojibake and re-encoding it gives valid Arabic UTF-8; otherwise null.</summary>
    public static string? Repair(string text)
    {
        if (!Looks(text)) return null;
        var cp1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            var bytes = cp1252.GetBytes(text);
            var repaired = new UTF8Encoding(false, true).GetString(bytes);
            return TextDecoder.ArabicLetterShare(repaired) >= 0.3 ? repaired : null;
        }
        catch (Exception e) when (e is EncoderFallbackException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsContinuation(char c) => c is >= '\u0080' and <= '\u00BF' || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".Contains(c);
}
