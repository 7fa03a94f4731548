namespace Rasd.Tests.Pipeline;

public class LexiconPreloadTests
{
    // texts that reach the event stage's lists (triggers, mode and attribution cues, blockers), entity anaphora, place
    // words and nationality adjectives: everything that used to load only while a first document was read
    private static readonly string[] Texts =
    [
        "قُتل ستة مدنيين، بينهم طفلان وامرأة، وأصيب أكثر من 15 آخرين، فجر اليوم الخميس، جراء قصف مدفعي لقوات النظام استهدف بلدة كفرنبل في ريف إدلب الجنوبي، بحسب ما أفاد الدفاع المدني السوري.",
        "وقال وزير الخارجية التركي إن الجولة المقبلة من محادثات أستانا ستعقد في كانون الأول، ودانت المملكة الهجوم، فيما أعلنت الحكومة الفرنسية أنها لن تسمح بذلك.",
        "واعتقلت قوات الأمن عنصرين من التنظيم في مدينة حلب، وأكد الجيش الروسي أن الضربات الجوية أصابت مواقع للمسلحين شمالي البلاد.",
    ];

    [Fact]
    public void BuildingAPipelineCompletesTheFirstKeyIndex()
    {
        using var library = new FreshLibrary();
        Assert.Equal(0, library.IndexVersion);
        _ = library.Pipeline;
        int built = library.IndexVersion;
        Assert.True(built > 0);

        int events = Texts.Sum(library.EventCount);
        Assert.True(events >= 3, $"the texts should reach the event stage ({events} events)");
        // no list joined the index while the documents were read: a word's lexicon mask was the same for all of them
        Assert.Equal(built, library.IndexVersion);
    }

    [Fact]
    public void AListRegisteredOnlyAsAFilterLeavesSurnamesAlone()
    {
        const string text = "قال وزير الدفاع البريطاني مايكل زيلنكار إن بلاده مستعدة. وأضاف زيلنكار أن القرار نهائي.";
        const string index = "Rasd.Lexicons.FirstKeyIndex";
        using var library = new FreshLibrary();
        Assert.Contains("زيلنكار", library.MentionTexts(text));

        // a filter-only list starting with the surname: still a surname
        library.Call(index, "Add", "زيلنكار", library.Call(index, "NewFilterBit"));
        Assert.Contains("زيلنكار", library.MentionTexts(text));

        // a word list that knows the word: no longer taken for a surname (what the filter bit must not do)
        library.Call(index, "Add", "زيلنكار", library.Call(index, "NewBit"));
        Assert.DoesNotContain("زيلنكار", library.MentionTexts(text));
    }
}
