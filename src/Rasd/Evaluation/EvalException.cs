namespace Rasd.Evaluation;

/// <summary>An evaluation that cannot be scored at all (no gold files, an unreadable gold file): exit status 2.</summary>
public sealed class EvalException(string message) : Exception(message);
