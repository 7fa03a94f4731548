using Rasd.Pipeline;
using Rasd.Text;
using Rasd.Time;
using Xunit.Abstractions;

namespace Rasd.Tests.Time;

/// <summary>
/// The parser asks a parser (and a word list) about a token only when the token's word has a fact that parser needs
/// (<see cref="TimeFact"/>); a lexicon of its own claims every fact, so parsing with it checks the skips lose nothing.
/// </summary>
public class TimeFactTests(ITestOutputHelper output)
{
    private static readonly Tokenizer Tokenizer = new(ProtectedWords.DefaultAnalyzer);

    // my own sentences: dates, durations, sets, ordinals glued to digits, ranges, quarters and words that only look like times
    private static readonly string[] Own =
    [
        "عاد الوفد يوم الأحد الماضي بعد زيارة استمرت ثلاثة أيام، ويعود كل يوم جمعة",
        "في الربع الثالث من العام المقبل وفي النصف الأول من 2019 وخلال الـ48 ساعة الماضية",
        "من 3 إلى 9 تشرين الأول وبين 12 و14 شباط 2020 وفي الخامس من الشهر الجاري",
        "قبل نحو أسبوعين ومنذ سبع سنوات وهذا الشهر والأسابيع الستة الماضية وصيف العام الماضي",
        "في 27 منه و15/10/2021 ومساء السبت وفجر اليوم وعيد الفطر وشهر رمضان 1442 هـ",
        "قتل 3 أشخاص واحد عشر جنديا والثالث عشر والحادي والعشرون (16) والـ17 ثم آنذاك",
    ];

    [Fact]
    public void SkippingByFactsLosesNothing()
    {
        var texts = TimexCases.Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('|')).Where(f => f.Length > 1).Select(f => f[1]).Concat(Own).ToList();
        var dev = SharedData.PathOrNull("eval/dev");
        if (dev is not null) texts.AddRange(Directory.GetFiles(dev, "*.txt").Select(File.ReadAllText));
        else output.WriteLine(SharedData.SkipMessage + " (dev articles left out; own sentences still checked)");
        var everyFact = new TimeLexicon();
        int found = 0;
        foreach (var text in texts)
        {
            var tokens = Tokenizer.Tokenize(text);
            foreach (DateOnly? reference in new DateOnly?[] { new DateOnly(2021, 10, 20), null })
            {
                var filtered = new TimexParser().Parse(tokens, reference);
                var full = new TimexParser(everyFact).Parse(tokens, reference);
                Assert.Equal(full.Select(Describe), filtered.Select(Describe));
                found += filtered.Count;
            }
        }
        Assert.True(found > texts.Count, $"only {found} expressions in {texts.Count} texts: the check would be empty");
    }

    [Fact]
    public void FactsOfAWordCoverItsListsAndLiterals()
    {
        var lexicon = TimeLexicon.Default;
        var tokens = Tokenizer.Tokenize("اليوم وبالأمس والشهر الماضي ومنذ كل قبل يومين الثالث الـ");
        Assert.NotEqual(TimeFact.None, lexicon.Facts(tokens[0]) & TimeFact.Deictic);
        Assert.NotEqual(TimeFact.None, lexicon.Facts(tokens[2]) & TimeFact.Unit);
        Assert.NotEqual(TimeFact.None, lexicon.Facts(tokens[3]) & TimeFact.Relative);
        Assert.NotEqual(TimeFact.None, lexicon.Facts(tokens[4]) & TimeFact.Mundhu);
        Assert.NotEqual(TimeFact.None, lexicon.Facts(tokens[5]) & TimeFact.Kull);
        Assert.NotEqual(TimeFact.None, lexicon.Facts(tokens[7]) & TimeFact.Unit);
        Assert.NotEqual(TimeFact.None, lexicon.Facts(tokens[8]) & TimeFact.Ordinal);
        Assert.NotEqual(TimeFact.None, lexicon.Facts(tokens[9]) & TimeFact.Ordinal);
        // a word that no parser reads
        Assert.Equal(TimeFact.None, lexicon.Facts(Tokenizer.Tokenize("الحكومة")[0]) & TimeFact.Starts);
        Assert.Equal(TimeFact.All, new TimeLexicon().Facts(tokens[0]));
    }

    private static string Describe(Candidate c) => $"{c.First}-{c.End} {c.Type} {c.Value} {c.Mod} {c.Begin} {c.Last} {c.Skip} {c.RangePartner} {c.IsRangeStart} {c.IsAnaphoric}";
}
