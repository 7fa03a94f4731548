namespace Rasd.Bench;

/// <summary>A benchmark runnable as `dotnet run -c Release --project bench/Rasd.Bench -- NAME [args]`.</summary>
public interface IBench
{
    string Name { get; }

    string Description { get; }

    int Run(string[] args);
}
