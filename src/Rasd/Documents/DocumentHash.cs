using System.Security.Cryptography;
using System.Text;
using Rasd.Text;

namespace Rasd.Documents;

/// <summary>Content hash of a text after folding and collapsing whitespace, so trivial re-encodings hash alike.</summary>
public static class DocumentHash
{
    public static string Of(string text)
    {
        var folded = ArabicFolding.FoldString(text.Normalize(NormalizationForm.FormC));
        var sb = new StringBuilder(folded.Length);
        bool space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 12));
    }
}
