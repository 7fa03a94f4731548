namespace Rasd.Entities;

/// <summary>Named entity types of the record format.</summary>
public enum EntityType { Per, Org, Loc }
