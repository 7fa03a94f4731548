using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Rasd.Text;

namespace Rasd.Documents;

/// <summary>Content hash of a text after folding and collapsing whitespace, so trivial re-encodings hash alike.</summary>
/// <remarks>
/// Rasd runs with invariant globalization, where .NET composes (NFC) only ASCII and leaves other text as it is. Arabic
/// texts still hash alike in composed and decomposed form, because folding drops the combining hamza, madda and harakat
/// and unifies the letters they compose with ("آ" and "ا" + U+0653 both fold to "ا"); a Latin letter with a separate
/// combining accent does not hash as its precomposed form.
/// </remarks>
public static class DocumentHash
{
    public static string Of(string text) => Collapsed(text.Normalize(NormalizationForm.FormC), fold: true);

    /// <summary>
    /// The same hash from the folded view the pipeline has made already (<see cref="ArabicFolding.FoldWithOffsets"/>),
    /// which saves folding every character a second time; null when the text is not in NFC, whose composed form the hash
    /// is defined on.
    /// </summary>
    public static string? OfFolded(FoldedText folded) =>
        folded.Original.IsNormalized(NormalizationForm.FormC) ? Collapsed(folded.Folded, fold: false) : null;

    // every record carries the hash, so the collapsed text and its UTF-8 bytes go through pooled buffers
    private static string Collapsed(string text, bool fold)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        byte[]? bytes = null;
        try
        {
            int n = 0;
            bool space = false;
            foreach (var original in text)
            {
                char c = fold ? ArabicFolding.Fold(original) : original;
                if (c == ArabicFolding.Removed) continue;
                if (Whitespace.Is(c)) { space = n > 0; continue; }
                if (space) { chars[n++] = ' '; space = false; }
                chars[n++] = c;
            }
            var collapsed = chars.AsSpan(0, n);
            bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxByteCount(n)));
            int length = Encoding.UTF8.GetBytes(collapsed, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash[..12]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            if (bytes is not null) ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
