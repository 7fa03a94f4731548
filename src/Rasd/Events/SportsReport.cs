using Rasd.Lexicons;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>Recognises a match report (data/sports_words.tsv) and the sentences of it that tell the match, where trigger words have their sports sense.</summary>
/// <remarks>
/// "خرج الفريق من البطولة" is an elimination, "اللقاء الذي جمعهما" a match, "طرد اللاعب" a sending-off: no withdrawal, meeting or expulsion.
/// A single sports word proves nothing (a stadium shelled, a player killed in the war), so the text must use several distinct
/// concepts of the game before its sentences with a sports word lose their triggers; its other sentences keep theirs.
/// </remarks>
public static class SportsReport
{
    private const int MinConcepts = 5;

    private static readonly TokenTrie<SportsWord> Words = Load();

    // a word's concept, and whether it alone tells the game ("مباراة", not "دوري", also "periodic")
    private sealed record SportsWord(string Concept, bool Alone);

    // trigger words that a report uses in their game sense in every sentence, not only in those naming a sports word
    private static readonly TsvTable SenseTable = TsvTable.LoadEmbedded("sports_sense_triggers");

    private static readonly HashSet<string> GameSenseTriggers = SenseTable.FoldedWhere("scope", "report", "trigger");

    // words of war that a sentence telling the game uses for plays and contests ("قيادة هجوم المنتخب في المباراة")
    private static readonly HashSet<string> PlayTriggers = SenseTable.FoldedWhere("scope", "play", "trigger");

    // fans and the police: a play word beside them is a riot, not a play
    private static readonly HashSet<string> CrowdWords = TsvTable.FoldedWords("sports_crowd_words");

    private static TokenTrie<SportsWord> Load()
    {
        var table = TsvTable.LoadEmbedded("sports_words");
        var trie = new TokenTrie<SportsWord>();
        foreach (var row in table.Rows) trie.Add(row[0], new SportsWord(table.Cell(row, "concept"), table.Cell(row, "alone") == "yes"));
        return trie;
    }

    /// <summary>The sports words of a text: the sentences that name one, the words found, and whether the text is a report.</summary>
    /// <param name="Sentences">per sentence, whether it names a sports word; null when the text names none</param>
    /// <param name="Tokens">the first token of each sports word found</param>
    /// <param name="Concepts">the concept of each sports word found</param>
    /// <param name="Alone">whether each sports word found alone tells the game</param>
    /// <param name="IsReport">whether the text names enough concepts to be a sports report</param>
    public readonly record struct SportsWords(bool[]? Sentences, int[] Tokens, string[] Concepts, bool[] Alone, bool IsReport);

    /// <summary>Finds the sports words of a text.</summary>
    public static SportsWords Scan(Analysis analysis)
    {
        // most texts name no sports word: the concepts and the matches go to this thread's lists, and the flags are made only
        // when there is one
        var concepts = _concepts ??= [];
        var tokens = _tokens ??= [];
        var values = _values ??= [];
        var alone = _alone ??= [];
        concepts.Clear();
        tokens.Clear();
        values.Clear();
        alone.Clear();
        foreach (var m in Words.Scan(analysis.Tokens, TokenMasks.For(analysis), 0, int.MaxValue))
        {
            // (a text names a handful of concepts at most: a list asks as a set would)
            if (!concepts.Contains(m.Value.Concept)) concepts.Add(m.Value.Concept);
            tokens.Add(m.FirstToken);
            values.Add(m.Value.Concept);
            alone.Add(m.Value.Alone);
        }
        if (tokens.Count == 0) return new SportsWords(null, [], [], [], false);
        var sentences = new bool[analysis.Sentences.Count];
        foreach (int token in tokens) sentences[analysis.SentenceOfToken(token).Index] = true;
        return new SportsWords(sentences, [.. tokens], [.. values], [.. alone], concepts.Count >= MinConcepts);
    }

