using System.CommandLine;
using Rasd.Entities;
using Rasd.Geo;

namespace Rasd.Cli;

/// <summary>`rasd gazetteer import FILE [--out PATH]`: turns an OCHA communities CSV or a GeoNames dump into a gazetteer `rasd extract --gazetteer` uses.</summary>
public static class GazetteerCommand
{
    /// <summary>Where an imported gazetteer goes when --out is not given.</summary>
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "rasd", "gazetteer.tsv");

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "OCHA communities CSV (syr_locations_communities.csv) or a GeoNames dump (SY.txt)" };
        var output = new Option<string?>("--out") { Description = $"gazetteer TSV to write (default {DefaultPath})" };
        var import = new Command("import", "import Syrian places into a local gazetteer") { file, output };
        import.SetAction(parse =>
        {
            var input = parse.GetValue(file)!;
            var path = parse.GetValue(output) ?? DefaultPath;
            if (!File.Exists(input))
            {
                Console.Error.WriteLine($"rasd gazetteer import: {input}: no such file");
                return 1;
            }
            try
            {
                int n = GazetteerImport.Import(input, path);
                Console.Error.WriteLine($"rasd gazetteer import: {n} places written to {path}; use it with `rasd extract --gazetteer {path}` or {EntityStage.GazetteerVariable}={path}");
                return 0;
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"rasd gazetteer import: {e.Message}");
                return 1;
            }
        });
        return new Command("gazetteer", "manage the place gazetteer") { import };
    }
}
