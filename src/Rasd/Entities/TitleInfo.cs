namespace Rasd.Entities;

/// <summary>A head word of titles.tsv: a person's title ("وزير الخارجية"), an organisation head ("الجيش") or an actor head ("الطيران").</summary>
public sealed record TitleInfo(string Phrase, string Role, string Sector, string Kind)
{
    public bool IsPerson => Kind == "person";

    public bool IsOrg => Kind == "org";
}