    /// <summary>
    /// Whether a trigger has its sports sense: in a report, any trigger of a sentence that names a sports word, and a word of
    /// data/sports_sense_triggers.tsv ("لقاء الغد مهم جدا" a match, "قبل الجولة الأخيرة" a league's round) in any sentence; in another
    /// text, a meeting or deal word of that list in a sentence that names two concepts of the game ("مباريات الجولة 26 من دوري المحترفين").
    /// Talks of two states' persons stay talks, and a meeting word stays one when its sentence names a government's person or a body of states.
    /// </summary>
    public static bool InGameSense(Analysis analysis, TriggerMatch trigger, SportsWords words)
    {
        if (words.Sentences is null || StatesmenTalk(analysis, trigger)) return false;
        if (words.IsReport && words.Sentences[trigger.SentenceIndex]) return true;
        if (PlayTriggers.Contains(trigger.Entry.FoldedPhrase)) return TellsThePlay(analysis, trigger, words);
        if (!GameSenseTriggers.Contains(trigger.Entry.FoldedPhrase)) return false;
        if (trigger.Entry.Type == "CONSULT" && NamesGovernmentPerson(analysis, trigger)) return false;
        if (words.IsReport) return true;
        // (outside a report one sports word is not enough: "سباق التسلح" beside an arms deal, "مدافع" cannons)
        return trigger.Entry.Type is "CONSULT" or "AGREE" && TwoConceptsBeside(analysis, trigger, words);
    }

    // a play word's sentence tells the game: two concepts of it (one word alone is not enough: "بمرمى القوات" is within range), or a score,
    // and names no fans or police ("مواجهات بين المشجعين والشرطة بعد المباراة" is a riot)
    private static bool TellsThePlay(Analysis analysis, TriggerMatch trigger, SportsWords words)
    {
        if (!TwoConceptsBeside(analysis, trigger, words, aloneSuffices: false) && !MatchScore.InSentence(analysis, trigger.SentenceIndex)) return false;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            foreach (var stem in CrowdWords)
                if (analysis.Tokens[i].HasStem(stem)) return false;
        return true;
    }

    // whether the trigger's sentence names two concepts of the game besides the trigger itself ("الجولة الأولى" is one of them,
    // and "الجولة الأولى للسباق الرئاسي" an election's round), or one word that alone tells the game ("يستضيف الملعب اللقاء" no, "مباراة" yes)
    private static bool TwoConceptsBeside(Analysis analysis, TriggerMatch trigger, SportsWords words, bool aloneSuffices = true)
    {
        string? first = null;
        for (int i = 0; i < words.Tokens.Length; i++)
        {
            int token = words.Tokens[i];
            if (token >= trigger.FirstToken && token < trigger.EndToken) continue;
            if (analysis.SentenceOfToken(token).Index != trigger.SentenceIndex) continue;
            if (aloneSuffices && words.Alone[i]) return true;
            if (first is null) first = words.Concepts[i];
            else if (first != words.Concepts[i]) return true;
        }
        return false;
    }

    // "بعد لقاء السيسي": a government's person met, whatever the text is about; "قمة حلف شمال الأطلسي": a body of states met
    // (a country's name is its team in a match report, so only persons of governments count)
    private static bool NamesGovernmentPerson(Analysis analysis, TriggerMatch trigger)
    {
        foreach (var m in ArgumentFinder.MentionsIn(analysis, analysis.Sentences[trigger.SentenceIndex]))
            if (m.Actor is { } code && (code == "IGO" || (m.Type == Entities.EntityType.Per && ActorCode.Sector(code) == "GOV"))) return true;
        return false;
    }

    /// <summary>
    /// Whether talks told in a match sentence are between two states' leaders all the same ("اغتنم ماكرون الفرصة ليمر بالكرملين
    /// ويبحث … مع الرئيس فلاديمير بوتين قبل الانتقال إلى ملعب لوجنيكي"): a CONSULT whose sentence names persons of two governments.
    /// </summary>
    public static bool StatesmenTalk(Analysis analysis, TriggerMatch trigger)
    {
        if (trigger.Entry.Type != "CONSULT") return false;
        string? first = null;
        foreach (var m in ArgumentFinder.MentionsIn(analysis, analysis.Sentences[trigger.SentenceIndex]))
        {
            // (persons: the teams of a match are named by their countries, "اللقاء بين فرنسا وإسبانيا")
            if (m.Type != Entities.EntityType.Per || m.Actor is not { } code || ActorCode.Sector(code) != "GOV" || ActorCode.Country(code) is not { } country) continue;
            if (first is null) first = country;
            else if (first != country) return true;
        }
        return false;
    }

    [ThreadStatic]
    private static List<string>? _concepts;

    [ThreadStatic]
    private static List<int>? _tokens;

    [ThreadStatic]
    private static List<string>? _values;

    [ThreadStatic]
    private static List<bool>? _alone;
}
