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

    private static readonly TokenTrie<string> Words = Load();

    private static TokenTrie<string> Load()
    {
        var table = TsvTable.LoadEmbedded("sports_words");
        var trie = new TokenTrie<string>();
        foreach (var row in table.Rows) trie.Add(row[0], table.Cell(row, "concept"));
        return trie;
    }

    /// <summary>For each sentence, whether it tells a match in a text that is a sports report; null when the text is no sports report.</summary>
    public static bool[]? MatchSentences(Analysis analysis)
    {
        // most texts name fewer concepts than a report needs: the concepts and the matches' tokens go to this thread's lists,
        // and the flags are made only for a report
        var concepts = _concepts ??= [];
        var tokens = _tokens ??= [];
        concepts.Clear();
        tokens.Clear();
        foreach (var m in Words.Scan(analysis.Tokens, TokenMasks.For(analysis), 0, int.MaxValue))
        {
            // (a text names a handful of concepts at most: a list asks as a set would)
            if (!concepts.Contains(m.Value)) concepts.Add(m.Value);
            tokens.Add(m.FirstToken);
        }
        if (concepts.Count < MinConcepts) return null;
        var sentences = new bool[analysis.Sentences.Count];
        foreach (int token in tokens) sentences[analysis.SentenceOfToken(token).Index] = true;
        return sentences;
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
}
