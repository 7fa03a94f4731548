namespace Rasd.Entities;

/// <summary>Which lexicon an entry comes from; decides how it is matched and resolved.</summary>
public enum EntryKind { Country, Capital, WorldCity, SyrianPlace, Region, Organisation, Person, Actor }
