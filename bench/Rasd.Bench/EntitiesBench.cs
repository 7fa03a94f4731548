using System.Diagnostics;
using Rasd.Documents;
using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Bench;

/// <summary>Throughput of the entity layer (text layer + entity stage) over the ANT corpus, in chars/s, with mention counts.</summary>
public sealed class EntitiesBench : IBench
{
    public string Name => "entities";

    public string Description => "entity layer throughput over the ANT corpus (chars/s); args: [--limit N] [--corpus PATH]";

    public int Run(string[] args)
    {
        int limit = int.MaxValue;
        string? corpus = null;
        for (int i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--limit") limit = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else if (args[i] == "--corpus") corpus = args[++i];
        }
        var docs = AntCorpus.LoadAll(AntCorpus.Locate(corpus), limit);
        var textOnly = new RasdPipeline([]);
        var withEntities = new RasdPipelineBuilder().Add(new EntityStage((string?)null)).Build();
        // warm up the lexicons and the JIT
        withEntities.Analyze(new Document(docs[0].Text, "warmup", docs[0].Published));

        long chars = docs.Sum(d => (long)d.Text.Length);
        var sw = Stopwatch.StartNew();
        foreach (var (text, date) in docs) textOnly.Analyze(new Document(text, "b", date));
        var textTime = sw.Elapsed.TotalSeconds;

        sw.Restart();
        long mentions = 0, named = 0, places = 0, actors = 0;
        foreach (var (text, date) in docs)
        {
            var layer = withEntities.Analyze(new Document(text, "b", date)).Get<EntityLayer>()!;
            mentions += layer.Mentions.Count;
            foreach (var m in layer.Mentions)
            {
                if (m.IsNamedEntity) named++;
                if (m.Places.Count > 0) places++;
                if (m.Actor is not null) actors++;
            }
        }
        var total = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"articles {docs.Count}, chars {chars:N0}");
        Console.WriteLine($"text layer only      {textTime,8:0.00} s  {chars / textTime,14:N0} chars/s");
        Console.WriteLine($"text + entities      {total,8:0.00} s  {chars / total,14:N0} chars/s");
        Console.WriteLine($"entity stage alone   {total - textTime,8:0.00} s  {chars / Math.Max(1e-9, total - textTime),14:N0} chars/s");
        Console.WriteLine($"mentions {mentions:N0} (named {named:N0}, places {places:N0}, actors {actors:N0})");
        return 0;
    }
}
