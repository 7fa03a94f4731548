using Rasd.Ner;

namespace Rasd.Tests.Ner;

public class FamilyNameEchoTests
{
    private static readonly NerLabels Labels = NerLabels.FromTags(["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]);

    // sentences of folded words and their tags; returns the tags after the echo step
    private static string[][] Echo(int window, params (string Words, string Tags)[] sentences)
    {
        var profiles = sentences.Select(s => s.Words.Split(' ').Select(w => new NerFeaturizer.Profile { Own = [], CoreKey = w }).ToArray()).ToList();
        var tags = sentences.Select(s => s.Tags.Split(' ').Select(Labels.IndexOf).ToArray()).ToArray();
        FamilyNameEcho.Apply(profiles, tags, Labels, window);
        return [.. tags.Select(t => t.Select(i => Labels.Names[i]).ToArray())];
    }

    [Fact]
    public void A_family_name_standing_alone_after_the_full_name_is_a_person()
    {
        var tags = Echo(10,
            ("وصل نادر الحداد امس", "O B-PER I-PER O"),
            ("وقال الحداد ان الوفد", "O O O O"),
            ("واضاف والحداد ثم", "O O O"));
        Assert.Equal(["O", "B-PER", "O", "O"], tags[1]);
        Assert.Equal(["O", "B-PER", "O"], tags[2]); // behind a proclitic too
    }

    [Fact]
    public void Particles_numbers_names_beside_other_names_and_far_sentences_are_left_alone()
    {
        var tags = Echo(2,
            ("التقى محمد علي و عبدالله الثاني", "O B-PER I-PER O B-PER I-PER"),
            ("سار علي الطريق الثاني", "O O O O"), // على folds to علي; an ordinal is not a name
            ("مدينة الحداد", "B-LOC O"),
            ("وصل سامي الحداد", "O B-PER I-PER"),
            ("مدينه الحداد", "B-LOC O"), // beside another name: its extent is the tagger's call
            ("x", "O"), ("x", "O"), ("x", "O"),
            ("قال محمد كلمه", "O O O")); // no full name ended in "محمد"
        Assert.All(tags[1], t => Assert.Equal("O", t));
        Assert.Equal(["B-LOC", "O"], tags[2]);
        Assert.Equal(["B-LOC", "O"], tags[4]);
        Assert.All(tags[8], t => Assert.Equal("O", t));
    }

    [Fact]
    public void Beyond_the_window_nothing_changes()
    {
        var tags = Echo(1,
            ("وصل نادر الحداد", "O B-PER I-PER"),
            ("x", "O"),
            ("وقال الحداد", "O O"));
        Assert.Equal(["O", "O"], tags[2]);
        var near = Echo(2,
            ("وصل نادر الحداد", "O B-PER I-PER"),
            ("x", "O"),
            ("وقال الحداد", "O O"));
        Assert.Equal(["O", "B-PER"], near[2]);
    }
}
