namespace Rasd.Tests.Ingest;

/// <summary>Paths of the ingest test fixtures (tests/Rasd.Tests/Ingest/Fixtures), read from the source tree.</summary>
public static class Fixtures
{
    public static string Dir => Path.Combine(SharedData.RepoRoot, "tests", "Rasd.Tests", "Ingest", "Fixtures");

    public static string PathOf(string name) => Path.Combine(Dir, name);

    /// <summary>A fresh temporary folder for files a test writes.</summary>
    public static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "rasd-ingest-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(d);
        return d;
    }
}
