using System.Globalization;
using Rasd.Documents;
using Rasd.Pipeline;
using Rasd.Records;

namespace Rasd.Tests.Events;

/// <summary>Sentences written for these tests, each with the event a monitor would code from it (event_sentences.tsv).</summary>
public class EventSentenceTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();
    private static readonly DateOnly Published = new(2024, 3, 14);

    public static TheoryData<int, string, string, string, string, string, string, string> Rows()
    {
        var data = new TheoryData<int, string, string, string, string, string, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Events", "event_sentences.tsv");
        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (line == 1 || raw.StartsWith('#') || raw.Length == 0) continue;
            var c = raw.Split('\t');
            data.Add(line, c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
        }
        return data;
    }

    private static IReadOnlyList<string> List(string cell) => cell == "-" ? [] : cell.Split(',', StringSplitOptions.TrimEntries);

    // "SY07,!KAZ": the event has SY07 and must not have KAZ
    private static bool Fits(string cell, List<string> values) =>
        List(cell).All(x => x.StartsWith('!') ? !values.Contains(x[1..]) : values.Contains(x));

    [Theory]
    [MemberData(nameof(Rows))]
    public void ExtractsTheExpectedEvent(int line, string text, string type, string mode, string actors, string targets, string places, string figures)
    {
        var record = Pipeline.Extract(new Document(text, $"row{line}", Published));
        var candidates = record.Events.Where(e => e.Type == type).ToList();
        Assert.True(candidates.Count > 0, $"line {line}: no {type} event in [{Describe(record)}]");
        var match = candidates.FirstOrDefault(e => e.Mode == mode
            && Fits(actors, e.Actors)
            && Fits(targets, e.Targets)
            && Fits(places, e.Places)
            && List(figures).All(f => HasFigure(e, f)));
        Assert.True(match is not null, $"line {line}: expected {type}/{mode} actors={actors} targets={targets} places={places} figures={figures}; got [{Describe(record)}]");
    }

    private static bool HasFigure(EventRecord e, string spec)
    {
        var p = spec.Split(':');
        var value = decimal.Parse(p[2], CultureInfo.InvariantCulture);
        return e.Figures.Any(f => f.Role == p[0] && f.Group == p[1] && f.Value == value && f.Qualifier == p[3]);
    }

    private static string Describe(RasdRecord r) => string.Join(" | ", r.Events.Select(e =>
        $"{e.Type}/{e.Mode} a={string.Join(",", e.Actors)} t={string.Join(",", e.Targets)} p={string.Join(",", e.Places)} f={string.Join(",", e.Figures.Select(f => $"{f.Role}:{f.Group}:{f.Value}:{f.Qualifier}"))}"));
}
