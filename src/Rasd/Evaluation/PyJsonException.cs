namespace Rasd.Evaluation;

/// <summary>Text that Python's json.loads would refuse (syntax, nesting depth, an over-long integer).</summary>
public sealed class PyJsonException(string message) : Exception(message);
