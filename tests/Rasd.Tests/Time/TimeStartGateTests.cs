using Rasd.Pipeline;
using Rasd.Text;
using Rasd.Time;
using Xunit.Abstractions;

namespace Rasd.Tests.Time;

/// <summary>
/// The parser skips a word that only begins phrases ("في") unless a phrase matches there, and a lead-in word ("من"،
/// "قبل") unless a time word follows it within two words; these check that
/// the skip loses nothing: the gated and ungated parsers find the same expressions, and the memoised start test
/// agrees with its definition (a suffix after up to four proclitic letters is a start word).
/// </summary>
public class TimeStartGateTests(ITestOutputHelper output)
{
    private static readonly Tokenizer Tokenizer = new(ProtectedWords.DefaultAnalyzer);

    private static IEnumerable<(string Text, DateOnly? Ref)> CaseSentences() =>
        TimexCases.Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('|'))
            .Where(f => f.Length > 1)
            .Select(f => (f[1], DateOnly.TryParse(f[0], System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : (DateOnly?)null));

    // my own sentences where a phrase-only start word does and does not begin an expression
    private static readonly string[] Own =
    [
        "وصل الوفد في الوقت الحالي إلى المدينة في غضون ذلك",
        "قال إن الاجتماع سيعقد في وقت لاحق من الشهر المقبل وفي أقرب فرصة",
        "انتقل من 10 إلى 15 آب إلى مدينة أخرى",
        "للعام الثاني على التوالي وللخامس من آذار",
        "ما بعد الحرب وما قبلها في نهاية العام",
        // lead-in words ("من"، "قبل"، "هذا"، "الـ") before and away from a time word
        "قال من جهته إنه عاد قبل أكثر من ثلاثة أشهر وبين عامي 2019 و2020 ومن أمس حتى اليوم",
        "هذا ما جرى خلال الـ24 ساعة الماضية ومنذ ذلك الحين وقبل أيام وكل يوم من هذه الأيام",
        "وصلت قافلة إلى اليمن منذ فترة طويلة ضمن خطة الأمن بعد الظهر",
        // numbers that are and are not times
        "قتل 3 أشخاص في 27 منه ووصل 150 مقاتلا في 15/10/2021 وفي 2011 بعد 3 أيام من 5 حزيران و12 من الشهر",
    ];

    [Theory]
    [InlineData("قال من جهته إن الوضع هادئ", 1, false)]
    [InlineData("عاد من أمس", 1, true)]
    [InlineData("عاد قبل أكثر من شهر", 1, true)]
    [InlineData("كان هذا الموقف واضحا", 1, false)]
    [InlineData("بقي هذا العام في بيته", 1, true)]
    [InlineData("وصل إلى اليمن", 1, false)]
    [InlineData("قتل 3 أشخاص", 1, false)]
    [InlineData("عاد بعد 3 أيام", 2, true)]
    [InlineData("عاد في 2011", 2, true)]
    [InlineData("عاد في 27 منه", 2, true)]
    public void LeadInWordsStartOnlyBeforeATimeWord(string text, int index, bool expected) =>
        Assert.Equal(expected, TimeLexicon.Default.MayStartAt(Tokenizer.Tokenize(text), index));

    [Fact]
    public void GatedParserFindsWhatTheUngatedOneFinds()
    {
        var texts = CaseSentences().ToList();
        texts.AddRange(Own.Select(t => (t, (DateOnly?)new DateOnly(2022, 3, 14))));
        var dev = SharedData.PathOrNull("eval/dev");
        if (dev is not null)
            texts.AddRange(Directory.GetFiles(dev, "*.txt").Select(f => (File.ReadAllText(f), (DateOnly?)new DateOnly(2020, 6, 1))));
        else output.WriteLine(SharedData.SkipMessage + " (dev articles left out; own sentences still checked)");
        int found = 0;
        foreach (var (text, reference) in texts)
        {
            var tokens = Tokenizer.Tokenize(text);
            var gated = new TimexParser().Parse(tokens, reference);
            var ungated = new TimexParser { Gated = false }.Parse(tokens, reference);
            Assert.Equal(ungated.Select(Describe), gated.Select(Describe));
            found += gated.Count;
        }
        Assert.True(found > texts.Count / 2, $"only {found} expressions in {texts.Count} texts: the check would be empty");
    }

    [Fact]
    public void CanStartIsASuffixInTheStartWords()
    {
        var lexicon = TimeLexicon.Default;
        var text = string.Join(' ', CaseSentences().Select(c => c.Text).Concat(Own));
        foreach (var t in Tokenizer.Tokenize(text))
        {
            bool expected = t.IsNumber || t.IsWord && Enumerable.Range(0, 5).Any(k => t.Folded.Length - k >= 2 && lexicon.StartWords.Contains(t.Folded[k..]));
            // twice: the second answer comes from the word's memo
            Assert.Equal(expected, lexicon.CanStart(t));
            Assert.Equal(expected, lexicon.CanStart(t));
        }
    }

    private static string Describe(Candidate c) => $"{c.First}-{c.End} {c.Type} {c.Value} {c.Mod} {c.Begin} {c.Last} {c.Skip}";
}
