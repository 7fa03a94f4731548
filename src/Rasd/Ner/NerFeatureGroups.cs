namespace Rasd.Ner;

/// <summary>Feature groups of the tagger; each can be switched off for ablations.</summary>
[Flags]
public enum NerFeatureGroups
{
    None = 0,
    /// <summary>The token as written.</summary>
    Word = 1,
    /// <summary>The folded token.</summary>
    Folded = 2,
    /// <summary>The stem after clitic removal.</summary>
    Stem = 4,
    /// <summary>Prefixes and suffixes of 1–4 chars.</summary>
    Affixes = 8,
    /// <summary>The proclitics present and the article ال.</summary>
    Clitics = 16,
    /// <summary>Shape: digits, Latin, punctuation, length.</summary>
    Shape = 32,
    /// <summary>Neighbouring tokens ±2 and word bigrams.</summary>
    Context = 64,
    /// <summary>Gazetteer and title-cue membership (B/I of a match, and beside one).</summary>
    Gazetteer = 128,
    /// <summary>Unsupervised word clusters (three granularities), for the token and its neighbours.</summary>
    Clusters = 256,
    /// <summary>Second pass: how a first-pass tagger labelled the same word elsewhere in the document.</summary>
    History = 512,
    /// <summary>Prefixes and suffixes (1–3 chars) of the stems of the tokens either side (opt-in: −0.7 F1 on ANERcorp).</summary>
    NeighbourAffixes = 1024,
    /// <summary>Cluster ids of the neighbours at every granularity and cluster bigrams (previous/next × this word).</summary>
    ClusterContext = 2048,
    /// <summary>Decoding: a word that ended a 2+-word person name elsewhere in the document is a person where it stands alone (<see cref="FamilyNameEcho"/>).</summary>
    FamilyNames = 8192,
    /// <summary>Decoding: a word tagged a one-word organisation or person elsewhere in the document is one where it stands alone tagged O (<see cref="NameEcho"/>).</summary>
    NameEcho = 16384,
    /// <summary>How much the word's (and its neighbours') spelling looks like a name of each type, by character n-gram models (<see cref="NameLikeness"/>).</summary>
    NameLike = 32768,
    All = Word | Folded | Stem | Affixes | Clitics | Shape | Context | Gazetteer | Clusters | History | FamilyNames | NameEcho | NameLike,
}
