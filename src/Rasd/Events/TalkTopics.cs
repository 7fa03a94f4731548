using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>"يبحث … مع الرئيس المصري ملفات إقليمية، وفي مقدمتها الوضع في سوريا والحرب … ضد الحوثيين": names after a topic noun that follows the talks' word are what the talks are about, not parties (data/talk_topic_heads.tsv).</summary>
internal static class TalkTopics
{
    private static readonly HashSet<string> Heads = Lexicons.TsvTable.FoldedWords("talk_topic_heads");

    private static readonly HashSet<string> SayingVerbs = Lexicons.TsvTable.FoldedWords("speaker_frame_verbs");

    /// <summary>Whether a topic noun stands between the talks' trigger and the name, and no "مع/بين" right before the name makes it a partner.</summary>
    public static bool After(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m)
    {
        if (m.FirstToken <= trigger.EndToken) return false;
        if (tokens[m.FirstToken - 1].Folded is "مع" or "بين" or "وبين") return false;
        bool topic = false;
        for (int k = trigger.EndToken; k < m.FirstToken; k++)
        {
            // "وفي ختام مؤتمر حول سبل …، قال الرئيس الفرنسي": past a verb of saying the sentence names its speaker
            if (SayingVerbs.Contains(tokens[k].Folded)) return false;
            foreach (var r in tokens[k].Readings)
                topic |= Heads.Contains(r.Stem);
        }
        return topic;
    }
}
