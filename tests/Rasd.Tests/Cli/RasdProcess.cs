using System.Diagnostics;
using System.Text;

namespace Rasd.Tests.Cli;

/// <summary>Runs the built `rasd` (rasd.dll beside the test binaries) as a child process, the way a user would.</summary>
internal static class RasdProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "rasd.dll");

    /// <summary>Runs rasd with arguments; <paramref name="stdin"/> (if any) writes standard input; <paramref name="heapLimitBytes"/> caps the child's GC heap.</summary>
    public static Result Run(IEnumerable<string> args, Action<Stream>? stdin = null, long? heapLimitBytes = null, int timeoutSeconds = 120)
    {
        var psi = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (heapLimitBytes is { } limit) psi.Environment["DOTNET_GCHeapHardLimit"] = "0x" + limit.ToString("X");
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        try
        {
            stdin?.Invoke(p.StandardInput.BaseStream);
            p.StandardInput.Close();
        }
        catch (IOException)
        {
            // the child may stop reading (and exit) before all input is written: that is the behaviour under test
        }
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"rasd {string.Join(' ', args)} ran longer than {timeoutSeconds} s");
        }
        p.WaitForExit();
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }
}
