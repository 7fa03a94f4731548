namespace Rasd.Tests;

/// <summary>Locates ../shared beside the checkout; tests that need it skip with a message when it is absent.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(() =>
    {
        var env = Environment.GetEnvironmentVariable("RASD_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return Path.GetFullPath(env);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rasd.sln")))
            {
                var shared = Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
            }
            dir = dir.Parent;
        }
        return null;
    });

    /// <summary>The repository root (the folder with Rasd.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rasd.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Rasd.sln not found above the test binaries");
        }
    }

    /// <summary>Path under ../shared, or null (and the test should skip) when shared data is absent.</summary>
    public static string? PathOrNull(string relative)
    {
        if (Root.Value is null) return null;
        var p = Path.Combine(Root.Value, relative);
        return File.Exists(p) || Directory.Exists(p) ? p : null;
    }

    public const string SkipMessage = "../shared is absent: tests over the shared dev set and corpora are skipped";
}
