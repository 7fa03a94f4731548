using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Rasd.Text;

namespace Rasd.Documents;

/// <summary>Content hash of a text after folding and collapsing whitespace, so trivial re-encodings hash alike.</summary>
public static class DocumentHash
{
    public static string Of(string text)
    {
        // every record carries the hash, so the folded, collapsed text and its UTF-8 bytes go through pooled buffers
        var normalized = text.Normalize(NormalizationForm.FormC);
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, normalized.Length));
        byte[]? bytes = null;
        try
        {
            int n = 0;
            bool space = false;
            foreach (var original in normalized)
            {
                char c = ArabicFolding.Fold(original);
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
