using Rasd.Ner;

namespace Rasd.Tests.Ner;

public class NameEchoTests
{
    private static readonly NerLabels Labels = NerLabels.FromTags(["O", "B-PER", "B-ORG", "B-LOC"]);

    // sentences of folded words and their tags; returns the tags after the echo step
    private static string[][] Echo(int window, params (string Words, string Tags)[] sentences)
    {
        var profiles = sentences.Select(s => s.Words.Split(' ').Select(w => new NerFeaturizer.Profile { Own = [], CoreKey = w }).ToArray()).ToList();
        var tags = sentences.Select(s => s.Tags.Split(' ').Select(Labels.IndexOf).ToArray()).ToArray();
        NameEcho.Apply(profiles, tags, Labels, window);
        return [.. tags.Select(t => t.Select(i => Labels.Names[i]).ToArray())];
    }

    [Fact]
    public void A_one_word_organisation_is_one_again_where_it_stands_alone()
    {
        var tags = Echo(10,
            ("اعلنت الرابطه ان", "O B-ORG O"),
            ("وقالت الرابطه في بيان", "O O O O"),
            ("ثم زار سلوان الرابطه", "O O B-PER O"), // beside a name: the tagger chose the extent
            ("وانتقدت وللرابطه موقف", "O O O")); // behind a proclitic; two are too many
        Assert.Equal(["O", "B-ORG", "O", "O"], tags[1]);
        Assert.Equal(["O", "O", "O"], tags[3]);
        Assert.Equal(["O", "B-ORG"], Echo(10, ("اعلنت الرابطه", "O B-ORG"), ("ونددت والرابطه", "O O"))[1]);
        Assert.Equal(["O", "O", "B-PER", "O"], tags[2]);
    }

    [Fact]
    public void Places_disagreements_particles_and_far_sentences_are_left_alone()
    {
        var tags = Echo(2,
            ("زار تلكرم", "O B-LOC"),
            ("في تلكرم", "O O"), // places are not echoed
            ("قال نوار", "O B-PER"),
            ("فريق نوار", "O B-ORG"),
            ("ان نوار قال", "O O O"), // PER here, ORG there: no agreement
            ("ذهب علي", "O B-PER"),
            ("سار علي الطريق", "O O O"), // على folds to علي: never a name alone
            ("x", "O"), ("x", "O"), ("x", "O"),
            ("وقالت الرابطه", "O O"));
        Assert.Equal(["O", "O"], tags[1]);
        Assert.Equal(["O", "O", "O"], tags[4]);
        Assert.Equal(["O", "O", "O"], tags[6]);
        Assert.Equal(["O", "O"], tags[10]);
    }

    [Fact]
    public void Beyond_the_window_nothing_changes()
    {
        Assert.Equal(["O", "O"], Echo(1, ("اعلنت الرابطه", "O B-ORG"), ("x", "O"), ("وقالت الرابطه", "O O"))[2]);
        Assert.Equal(["O", "B-ORG"], Echo(2, ("اعلنت الرابطه", "O B-ORG"), ("x", "O"), ("وقالت الرابطه", "O O"))[2]);
    }
}
