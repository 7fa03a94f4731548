using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>Lines that link to another article ("للمزيد: …", "اقرأ أيضا: …", data/related_link_cues.tsv): their events are that article's, not this report's.</summary>
public static class RelatedLinks
{
    private static readonly string[] Cues = [.. TsvTable.LoadEmbedded("related_link_cues").Rows.Select(r => ArabicFolding.FoldString(r[0]))];

    /// <summary>Whether the sentence opens with a link cue (after any punctuation).</summary>
    public static bool IsLink(Analysis analysis, Sentence sentence)
    {
        int i = sentence.FirstToken;
        while (i < sentence.EndToken && !analysis.Tokens[i].IsWord) i++;
        if (i >= sentence.EndToken) return false;
        var start = analysis.Folded.Folded.AsSpan(analysis.Tokens[i].FoldedStart);
        foreach (var cue in Cues)
            if (start.StartsWith(cue, StringComparison.Ordinal) && (start.Length == cue.Length || !Tokenizer.IsWordChar(start[cue.Length]))) return true;
        return false;
    }
}
