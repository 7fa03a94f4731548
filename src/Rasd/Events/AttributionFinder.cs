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
        var mentions = ArgumentFinder.MentionsIn(analysis, sentence).Where(m => m.Type is EntityType.Org or EntityType.Per || (m.Actor is { } a && ActorCode.Sector(a) is "NGO" or "MED")).ToList();
        if (mentions.Count == 0) return null;
        foreach (var cue in _cues.InSentence(analysis, sentence))
        {
            var named = mentions.FirstOrDefault(m => m.FirstToken >= cue.EndToken && m.FirstToken - cue.EndToken <= 8);
            if (named is not null) return named.NameEn ?? named.CanonicalName;
        }
        return null;
    }

    /// <summary>Whether a verb or phrase of attribution stands right before or after the mention ("قالت موسكو", "موسكو قالت", "بحسب دمشق").</summary>
    public bool SpeaksNextTo(Analysis analysis, Sentence sentence, EntityMention m)
    {
        foreach (var cue in _cues.InSentence(analysis, sentence))
            if (cue.EndToken == m.FirstToken || cue.FirstToken == m.EndToken) return true;
        return false;
    }
}
