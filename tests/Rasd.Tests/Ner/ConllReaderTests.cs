using Rasd.Ner;

namespace Rasd.Tests.Ner;

public class ConllReaderTests
{
    [Fact]
    public void Reads_space_separated_sentences_without_trailing_newline()
    {
        var s = ConllReader.Parse("قال O\nسمير B-PERS\nالخوري I-PERS\n\nفي O\nصيدا B-LOC");
        Assert.Equal(2, s.Count);
        Assert.Equal(["قال", "سمير", "الخوري"], s[0].Tokens);
        Assert.Equal(["O", "B-PER", "I-PER"], s[0].Tags);
        Assert.Equal(["O", "B-LOC"], s[1].Tags);
    }

    [Fact]
    public void Handles_bom_crlf_tabs_and_directional_marks()
    {
        var text = "\uFEFF\u200Eزار\tO\r\n\u200Eوفد\tB-Government\r\n\u200Eالبلدية\tI-Government\r\n\r\n\u200E.\tO\r\n";
        var s = ConllReader.Parse(text);
        Assert.Equal(2, s.Count);
        Assert.Equal(["زار", "وفد", "البلدية"], s[0].Tokens);
        Assert.Equal(["O", "B-Government", "I-Government"], s[0].Tags);
        Assert.All(s.SelectMany(x => x.Tokens), t => Assert.DoesNotContain(t, c => c is '\u200E' or '\uFEFF' or '\r'));
    }

    [Fact]
    public void Drops_empty_and_mark_only_tokens_without_breaking_the_sentence()
    {
        var s = ConllReader.Parse("وصل O\n O\n\u200F O\nالقطار O\n\nثم O\n");
        Assert.Equal(2, s.Count);
        Assert.Equal(["وصل", "القطار"], s[0].Tokens);
    }

    [Fact]
    public void Splits_a_file_without_blank_lines_after_runs_of_periods()
    {
        var s = ConllReader.Parse("هذا O\nنص O\n. O\n. O\nوهذا O\nآخر O\n. O\nبقية O");
        Assert.Equal(3, s.Count);
        Assert.Equal(["هذا", "نص", ".", "."], s[0].Tokens);
        Assert.Equal(["بقية"], s[2].Tokens);
    }

    [Theory]
    [InlineData("B-PERS", "B-PER")]
    [InlineData("IPERS", "I-PER")]
    [InlineData("b-misc", "B-MISC")]
    [InlineData("B-MIS1", "B-MISC")]
    [InlineData("I-MIS", "I-MISC")]
    [InlineData("I--ORG", "I-ORG")]
    [InlineData("B-ORF", "B-ORG")]
    [InlineData("o", "O")]
    [InlineData("OO", "O")]
    [InlineData("IO", "O")]
    [InlineData("B-Population-Center", "B-Population-Center")]
    public void Normalises_tag_spellings(string raw, string expected) => Assert.Equal(expected, BioTags.Normalize(raw));

    [Fact]
    public void Reads_a_file_with_bom_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rasd-conll-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [.. new byte[] { 0xEF, 0xBB, 0xBF }, .. System.Text.Encoding.UTF8.GetBytes("مرفأ\tB-LOC\r\nجديد\tO\r\n")]);
        try
        {
            var s = ConllReader.ReadFile(path);
            Assert.Equal(["مرفأ", "جديد"], s.Single().Tokens);
            Assert.Equal("B-LOC", s[0].Tags[0]);
        }
        finally { File.Delete(path); }
    }
}
