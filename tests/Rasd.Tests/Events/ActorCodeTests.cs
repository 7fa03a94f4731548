using Rasd.Events;

namespace Rasd.Tests.Events;

/// <summary>Actor codes: a state's government and army share its country; codes without one (IGO) share only with each other.</summary>
public class ActorCodeTests
{
    [Theory]
    [InlineData("SYRGOV", "SYRMIL", true)]
    [InlineData("SYRGOV", "RUSGOV", false)]
    [InlineData("IGO", "IGO", true)]
    [InlineData("IGO", "SYRGOV", false)]
    [InlineData("SYRGOV", "IGO", false)]
    public void SameCountryComparesTheCountryPart(string a, string b, bool same)
    {
        Assert.Equal(same, ActorCode.SameCountry(a, b));
        Assert.Equal(ActorCode.Country(a) == ActorCode.Country(b), ActorCode.SameCountry(a, b));
    }
}
