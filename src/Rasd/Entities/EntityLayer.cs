using Rasd.Text;

namespace Rasd.Entities;

/// <summary>The entity layer: named entities and actor phrases in text order, each resolved to codes and places.</summary>
public sealed record EntityLayer(IReadOnlyList<EntityMention> Mentions)
{
    /// <summary>Mentions inside a span of the original text.</summary>
    public IEnumerable<EntityMention> In(TextSpan span) => Mentions.Where(m => span.Contains(m.Span));

    /// <summary>Mentions that can act (with an actor code) inside a span, in text order.</summary>
    public IEnumerable<EntityMention> ActorsIn(TextSpan span) => In(span).Where(m => m.Actor is not null);

    /// <summary>Place mentions (with governorate or country codes) inside a span, in text order.</summary>
    public IEnumerable<EntityMention> PlacesIn(TextSpan span) => In(span).Where(m => m.Places.Count > 0);

    /// <summary>The distinct place codes (governorate p-codes, ISO alpha-3) named inside a span.</summary>
    public IReadOnlyList<string> PlaceCodesIn(TextSpan span) => PlacesIn(span).SelectMany(m => m.Places).Distinct().ToList();

    /// <summary>The distinct actor codes named inside a span.</summary>
    public IReadOnlyList<string> ActorCodesIn(TextSpan span) => ActorsIn(span).Select(m => m.Actor!).Distinct().ToList();
}
