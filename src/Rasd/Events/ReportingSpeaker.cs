using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>A name that says, before "إن/أن", what the event's clause tells ("قالت قوات سوريا الديمقراطية إن الغارات التركية استهدفت …", "قال الأمين العام لحزب الله إن …"): its source.</summary>
internal static class ReportingSpeaker
{
    /// <summary>True when a verb of saying stands next to the name and a complementizer between the name and the trigger.</summary>
    public static bool Reports(Analysis analysis, Sentence sentence, TriggerMatch trigger, EntityMention m)
    {
        // (or through the title of the one who speaks for it: "قال الأمين العام لحزب الله إن الضربة الأمريكية …")
        if (m.EndToken > trigger.FirstToken || !AttributionFinder.Default.SpeaksNextTo(analysis, sentence, m)
            && !AttributionFinder.Default.SpeaksThroughTitle(analysis, sentence, m)) return false;
        var tokens = analysis.Tokens;
        for (int k = m.EndToken; k < trigger.FirstToken; k++)
            if (TimeAttacher.IsComplementizer(tokens[k])) return true;
        return false;
    }
}
