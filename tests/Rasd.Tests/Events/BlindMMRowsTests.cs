using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round MM's rows that need more than one event row: a death sentence passed but not carried out is no killing; a search inside a building is no talks; whom a speaker addresses is not the speaker; a meeting and a call told in two clauses with their own days are two events; "هذا أول اجتماع" is the meeting told before; what is said "في حواره" was said on the interview's day.</summary>
public class BlindMMRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string text) =>
        Pipeline.Extract(new Document(text, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    // "حكم القتل" passed (صدر) is a sentence, a coercion; only "تنفيذ حكم القتل" kills
    [InlineData("وصدر بحقه حكم القتل تعزيرا في الرياض أمس.")]
    [InlineData("وأصدرت المحكمة حكم القصاص بحق الجاني الأسبوع الماضي.")]
    public void APassedDeathSentenceIsNoKilling(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Type == "ASSAULT");

    [Fact]
    public void ASearchInsideIsNoTalks() =>
        // "للبحث داخل المبنى" searches the building; "بحث" is talks only with a topic ("بحث الوضع في سوريا")
        Assert.DoesNotContain(Extract("وأكد مصدر أن السلطات التركية منحت الإذن لفريق المحققين الدوليين للبحث داخل المبنى.").Events, e => e.Type == "CONSULT");

    [Fact]
    public void WhomTheSpeakerAddressesDoesNotSpeakNext() =>
        // "مخاطبا الحكومة الأمريكية" names the addressee; the threat that follows is not the US government's
        Assert.DoesNotContain(Extract("وقال مخاطبا الحكومة الأمريكية \"لن نقبل بهذا\". وتوعد قائلا \"سيكون ردنا قاسيا\".").Events,
            e => e.Actors.Contains("USAGOV"));

    [Theory]
    // the meeting on Tuesday, the call on Sunday: each clause dates its own talks
    [InlineData("والتقى وزير الخارجية الروسي نظيره التركي في موسكو الثلاثاء الماضي، وأجرى الرئيسان الروسي والتركي اتصالا هاتفيا الأحد.")]
    [InlineData("وعقد وزير الخارجية الروسي ونظيره التركي اجتماعا في موسكو الثلاثاء الماضي، وأعقبه اتصال هاتفي بين الرئيس الروسي، فلاديمير بوتين، والرئيس التركي رجب طيب أردوغان، الأحد.")]
    public void TalksDatedInTwoClausesAreTwo(string sentence)
    {
        var talks = Extract(sentence).Events.Where(e => e.Type == "CONSULT").ToList();
        Assert.Contains(talks, e => e.Time != null && e.Time.Begin == "2024-03-12");
        Assert.Contains(talks, e => e.Time != null && e.Time.Begin == "2024-03-10");
    }

    [Fact]
    public void TheFirstMeetingSpokenOfIsTheOneToldBefore()
    {
        // "ويعد هذا أول اجتماع … منذ …، الخميس الماضي": the day belongs to what the meeting is the first since
        var talks = Extract("والتقى وزير الخارجية الروسي نظيره التركي في موسكو اليوم. ويعد هذا أول اجتماع بين الجانبين منذ الإعلان عن تشكيل لجنة مشتركة، الخميس الماضي.").Events
            .Where(e => e.Type == "CONSULT").ToList();
        Assert.Single(talks);
        Assert.Equal("2024-03-14", talks[0].Time?.Begin);
    }

    [Fact]
    public void WhatIsSaidInTheInterviewTakesItsDay()
    {
        var events = Extract("واتهم الرئيس المصري في حوار نشرته صحيفة كويتية مساء الثلاثاء الحكومة التركية بنشر الفوضى. ودعا الرئيس المصري في حواره مع الصحيفة إلى التعاون بين الدول العربية.").Events;
        Assert.Contains(events, e => e.Type == "REQUEST" && e.Time != null && e.Time.Begin == "2024-03-12");
    }
}
