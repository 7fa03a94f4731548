using Rasd.Ingest;

namespace Rasd.Tests.Ingest;

/// <summary>Near-duplicate flagging: the same story lightly edited is caught, a different story on the same topic is not.</summary>
public class NearDuplicateTests
{
    private const string Story = "قالت مصادر محلية إن قصفاً جوياً استهدف سوقاً شعبية في بلدة الحمراء ظهر الخميس، ما أدى إلى مقتل سبعة مدنيين بينهم طفلان وإصابة أكثر من عشرين آخرين. وأضافت المصادر أن فرق الدفاع المدني عملت لساعات على انتشال الضحايا من تحت الأنقاض، وأن المستشفى الميداني في البلدة استقبل معظم الجرحى. ولم تعلن أي جهة مسؤوليتها عن القصف حتى مساء اليوم نفسه، فيما طالب ناشطون بتحقيق مستقل في الحادثة.";

    // republished: spelling variants (hamza, ta marbuta), a new lead sentence, a dropped last clause
    private const string Republished = "عاجل: قالت مصادر محلية ان قصفا جويا استهدف سوقا شعبيه في بلدة الحمراء ظهر الخميس، ما أدى إلى مقتل سبعة مدنيين بينهم طفلان وإصابة أكثر من عشرين آخرين. وأضافت المصادر أن فرق الدفاع المدني عملت لساعات على انتشال الضحايا من تحت الأنقاض، وأن المستشفى الميداني في البلدة استقبل معظم الجرحى. ولم تعلن أي جهة مسؤوليتها عن القصف حتى مساء اليوم نفسه.";

    private const string Other = "أعلنت وزارة الزراعة بدء حملة لمكافحة الجراد في المحافظات الجنوبية، بمشاركة خمسين فريقاً ميدانياً مزوداً بالمبيدات والمعدات اللازمة. وقال مسؤول في الوزارة إن أسراب الجراد رصدت قرب الحدود الأسبوع الماضي، وإن الحملة تستمر ثلاثة أسابيع على الأقل. ودعا المزارعين إلى الإبلاغ عن أي أسراب جديدة عبر الرقم المجاني.";

    [Fact]
    public void Republished_story_is_flagged_and_a_different_story_is_not()
    {
        var detector = new NearDuplicateDetector(threshold: 0.6);
        Assert.Null(detector.Add("a", Story));
        Assert.Null(detector.Add("b", Other));
        var match = detector.Add("c", Republished);
        Assert.NotNull(match);
        Assert.Equal("a", match!.EarlierId);
        Assert.InRange(match.Similarity, 0.6, 1.0);
        Assert.True(detector.Jaccard(Story, Other) < 0.1);
    }

    [Fact]
    public void Minhash_estimate_tracks_exact_jaccard()
    {
        var detector = new NearDuplicateDetector();
        var exact = detector.Jaccard(Story, Republished);
        var estimate = NearDuplicateDetector.Estimate(detector.Signature(Story), detector.Signature(Republished));
        Assert.InRange(estimate, exact - 0.15, exact + 0.15);
    }

    [Fact]
    public void Content_hash_ignores_spelling_variants_and_spacing()
    {
        var a = new Rasd.Documents.Document("قالت مصادر محلية إن قصفاً جوياً استهدف سوقاً\nشعبية");
        var b = new Rasd.Documents.Document("قالت  مصادر محلية ان قصفا جويا استهدف سوقا شعبيه");
        var c = new Rasd.Documents.Document("قالت مصادر محلية إن قصفاً جوياً استهدف مدرسة");
        Assert.Equal(a.Hash, b.Hash);
        Assert.NotEqual(a.Hash, c.Hash);
    }
}
