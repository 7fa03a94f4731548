using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>"بلاده / بلادها" is the state of the nearest speaker named before it in the sentence.</summary>
public class CountryAnaphoraTests
{
    private static string? ActorOf(string sentence, string word) =>
        EntityTestKit.Layer(sentence).Mentions.FirstOrDefault(m => m.Text.EndsWith(word, StringComparison.Ordinal))?.Actor;

    [Theory]
    [InlineData("وقال وزير الخارجية الروسي إن بلاده لن تسمح بتقسيم البلاد", "بلاده", "RUSGOV")]
    [InlineData("وأكدت الخارجية التركية أن بلادها ستواصل عملياتها", "بلادها", "TURGOV")]
    // "بلاده" (his) is the American's, not Turkey's, which is nearer but feminine
    [InlineData("وقال الرئيس الأمريكي إن تركيا تهدد أمن بلاده", "بلاده", "USAGOV")]
    public void His_or_her_country_is_the_speakers_state(string sentence, string word, string actor) =>
        Assert.Equal(actor, ActorOf(sentence, word));

    [Theory]
    // no speaker with a state
    [InlineData("وقال الباحث إن بلاده لن تتدخل")]
    // the nearest speaker's state is unknown: the state named before them is not reached for
    [InlineData("ورد الرئيس الأمريكي على يوسف الحمصي الذي قال إن بلاده تعاني")]
    public void Without_the_speakers_state_nothing_is_resolved(string sentence) =>
        Assert.Null(ActorOf(sentence, "بلاده"));
}
