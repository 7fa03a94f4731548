using Rasd.Pipeline;
using Rasd.Records;

namespace Rasd.Entities;

/// <summary>The "entities" stage: recognises entities and actor phrases, sets the <see cref="EntityLayer"/> and writes <c>record.Entities</c>.</summary>
public sealed class EntityStage : IAnalysisStage, IRecordContributor
{
    /// <summary>Environment variable naming an imported gazetteer (<c>rasd gazetteer import</c>) used on top of the embedded one.</summary>
    public const string GazetteerVariable = "RASD_GAZETTEER";

    private static readonly Dictionary<string, EntityRecognizer> ByPath = new(StringComparer.Ordinal);
    private static readonly Lazy<EntityRecognizer> Embedded = new(() => new EntityRecognizer(EntityLexicon.Default));
    private readonly EntityRecognizer _recognizer;

    /// <summary>Uses the embedded lexicons, plus the gazetteer named by RASD_GAZETTEER when it is set.</summary>
    public EntityStage() : this(Environment.GetEnvironmentVariable(GazetteerVariable)) { }

    /// <summary>Uses the embedded lexicons plus an imported gazetteer file (null for none).</summary>
    public EntityStage(string? gazetteerPath)
    {
        if (string.IsNullOrEmpty(gazetteerPath)) _recognizer = Embedded.Value;
        else
        {
            lock (ByPath)
            {
                if (!ByPath.TryGetValue(gazetteerPath, out var r)) ByPath[gazetteerPath] = r = new EntityRecognizer(EntityLexicon.WithGazetteer(gazetteerPath));
                _recognizer = r;
            }
        }
    }

    public EntityStage(EntityLexicon lexicon) => _recognizer = new EntityRecognizer(lexicon);

    public string Name => "entities";

    public void Run(Analysis analysis)
    {
        // the recogniser's scan also finds where any anaphor may start (the resolvers' bits are read first: that loads their phrases)
        var starts = new List<int>();
        var layer = _recognizer.Recognize(analysis, GroupAnaphora.Bit | DefiniteOrgAnaphora.Bit | CountryAnaphora.Bit | KingdomAnaphora.Bit, starts);
        layer = GroupAnaphora.Resolve(analysis, layer, starts);
        layer = DefiniteOrgAnaphora.Resolve(analysis, layer, starts);
        layer = CountryAnaphora.Resolve(analysis, layer, _recognizer.Lexicon, starts);
        layer = KingdomAnaphora.Resolve(analysis, layer, _recognizer.Lexicon, starts);
        // (before the sides of spokesmen and title holders, which copy a body's code)
        layer = GenericBodies.Resolve(layer);
        // (a spokesman's side first: the lone surnames found next copy the person's actor code)
        layer = SpokesmanSide.Resolve(analysis, layer);
        layer = TitleBodySide.Resolve(analysis, layer, _recognizer.Lexicon);
        layer = LoyalForces.Resolve(analysis, layer);
        layer = CoalitionSide.Resolve(analysis, layer);
        layer = NationalArmySide.Resolve(layer);
        layer = SurnameAnaphora.Resolve(analysis, layer);
        // (after the lone surnames: "قوات الرئيس الأسد" names the leader by one)
        analysis.Set(LeaderForces.Resolve(analysis, layer, _recognizer.Lexicon));
    }

    public void Contribute(Analysis analysis, RasdRecord record)
    {
        if (analysis.Get<EntityLayer>() is { } layer) record.Entities = EntityRecords.From(layer);
    }
}
