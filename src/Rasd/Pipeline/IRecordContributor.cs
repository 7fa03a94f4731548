using Rasd.Records;

namespace Rasd.Pipeline;

/// <summary>A stage that writes its layer into the rasd/1 record.</summary>
public interface IRecordContributor
{
    void Contribute(Analysis analysis, RasdRecord record);
}
