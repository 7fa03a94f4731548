namespace Rasd.Pipeline;

/// <summary>Registers stages in order, like a Markdig pipeline builder: add the defaults, then add or drop your own.</summary>
public sealed class RasdPipelineBuilder
{
    private readonly List<IAnalysisStage> _stages = [];

    public RasdPipelineBuilder Add(IAnalysisStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    /// <summary>Inserts a stage just before the first stage with the given name (at the end when there is none).</summary>
    public RasdPipelineBuilder InsertBefore(string name, IAnalysisStage stage)
    {
        int i = _stages.FindIndex(s => s.Name == name);
        _stages.Insert(i < 0 ? _stages.Count : i, stage);
        return this;
    }

    /// <summary>Puts a stage in the place of the first stage with the given name (at the end when there is none).</summary>
    public RasdPipelineBuilder Replace(string name, IAnalysisStage stage)
    {
        int i = _stages.FindIndex(s => s.Name == name);
        if (i < 0) _stages.Add(stage); else _stages[i] = stage;
        return this;
    }

    /// <summary>Drops every stage with the given name.</summary>
    public RasdPipelineBuilder Remove(string name)
    {
        _stages.RemoveAll(s => s.Name == name);
        return this;
    }

    /// <summary>The built-in stages in data-flow order.</summary>
    public RasdPipelineBuilder AddDefaults()
    {
        // layers register here in data-flow order: time, figures, entities, then events
        Add(new Time.TimeStage());
        Add(new Quantities.FigureStage());
        Add(new Entities.EntityStage());
        Add(new Events.EventStage());
        return this;
    }

    public RasdPipeline Build() => new(_stages);
}
