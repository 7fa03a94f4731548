using System.Text;
using Rasd.Ner;

namespace Rasd.Tests.Cli;

/// <summary>`rasd train names`: a name list from an annotated corpus, and one clear error line without a source.</summary>
public class TrainNamesCliTests
{
    [Fact]
    public void Names_of_an_annotated_corpus_are_written_as_a_category_name_list()
    {
        using var dir = new TempFolder();
        var conll = dir.File("tiny.conll", Encoding.UTF8.GetBytes("زار O\nمهند B-PER\nالخياط I-PER\nقرية B-LOC\nالصفصاف I-LOC\n. O\n"));
        var output = Path.Combine(dir.Path, "names.tsv");
        var r = RasdProcess.Run(["train", "names", "--conll", conll, "--out", output]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var names = NameHarvester.Load(output);
        Assert.Contains(new GazetteerEntry("conll:PER", "مهند الخياط"), names);
        Assert.Contains(new GazetteerEntry("conll:PER-last", "الخياط"), names);
        Assert.Contains(new GazetteerEntry("conll:LOC", "قريه الصفصاف"), names);
    }

    [Fact]
    public void Without_a_source_train_names_says_what_it_needs()
    {
        using var dir = new TempFolder();
        var r = RasdProcess.Run(["train", "names", "--out", Path.Combine(dir.Path, "names.tsv")]);
        Assert.NotEqual(0, r.ExitCode);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("rasd train names", line);
        Assert.Contains("--conll", line);
    }
}
