using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Quantities;
using Rasd.Text;

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

    // words of real violence: a play word beside them is an attack or a fight, a hurt player beside them a casualty
    private static readonly HashSet<string> ViolenceWords = TsvTable.FoldedWords("sports_violence_words");

    // a player's injury: a knee, a muscle, training
    private static readonly HashSet<string> InjuryWords = TsvTable.FoldedWords("sports_injury_words");

    private static readonly TsvTable ClubTable = TsvTable.LoadEmbedded("sports_club_names");

    private static readonly TsvTable ClubBreakerTable = TsvTable.LoadEmbedded("sports_club_name_breakers");

    // the words right before or after a club's name that make it the common word ("تم الاتفاق", "التعاون المشترك")
    private static readonly HashSet<string> WordsBeforeCommonWord = ClubBreakerTable.FoldedWhere("side", "before", "word");

    private static readonly HashSet<string> WordsAfterCommonWord = ClubBreakerTable.FoldedWhere("side", "after", "word");

    // the clubs whose names are common words that are trigger words ("الاتفاق", "التعاون")
    private static readonly HashSet<string> TriggerClubNames = ClubTable.FoldedWhere("trigger", "yes", "word");

    // (another club of a trigger's sentence is one whose name is no trigger: "الاتفاق" beside "التعاون" may be a deal and cooperation)
    private static readonly HashSet<string> OtherClubNames = ClubTable.FoldedWhere("trigger", "no", "word");

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
        if (NamesClub(analysis, trigger, words)) return true;
        // (in a report every sentence may tell the play: "الهجوم: محمد صلاح ومروان محسن")
        if (PlayTriggers.Contains(trigger.Entry.FoldedPhrase))
            return (words.IsReport || TellsThePlay(analysis, trigger, words)) && !OffThePitch(analysis, trigger.SentenceIndex);
        if (!GameSenseTriggers.Contains(trigger.Entry.FoldedPhrase)) return false;
        if (trigger.Entry.Type == "CONSULT" && NamesGovernmentPerson(analysis, trigger)) return false;
        if (words.IsReport) return true;
        // (outside a report one sports word is not enough: "سباق التسلح" beside an arms deal, "مدافع" cannons)
        return trigger.Entry.Type is "CONSULT" or "AGREE" && TwoConceptsBeside(analysis, trigger, words);
    }

    // a play word's sentence tells the game: two concepts of it (one word alone is not enough: "بمرمى القوات" is within range), or a score
    private static bool TellsThePlay(Analysis analysis, TriggerMatch trigger, SportsWords words) =>
        TwoConceptsBeside(analysis, trigger, words, aloneSuffices: false) || MatchScore.InSentence(analysis, trigger.SentenceIndex);

    // the sentence names fans or police ("مواجهات بين المشجعين والشرطة بعد المباراة" is a riot) or real violence ("هجمات إرهابية خلال البطولة")
    // (or an armed force or group: "الجماعة التابعة لتنظيم داعش كانت تنوي شن هجوم … أثناء مباراة")
    private static bool OffThePitch(Analysis analysis, int sentence)
    {
        if (NamesStemOf(analysis, sentence, CrowdWords) || NamesStemOf(analysis, sentence, ViolenceWords)) return true;
        foreach (var m in ArgumentFinder.MentionsIn(analysis, analysis.Sentences[sentence]))
            if (m.Actor is { } code && ActorCode.Sector(code) is "MIL" or "REB") return true;
        return false;
    }

    // whether a word of the sentence has one of the stems (with its clitics and the article taken off, or with the article)
    private static bool NamesStemOf(Analysis analysis, int sentence, HashSet<string> stems)
    {
        var s = analysis.Sentences[sentence];
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            var token = analysis.Tokens[i];
            if (!token.IsWord) continue;
            // (a word the clitic reader leaves whole keeps its article: "المقنعين")
            if (token.Folded.StartsWith("ال", StringComparison.Ordinal) && stems.Contains(token.Folded[2..])) return true;
            foreach (var r in token.Readings)
                if (stems.Contains(r.Stem) || r.HasArticle && stems.Contains(r.StemWithArticle)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a trigger word is a club's name (data/sports_club_names.tsv: "اتحاد جدة يكتسح الاتفاق والرائد", "خسارته أمام مضيفه التعاون 2-1"):
    /// in a sentence naming two concepts of the game (or a word that alone tells it), a score or another such club (a report alone is not enough:
    /// "مبدأ التعاون والشراكة", "فشل في الاتفاق مع رعاة"); not beside a
    /// word of data/sports_club_name_breakers.tsv ("تم الاتفاق على …", "مجلس التعاون", "#الاتفاق_النووي" in a sentence naming "التقرير الدوري").
    /// </summary>
    private static bool NamesClub(Analysis analysis, TriggerMatch trigger, SportsWords words)
    {
        var tokens = analysis.Tokens;
        int at = trigger.FirstToken;
        if (trigger.TokenCount != 1 || !IsClubName(tokens[at], TriggerClubNames)) return false;
        if (at > 0 && WordsBeforeCommonWord.Contains(tokens[at - 1].Folded)) return false;
        if (at + 1 < tokens.Count && (WordsAfterCommonWord.Contains(tokens[at + 1].Folded) || tokens[at + 1].Folded == "_")) return false;
        if (TwoConceptsBeside(analysis, trigger, words) || MatchScore.InSentence(analysis, trigger.SentenceIndex)) return true;
        var s = analysis.Sentences[trigger.SentenceIndex];
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (i != at && IsClubName(tokens[i], OtherClubNames) && (i == 0 || !WordsBeforeCommonWord.Contains(tokens[i - 1].Folded))) return true;
        return false;
    }

    // the name with its article, alone or after و/ف ("والاتفاق"; "بالاتفاق", "للاتفاق" are the deal)
    private static bool IsClubName(Token token, HashSet<string> names)
    {
        if (!token.IsWord) return false;
        foreach (var r in token.Readings)
            if (r.Proclitics is "" or "ال" or "وال" or "فال" && names.Contains(r.StemWithArticle)) return true;
        return false;
    }

    /// <summary>
    /// Whether a figure counts games or a hurt player rather than people hit, in a text that names a sports word: "خسر آخر خمس مباريات"
    /// (data/sports_game_nouns.tsv), "خرج مصابا في الظهر" (data/sports_injury_words.tsv, with no word of real violence in the sentence).
    /// </summary>
    public static bool PlayFigure(Analysis analysis, Figure figure, SportsWords words)
    {
        if (words.Sentences is null) return false;
        if (MatchScore.CountsGames(analysis.Tokens, figure)) return true;
        return figure.Role == "injured" && NamesStemOf(analysis, figure.SentenceIndex, InjuryWords) && !OffThePitch(analysis, figure.SentenceIndex);
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
