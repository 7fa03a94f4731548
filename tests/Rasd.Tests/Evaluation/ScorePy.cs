using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Rasd.Tests.Evaluation;

/// <summary>Runs the reference scorer ../shared/eval/score.py (when python3 is on PATH), many argument lists in one process.</summary>
internal static class ScorePy
{
    public static string? Python { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, "python3"))
        .FirstOrDefault(File.Exists);

    public const string NoPythonMessage = "python3 is not on PATH: the comparison with score.py is skipped";

    // imports score.py once and calls its main() per argument list; python startup is the slow part on a busy machine
    private const string Driver = """
        import contextlib, io, json, sys
        sys.dont_write_bytecode = True
        sys.path.insert(0, sys.argv[1])
        import score
        out = []
        for args in json.loads(sys.stdin.read()):
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                rc = score.main(args)
            out.append([rc, buf.getvalue()])
        print(json.dumps(out))
        """;

    /// <summary>score.py's stdout (trailing newline removed) for each argument list; each must exit 0.</summary>
    public static List<string> Run(string evalDir, IReadOnlyList<string[]> argLists)
    {
        var psi = new ProcessStartInfo(Python!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(Driver);
        psi.ArgumentList.Add(evalDir);
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(JsonSerializer.Serialize(argLists));
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"score.py driver exited {p.ExitCode}: {stderr.Result}");
        var results = JsonSerializer.Deserialize<JsonElement[][]>(stdout)!;
        foreach (var r in results)
            if (r[0].GetInt32() != 0) throw new InvalidOperationException($"score.py returned {r[0]}: {stderr.Result}");
        return results.Select(r => r[1].GetString()!.TrimEnd('\n')).ToList();
    }
}
