using Rasd.Entities;
using Rasd.Geo;
using Rasd.Text;
using Xunit.Abstractions;

namespace Rasd.Tests.Geo;

/// <summary>Importing the full OCHA list lets extraction resolve villages the embedded gazetteer lacks.</summary>
public class GazetteerImportTests(ITestOutputHelper output)
{
    [Fact]
    public void Imported_OCHA_list_resolves_villages_not_embedded()
    {
        var csv = SharedData.PathOrNull("data/geo/ocha-syr-locations/syr_locations_communities.csv");
        if (csv is null) { output.WriteLine(SharedData.SkipMessage); return; }
        var path = Path.Combine(Path.GetTempPath(), $"rasd-gaz-{Guid.NewGuid():N}.tsv");
        try
        {
            int n = GazetteerImport.Import(csv, path);
            Assert.True(n > 7000, $"only {n} places imported");
            var lexicon = EntityLexicon.WithGazetteer(path);
            var imported = Gazetteer.LoadFile(path).Places;
            var embeddedNames = Gazetteer.Embedded.Places.Select(p => ArabicFolding.FoldString(p.NameAr)).ToHashSet();
            // ten villages whose name is unique in the OCHA list and absent from the embedded gazetteer, spread over the list
            var unique = imported.GroupBy(p => ArabicFolding.FoldString(p.NameAr)).Where(g => g.Count() == 1 && !embeddedNames.Contains(g.Key) && g.Key.Split(' ').Length == 2).Select(g => g.Single()).ToList();
            var villages = Enumerable.Range(0, 10).Select(i => unique[i * unique.Count / 10]).ToList();
            var plain = new Rasd.Pipeline.RasdPipelineBuilder().Add(new EntityStage((string?)null)).Build();
            var withImport = new Rasd.Pipeline.RasdPipelineBuilder().Add(new EntityStage(lexicon)).Build();
            foreach (var v in villages)
            {
                var text = $"قصفت قوات النظام قرية {v.NameAr} صباح اليوم.";
                var before = plain.Analyze(new Rasd.Documents.Document(text, "t", null)).Get<EntityLayer>()!;
                Assert.DoesNotContain(before.Mentions, m => m.FinePcode == v.Pcode);
                var after = withImport.Analyze(new Rasd.Documents.Document(text, "t", null)).Get<EntityLayer>()!;
                var m = after.Mentions.FirstOrDefault(m => m.FinePcode == v.Pcode);
                Assert.True(m is not null, $"{v.NameAr} ({v.Pcode}) not resolved: " + string.Join(" | ", after.Mentions.Select(x => x.Text + " " + x.FinePcode)));
                Assert.Equal([v.Governorate], m!.Places);
                Assert.Equal(v.Latitude, m.Latitude!.Value, 4);
                Assert.Equal(v.Longitude, m.Longitude!.Value, 4);
                output.WriteLine($"{v.NameAr} -> {m.FinePcode} {m.Places[0]} {m.Latitude:0.####},{m.Longitude:0.####}");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
