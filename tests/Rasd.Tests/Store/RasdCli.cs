using System.Diagnostics;

namespace Rasd.Tests.Store;

/// <summary>Runs the built rasd command (rasd.dll beside the tests) and returns its exit code and standard output.</summary>
public static class RasdCli
{
    public static (int ExitCode, string Out) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rasd.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        _ = err.Result;
        return (p.ExitCode, stdout);
    }
}
