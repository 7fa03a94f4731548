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
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, text.Length * 3));
        try
        {
            int n = 0;
            bool space = false, surrogates = false;
            foreach (var original in text)
            {
                char c = fold ? ArabicFolding.Fold(original) : original;
                if (c == ArabicFolding.Removed) continue;
                if (Whitespace.Is(c)) { space = n > 0; continue; }
                if (space) { chars[n++] = ' '; space = false; }
                surrogates |= char.IsSurrogate(c);
                chars[n++] = c;
            }
            var collapsed = chars.AsSpan(0, n);
            // a surrogate pairs with the next char kept, or is replaced when lone: the general encoder decides that
            int length = surrogates ? Encoding.UTF8.GetBytes(collapsed, bytes) : EncodeBasicPlane(collapsed, bytes);
            return Digest(bytes.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // UTF-8 of text without surrogates, written here because the general transcoder is twice as slow on Arabic
    // (two-byte sequences), which is most of what it would see
    private static int EncodeBasicPlane(ReadOnlySpan<char> text, byte[] bytes)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (c < 0x80) bytes[n++] = (byte)c;
            else if (c < 0x800)
            {
                bytes[n++] = (byte)(0xC0 | (c >> 6));
                bytes[n++] = (byte)(0x80 | (c & 0x3F));
            }
            else
            {
                bytes[n++] = (byte)(0xE0 | (c >> 12));
                bytes[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                bytes[n++] = (byte)(0x80 | (c & 0x3F));
            }
        }
        return n;
    }

    private static string Digest(ReadOnlySpan<byte> utf8)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8, hash);
        return Convert.ToHexStringLower(hash[..12]);
    }
}
