using Rasd.Text;

namespace Rasd.Documents;

/// <summary>An article to analyse: its text and what is known about it.</summary>
/// <param name="Text">The text every offset in the record refers to.</param>
/// <param name="Name">A human name (file stem, corpus id) used as the record's document id.</param>
/// <param name="Published">The publication date that relative dates resolve against; null when unknown.</param>
public sealed record Document(string Text, string? Name = null, DateOnly? Published = null, string? Source = null, string? Url = null, string? Title = null)
{
    private string? _hash;

    /// <summary>Content identity: a hash of the normalised text, so the same article from two files is one document.</summary>
    public string Hash => _hash ??= DocumentHash.Of(Text);

    /// <summary>Sets the hash from the folded view of <see cref="Text"/> when that gives the same hash, so the text is not folded twice.</summary>
    internal void HashFrom(FoldedText folded)
    {
        if (_hash is null && ReferenceEquals(folded.Original, Text)) _hash = DocumentHash.OfFolded(folded);
    }

    /// <summary>True when <see cref="Text"/> was extracted from something other than a plain text file (HTML, feed, corpus), so records carry it.</summary>
    public bool TextExtracted { get; init; }

    /// <summary>The id written to records: the name when there is one, else the hash.</summary>
    public string Id => Name ?? Hash;
}
