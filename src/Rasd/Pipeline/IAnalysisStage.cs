namespace Rasd.Pipeline;

/// <summary>One recogniser or resolver: reads the layers it needs from an analysis and adds one.</summary>
public interface IAnalysisStage
{
    /// <summary>A short name for listing and removing stages ("time", "figures").</summary>
    string Name { get; }

    void Run(Analysis analysis);
}
