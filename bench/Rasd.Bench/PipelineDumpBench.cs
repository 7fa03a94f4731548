using Rasd.Documents;
using Rasd.Pipeline;
using Rasd.Records;

namespace Rasd.Bench;

/// <summary>Writes the rasd/1 records of every Nth ANT article as JSON lines, so speed work can be diffed byte for byte.</summary>
public sealed class PipelineDumpBench : IBench
{
    public string Name => "pipeline-dump";

    public string Description => "OUT [STRIDE=10] [COUNT=3000]: records of every STRIDE-th ANT article as JSON lines (diff before/after speed work)";

    public int Run(string[] args)
    {
        if (args.Length == 0) { Console.Error.WriteLine("usage: pipeline-dump OUT [STRIDE] [COUNT]"); return 2; }
        int stride = args.Length > 1 ? int.Parse(args[1]) : 10;
        int count = args.Length > 2 ? int.Parse(args[2]) : 3000;
        var pipeline = RasdPipeline.CreateDefault();
        using var output = new StreamWriter(args[0]);
        int i = 0, written = 0;
        foreach (var a in AntCorpus.Read(AntCorpus.Locate()))
        {
            if (i++ % stride != 0) continue;
            var text = a.Title.Length > 0 ? a.Title + "\n\n" + a.Text : a.Text;
            output.WriteLine(RecordJson.Serialize(pipeline.Extract(new Document(text, null, a.Published)), indented: false));
            if (++written >= count) break;
        }
        Console.WriteLine($"{written} records -> {args[0]}");
        return 0;
    }
}
