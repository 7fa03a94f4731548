namespace Rasd.Ner;

/// <summary>The statistical NER layer: model spans in text order (before merging with the gazetteer entities).</summary>
public sealed record NerLayer(IReadOnlyList<NerSpan> Spans);
