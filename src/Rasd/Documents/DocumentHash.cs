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
    public static string Of(string text) => Collapsed(text.Normalize(NormalizationForm.FormC));

    /// <summary>
    /// The same hash from the folded view the pipeline has made already (<see cref="ArabicFolding.FoldWithOffsets"/>),
    /// which saves folding every character a second time; null when the text is not in NFC, whose composed form the hash
    /// is defined on.
    /// </summary>
    public static string? OfFolded(FoldedText folded) =>
        folded.Original.IsNormalized(NormalizationForm.FormC) ? CollapsedFolded(folded.Folded) : null;

    // the folded text has no char left to drop: its collapsed UTF-8 is written in one pass whose first test takes the
    // two-byte chars (Arabic letters, most of a text); -1 at the first surrogate, for the general encoder
    private static string CollapsedFolded(string folded) => Hashed(folded, EncodeFoldedCollapsed);

    private static int EncodeFoldedCollapsed(string folded, byte[] bytes)
    {
        int n = 0;
        bool space = false;
        foreach (char c in folded)
        {
            // no whitespace lies among the two-byte chars: they are written without the whitespace test
            if ((c < 0x100 || c >= 0x800) && Whitespace.Is(c)) { space = n > 0; continue; }
            if (!Append(c, bytes, ref n, ref space)) return -1;
        }
        return n;
    }

    private static string Collapsed(string text) => Hashed(text, EncodeCollapsed);

    // every record carries the hash, so the collapsed text's UTF-8 bytes go through a pooled buffer; most texts have no
    // surrogate and are collapsed and encoded in one pass by the given encoder, the others (-1) by the general encoder
    private static string Hashed(string text, Func<string, byte[], int> encode)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, text.Length * 3));
        try
        {
            int length = encode(text, bytes);
            return Digest(bytes.AsSpan(0, length >= 0 ? length : CollapsedWithSurrogates(text, bytes)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // the collapsed text's UTF-8, written here because the general transcoder is twice as slow on Arabic (two-byte
    // sequences), which is most of what it would see; -1 at the first surrogate
    private static int EncodeCollapsed(string text, byte[] bytes)
    {
        int n = 0;
        bool space = false;
        foreach (var original in text)
        {
            char c = ArabicFolding.Fold(original);
            if (c == ArabicFolding.Removed) continue;
            if (Whitespace.Is(c)) { space = n > 0; continue; }
            if (!Append(c, bytes, ref n, ref space)) return -1;
        }
        return n;
    }

    // one char's UTF-8 after the single space a run of whitespace before it collapsed to; false at a surrogate (the
    // general encoder then takes the text)
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Append(char c, byte[] bytes, ref int n, ref bool space)
    {
        if (space) { bytes[n++] = (byte)' '; space = false; }
        if (c < 0x80) bytes[n++] = (byte)c;
        else if (c < 0x800)
        {
            bytes[n++] = (byte)(0xC0 | (c >> 6));
            bytes[n++] = (byte)(0x80 | (c & 0x3F));
        }
        else if (char.IsSurrogate(c)) return false;
        else
        {
            bytes[n++] = (byte)(0xE0 | (c >> 12));
            bytes[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
            bytes[n++] = (byte)(0x80 | (c & 0x3F));
        }
        return true;
    }

    // a surrogate pairs with the next char kept, or is replaced when lone: the general encoder decides that
    private static int CollapsedWithSurrogates(string text, byte[] bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            int n = 0;
            bool space = false;
            foreach (var original in text)
            {
                char c = ArabicFolding.Fold(original);
                if (c == ArabicFolding.Removed) continue;
                if (Whitespace.Is(c)) { space = n > 0; continue; }
                if (space) { chars[n++] = ' '; space = false; }
                chars[n++] = c;
            }
            return Encoding.UTF8.GetBytes(chars.AsSpan(0, n), bytes);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string Digest(ReadOnlySpan<byte> utf8)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8, hash);
        return Convert.ToHexStringLower(hash[..12]);
    }
}
