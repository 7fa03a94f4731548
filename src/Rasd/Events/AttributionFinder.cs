using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>Finds who a sentence attributes its facts to ("بحسب المرصد", "وفق ما ورد في بيان للدفاع المدني", "قال X").</summary>
public sealed class AttributionFinder
{
    private readonly CueLexicon _cues;

    public AttributionFinder(CueLexicon cues)
    {
        _cues = cues;
    }

    public static AttributionFinder Default { get; } = new(CueLexicon.Load("attribution_cues"));

    /// <summary>The source named after an attribution cue in the sentence, as an English name when known.</summary>
    public string? Find(Analysis analysis, int sentenceIndex)
    {
        var sentence = analysis.Sentences[sentenceIndex];
        var mentions = ArgumentFinder.MentionsIn(analysis, sentence);
        bool any = false;
        foreach (var m in mentions) any |= CanBeSource(m);
        if (!any) return null;
        var triggers = analysis.Get<TriggerLayer>()?.InSentence(sentenceIndex);
        foreach (var cue in _cues.InSentence(analysis, sentence))
            foreach (var m in mentions)
                if (CanBeSource(m) && m.FirstToken >= cue.EndToken && m.FirstToken - cue.EndToken <= 8
                    && !ContentBetween(analysis.Tokens, triggers, cue.EndToken, m.FirstToken)) return m.NameEn ?? m.CanonicalName;
        return null;
    }

    // "وأفاد ناشطون بوصول قوات أمريكية", "وذكر ناشطون أن قوات النظام …": past "أن" or an event word the report itself has begun, and a
    // name there is what it tells of, not who tells it
    private static bool ContentBetween(IReadOnlyList<Token> tokens, List<TriggerMatch>? triggers, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (tokens[k].Folded is "ان" or "بان" or "انه" or "انها" or "بانه" or "بانها" or ":") return true;
        if (triggers is not null)
            foreach (var t in triggers)
                if (t.FirstToken >= from && t.FirstToken < to) return true;
        return false;
    }

    // an organisation, a person, or a monitor or an outlet
    private static bool CanBeSource(EntityMention m) => m.Type is EntityType.Org or EntityType.Per || (m.Actor is { } a && ActorCode.Sector(a) is "NGO" or "MED");

    /// <summary>The first party named after the last verb or phrase of attribution that ends before <paramref name="token"/> ("قال البيت الأبيض إن …").</summary>
    public EntityMention? SpeakerBefore(Analysis analysis, Sentence sentence, int token, List<EntityMention> mentions)
    {
        int from = -1;
        foreach (var cue in _cues.InSentence(analysis, sentence))
            if (cue.EndToken <= token && cue.EndToken > from) from = cue.EndToken;
        if (from < 0) return null;
        foreach (var m in mentions)
            if (m.FirstToken >= from && m.EndToken <= token && StatementRoles.PartyCode(m) is not null) return m;
        return null;
    }

    /// <summary>Whether a verb or phrase of attribution stands right before or after the mention ("قالت موسكو", "موسكو قالت", "بحسب دمشق").</summary>
    public bool SpeaksNextTo(Analysis analysis, Sentence sentence, EntityMention m)
    {
        foreach (var cue in _cues.InSentence(analysis, sentence))
            if (cue.EndToken == m.FirstToken || cue.FirstToken == m.EndToken) return true;
        return false;
    }

    /// <summary>Whether a verb of saying stands before the title of the one who speaks for the name: "قال الأمين العام لحزب الله".</summary>
    public bool SpeaksThroughTitle(Analysis analysis, Sentence sentence, EntityMention m)
    {
        foreach (var cue in _cues.InSentence(analysis, sentence))
        {
            int between = m.FirstToken - cue.EndToken;
            if (between is < 1 or > 4) continue;
            bool titles = true;
            for (int k = cue.EndToken; titles && k < m.FirstToken; k++) titles = TitledConjunct.IsTitleWord(analysis.Tokens[k].Folded);
            if (titles) return true;
        }
        return false;
    }
}
