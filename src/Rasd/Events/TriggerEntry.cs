namespace Rasd.Events;

/// <summary>A trigger lexicon entry: the PLOVER type it announces and, for attacks, how.</summary>
public sealed record TriggerEntry(string Phrase, string Type, string? AttackMode)
{
    /// <summary>Matched with a possessive pronoun ("دعمها"): a verbal noun whose agent was named before it.</summary>
    public bool Possessive { get; init; }

    /// <summary>A finite verb whose spelling is also a noun ("طالب" demanded / student): it carries no ال ب ل ك.</summary>
    public bool IsVerb { get; init; }

    /// <summary>The phrase as the tables compare words: folded.</summary>
    public string FoldedPhrase { get; } = Text.ArabicFolding.FoldString(Phrase);

    /// <summary>
    /// A verb in the plural ("يتهمون", "طالبوا"): a verb before its subject stays singular, so a plural one has its subject before
    /// it or in itself, and the name after it is whom it is done to. (Not a plural noun: "مسؤولون" opens with م; "تعاون" is no plural.)
    /// </summary>
    /// <remarks>Worked out once from the spelling: every argument search asks it. A dual verb ("تتهمان", "اتفقا"; form "dual" in the
    /// table) is set by the lexicon: its endings are also those of nouns ("هجوما", "بيان"), so only the table can tell.</remarks>
    public bool PluralVerb { get; init; } = IsPluralVerb(Text.ArabicFolding.FoldString(Phrase));

    private static bool IsPluralVerb(string folded) => folded.Length > 4 && !folded.Contains(' ')
        && (folded.EndsWith("وا", StringComparison.Ordinal)
            || folded[0] is 'ي' or 'ت' && folded.EndsWith("ون", StringComparison.Ordinal) && folded[^3] != 'ا');

    /// <summary>A predicate that blames the one named before it ("إن النظام مسؤول عن الهجوم"): the sentence's speaker accuses.</summary>
    public bool BlamesSubject { get; init; }

    /// <summary>A verb in the first person ("ندعو", "أطالب"): its subject is the speaker, so a name after it is whom it addresses.</summary>
    public bool FirstPerson { get; init; }

    /// <summary>Made for an event that only a figure announces ("مقتل 5 مدنيين"), at the figure's governing word; no listed word.</summary>
    public bool FromFigure { get; init; }

    /// <summary>The named operation this entry is the name of ("غصن الزيتون"), whose known parties, places and days fill what the text leaves out.</summary>
    public NamedOperation? Operation { get; init; }
}
