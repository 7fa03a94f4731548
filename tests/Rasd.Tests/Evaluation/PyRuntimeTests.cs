using System.Numerics;
using Rasd.Evaluation;

namespace Rasd.Tests.Evaluation;

/// <summary>The Python semantics the scorer port relies on: JSON reading, float formatting, repr, \w tokens.</summary>
public class PyRuntimeTests
{
    [Theory]
    [InlineData(0.0625, 3, "0.062")] // an exact tie rounds to even, as Python's format does
    [InlineData(0.1875, 3, "0.188")]
    [InlineData(2.0 / 3, 3, "0.667")]
    [InlineData(0.0, 3, "0.000")]
    [InlineData(1.0, 3, "1.000")]
    [InlineData(2.675, 2, "2.67")] // 2.675 is stored just below the tie
    [InlineData(0.0015, 3, "0.002")]
    public void FixedMatchesPythonFormat(double x, int digits, string expected) => Assert.Equal(expected, PyFloat.Fixed(x, digits));

    [Theory]
    [InlineData(0.03125, 0.0312)]
    [InlineData(1.0 / 3, 0.3333)]
    [InlineData(0.66666, 0.6667)]
    public void RoundIsCorrectlyRoundedHalfEven(double x, double expected) => Assert.Equal(expected, PyFloat.Round(x, 4));

    [Theory]
    [InlineData(45.0, "45.0")]
    [InlineData(0.0625, "0.0625")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(2.5e300, "2.5e+300")]
    [InlineData(-0.0, "-0.0")]
    public void ReprMatchesPython(double x, string expected) => Assert.Equal(expected, PyFloat.Repr(x));

    [Fact]
    public void ReprOfJsonValuesMatchesPython()
    {
        var v = PyJson.Parse("[\"a\", 1.0, null, true, {\"k\": \"it's\"}, 7, \"tab\\there\", \"\\u200f\"]");
        Assert.Equal("['a', 1.0, None, True, {'k': \"it's\"}, 7, 'tab\\there', '\\u200f']", PyText.Repr(v));
    }

    [Fact]
    public void JsonReadsAsPythonDoes()
    {
        var d = Assert.IsType<PyDict>(PyJson.Parse("{\"a\": 1, \"b\": 2.50, \"a\": NaN, \"c\": -Infinity, \"d\": 12345678901234567890123}"));
        Assert.Equal(["a", "b", "c", "d"], d.Select(kv => kv.Key)); // a repeated key keeps its first place and its last value
        Assert.True(double.IsNaN((double)d.Get("a")!));
        Assert.Equal(2.5, d.Get("b"));
        Assert.Equal(double.NegativeInfinity, d.Get("c"));
        Assert.Equal(BigInteger.Parse("12345678901234567890123"), d.Get("d"));
        Assert.Equal("\uD83D\uDE00", PyJson.Parse("\"\\ud83d\\ude00\""));
        Assert.Equal("\uD800x", PyJson.Parse("\"\\ud800x\"")); // a lone surrogate escape is kept
    }

    [Theory]
    [InlineData("{\"a\": 1,}")]
    [InlineData("[01]")]
    [InlineData("\"tab\there\"")]
    [InlineData("\uFEFF{}")]
    [InlineData("{} x")]
    [InlineData("[1.]")]
    [InlineData("'single'")]
    public void JsonRefusesWhatPythonRefuses(string text) => Assert.Throws<PyJsonException>(() => PyJson.Parse(text));

    [Fact]
    public void JsonNestingAndIntegerLimitsFollowPython()
    {
        string Nest(int n) => new string('[', n) + new string(']', n);
        Assert.NotNull(PyJson.Parse(Nest(PyJson.MaxDepth)));
        Assert.Throws<PyJsonException>(() => PyJson.Parse(Nest(PyJson.MaxDepth + 1)));
        Assert.NotNull(PyJson.Parse(new string('9', PyJson.MaxIntDigits)));
        Assert.Throws<PyJsonException>(() => PyJson.Parse(new string('9', PyJson.MaxIntDigits + 1)));
    }

    [Fact]
    public void CasingUsesFullMappings()
    {
        Assert.Equal("STRASSE", PyText.Upper("straße"));
        Assert.Equal("strasse", PyText.Casefold("STRAßE"));
        Assert.Equal("killed", PyText.Lower("KILLED"));
    }

    [Fact]
    public void WordRunsFollowPythonUnicodeW()
    {
        // combining marks and '_' split words in Python's \w (unlike .NET's \w); letters and numbers of any script join
        Assert.Equal(["abc", "x", "٣٤", "ⅻ"], PyText.AlnumRuns("abc_x, ٣٤ ⅻ"));
        Assert.Equal(["ب", "ت"], PyText.AlnumRuns("ب\u0654ت"));
    }

    [Fact]
    public void WhitespaceIsPythonsNotDotNets()
    {
        Assert.Equal("x", PyText.Strip("\x1c x\u3000"));
        Assert.Equal("\u200bx", PyText.Strip("\u200bx")); // zero-width space is not whitespace for Python
    }
}
