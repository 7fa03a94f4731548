using System.IO.Compression;
using Rasd.Ner;

namespace Rasd.Tests.Ner;

public class NameLikenessTests
{
    // invented lists: transliterated-looking surnames against ordinary news words
    private static readonly string[] Surnames = ["جونسون", "روبرتسون", "ستيفنسون", "هاريسون", "ويلسون", "جاكسون", "نيلسون", "كارلسون", "ماكسويل", "ديكنز"];
    private static readonly string[] Common = ["الحكومه", "المدينه", "الاجتماع", "الوزاره", "يقول", "الجديده", "الاقتصاديه", "المؤتمر", "الشرطه", "العاصمه", "قالت", "المشروع"];

    [Fact]
    public void A_character_model_prefers_the_spelling_it_was_trained_on()
    {
        var names = new CharNgramModel(Surnames);
        var words = new CharNgramModel(Common);
        // neither word is in either list
        Assert.True(names.LogProb("اندرسون") > words.LogProb("اندرسون"));
        Assert.True(words.LogProb("الزراعيه") > names.LogProb("الزراعيه"));
        Assert.True(names.LogProb("جونسون") > names.LogProb("نوسنوج"), "a seen word beats its letters reversed");
    }

    [Fact]
    public void Continuation_probabilities_over_the_alphabet_sum_to_almost_one()
    {
        var model = new CharNgramModel(Common, order: 3);
        var alphabet = Common.SelectMany(w => w).Distinct().Append('\u0003').ToList();
        foreach (var prefix in new[] { "", "ال", "الو", "قز" })
        {
            double mass = alphabet.Sum(c => model.Continuation(prefix, c));
            // the rest is the one slot kept for letters never seen
            Assert.InRange(mass, 0.9, 1.0);
        }
    }

    [Fact]
    public void Ratios_bucket_a_name_like_word_above_a_common_one_for_its_type()
    {
        var tagged = Surnames.Select(w => (w, "B-PER")).Concat(Common.Select(w => (w, "O")));
        var likeness = NameLikeness.FromTagged(tagged);
        Assert.Equal(["PER"], likeness.Types);
        var name = likeness.Buckets("اندرسون");
        var word = likeness.Buckets("الزراعيه");
        Assert.True(name[0] > word[0], $"name bucket {name[0]}, common word bucket {word[0]}");
        Assert.True(likeness.Ratios("اندرسون")[0] > 0);
        Assert.True(likeness.Ratios("الزراعيه")[0] < 0);
        Assert.Empty(likeness.Buckets(""));
        Assert.Empty(NameLikeness.Empty.Buckets("اندرسون"));
    }

    [Fact]
    public void Training_with_the_group_stores_the_models_and_they_round_trip()
    {
        var model = new NerTrainer(new NerTrainerOptions { Epochs = 3, Bits = 15 }).Train(SyntheticCorpus.Make(80, seed: 5));
        Assert.Contains("PER", model.Likeness.Types);
        Assert.Contains("سلمان", model.Likeness.WordsByClass["PER"]);
        Assert.Contains("ذهب", model.Likeness.WordsByClass[NameLikeness.Outside]);

        using var first = new MemoryStream();
        model.Save(first);
        first.Position = 0;
        var loaded = NerModel.Load(first);
        Assert.Equal(model.Likeness.WordsByClass.OrderBy(e => e.Key).Select(e => (e.Key, string.Join(" ", e.Value))),
            loaded.Likeness.WordsByClass.OrderBy(e => e.Key).Select(e => (e.Key, string.Join(" ", e.Value))));
        Assert.Equal(model.Likeness.Ratios("اندرسون"), loaded.Likeness.Ratios("اندرسون"));
        foreach (var s in SyntheticCorpus.Make(20, seed: 6))
            Assert.Equal(model.Tag(s.Tokens), loaded.Tag(s.Tokens));

        var without = new NerTrainer(new NerTrainerOptions { Epochs = 3, Bits = 15, Groups = NerFeatureGroups.All & ~NerFeatureGroups.NameLike }).Train(SyntheticCorpus.Make(80, seed: 5));
        Assert.True(without.Likeness.IsEmpty);
        Assert.NotEqual(model.Emission, without.Emission);
    }

    [Fact]
    public void A_version_1_model_file_still_loads_and_tags_the_same()
    {
        var model = new NerTrainer(new NerTrainerOptions { Epochs = 3, Bits = 15, Groups = NerFeatureGroups.All & ~NerFeatureGroups.NameLike }).Train(SyntheticCorpus.Make(80, seed: 5));
        using var current = new MemoryStream();
        model.Save(current);
        var old = ToVersion1(current.ToArray());
        var loaded = NerModel.Load(new MemoryStream(old));
        Assert.True(loaded.Likeness.IsEmpty);
        Assert.Equal(model.Emission, loaded.Emission);
        foreach (var s in SyntheticCorpus.Make(20, seed: 6))
            Assert.Equal(model.Tag(s.Tokens), loaded.Tag(s.Tokens));
    }

    /// <summary>A version-1 file of a model without name-likeness models: the body without the class count version 2 appends (zero).</summary>
    private static byte[] ToVersion1(byte[] file)
    {
        using var body = new MemoryStream();
        using (var gz = new GZipStream(new MemoryStream(file, 12, file.Length - 12), CompressionMode.Decompress)) gz.CopyTo(body);
        var bytes = body.ToArray();
        Assert.All(bytes[^4..], b => Assert.Equal(0, b));
        using var result = new MemoryStream();
        result.Write(file, 0, 8);
        result.Write(BitConverter.GetBytes(1));
        using (var gz = new GZipStream(result, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(bytes, 0, bytes.Length - 4);
        return result.ToArray();
    }
}
