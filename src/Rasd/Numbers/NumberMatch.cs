using Rasd.Text;

namespace Rasd.Numbers;

/// <summary>A number recognised over tokens [FirstToken, FirstToken + TokenCount) with its exact value.</summary>
/// <param name="IsVague">"بضعة" (a few): the value is a floor, not a count.</param>
/// <param name="IsWords">Written in words rather than digits.</param>
public readonly record struct NumberMatch(int FirstToken, int TokenCount, TextSpan Span, decimal Value, NumberKind Kind, bool IsVague = false, bool IsWords = false)
{
    public int EndToken => FirstToken + TokenCount;
}
