namespace Rasd.Tests.Events;

/// <summary>"أقام موقعا", "إقامة قواعد": setting up military positions or bases is a build-up (MOBILIZE); residing or building relations is not.</summary>
public class MilitaryPositionTests
{
    [Fact]
    public void SettingUpPositionsIsAMobilisation() =>
        Assert.Contains(EventTexts.Extract("وتواصل القوات الفرنسية إقامة مواقع جديدة قرب مدينة الرقة.").Events,
            e => e.Type == "MOBILIZE" && e.Actors.Contains("FRAMIL"));

    [Fact]
    public void APositionNamedPastTheSubjectAndADateStillCounts() =>
        Assert.Contains(EventTexts.Extract("وأقامت وحدات من الجيش التركي، قبل ثلاثة أيام، موقعا على تلة قرب بلدة تل رفعت.").Events,
            e => e.Type == "MOBILIZE" && e.Actors.Contains("TURMIL"));

    [Fact]
    public void ABaseSetUpByAStateIsAMobilisation() =>
        Assert.Contains(EventTexts.Extract("وقال مسؤول إن موسكو تقيم قاعدة جديدة في ريف الحسكة.").Events, e => e.Type == "MOBILIZE");

    [Fact]
    public void ResidingIsNoMobilisation() =>
        Assert.DoesNotContain(EventTexts.Extract("وقال الطبيب الذي يقيم في بلدة سرمدا منذ عامين إن المستشفى مزدحم.").Events, e => e.Type == "MOBILIZE");

    [Fact]
    public void BuildingRelationsIsNoMobilisation() =>
        Assert.DoesNotContain(EventTexts.Extract("ودعا الوزير إلى إقامة علاقات جيدة مع دول الجوار.").Events, e => e.Type == "MOBILIZE");
}
