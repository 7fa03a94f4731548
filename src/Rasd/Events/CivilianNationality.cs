using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// Civilians are coded as Syria's by default ("المدنيين" → SYRCVL); "المواطنين الفلسطينيين" in the trigger's sentence, or an
/// attack, call or protest placed only abroad ("قصف على مدنيين في اليمن", "طالب الأهالي في الموصل"), or a report with nothing
/// Syrian in it (<see cref="DocumentCountry"/>), makes them that country's civilians instead.
/// </summary>
internal static class CivilianNationality
{
    private const string Default = "SYRCVL";

    // the one-word civilian phrases of data/actors.tsv ("المدنيين", "المواطنين", "السكان"), folded
    private static readonly HashSet<string> CivilianWords = Load();

    // the civilian words' bit in the lexicon masks: a token whose mask lacks it is none of them (its readings' stems are all
    // among the keys its mask covers), so a sentence is scanned without looking up most of its words
    private static readonly ulong CivilianBit = Register(CivilianWords);

    private static ulong Register(HashSet<string> words)
    {
        ulong bit = Lexicons.FirstKeyIndex.NewBit();
        foreach (var w in words) Lexicons.FirstKeyIndex.Add(w, bit);
        return bit;
    }

    private static HashSet<string> Load()
    {
        var t = Lexicons.TsvTable.LoadEmbedded("actors");
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in t.Rows)
            if (t.Cell(r, "actor") == Default)
                foreach (var p in t.Cell(r, "phrase").Split('|'))
                    if (!p.Contains(' ')) words.Add(Text.ArabicFolding.FoldString(p));
        return words;
    }

    public static void Apply(Analysis analysis, Event ev)
    {
        bool inTargets = ev.Targets.Contains(Default), inActors = ev.Actors.Contains(Default);
        if (!inTargets && !inActors) return;
        var named = NamedNationality(analysis, ev);
        var country = named ?? AbroadOnly(analysis, ev);
        // a report with nothing Syrian in it ("مصرع شخص وإجلاء آلاف بسبب الأمطار" in a report on Japan) tells of the people of
        // the country it names most, wherever the event is placed or not
        var ofTheReport = country is null ? DocumentCountry.Of(analysis) : null;
        country ??= ofTheReport;
        if (country is null || country == "SYR") return;
        // (a call or protest abroad tells only who makes it: whom it speaks for may be Syrians there, "ناشدت … لإجلاء الخوذ البيضاء";
        // not in a report where nothing is Syrian)
        if (named is not null || ofTheReport is not null || ev.Type == "ASSAULT") Replace(ev.Targets, country + "CVL");
        Replace(ev.Actors, country + "CVL");
    }

    private static void Replace(List<string> codes, string code)
    {
        int i = codes.IndexOf(Default);
        if (i < 0) return;
        if (codes.Contains(code)) codes.RemoveAt(i);
        else codes[i] = code;
    }

    // "من المواطنين الفلسطينيين": a civilian word with a nationality adjective right after it, in the trigger's sentence
    private static string? NamedNationality(Analysis analysis, Event ev)
    {
        var sentence = analysis.SentenceOfToken(ev.Triggers[0].FirstToken);
        // (the bit read before the masks: the words' keys are registered by then, and the masks read with them)
        ulong bit = CivilianBit;
        var masks = Lexicons.TokenMasks.For(analysis);
        for (int k = sentence.FirstToken; k + 1 < sentence.EndToken; k++)
        {
            if ((masks[k] & bit) == 0 || !IsCivilianWord(analysis.Tokens[k])) continue;
            if (VictimNationalities.Country(analysis.Tokens[k + 1]) is { } iso) return iso;
        }
        return null;
    }

    private static bool IsCivilianWord(Text.Token token)
    {
        foreach (var r in token.Readings)
            if (CivilianWords.Contains(r.StemWithArticle) || CivilianWords.Contains(r.Stem)) return true;
        return false;
    }

    // an attack placed only abroad, all in one country ("في غزة" → PSE): the civilians hit there are that country's — unless the
    // sentence speaks of Syrians ("استهداف النظام للمدنيين" told of refugees in a camp abroad, "الشعب السوري"); so are the
    // residents who call or protest there ("وطالب الأهالي في الموصل الحكومة بـ…"; aid and flight abroad reach Syrian refugees,
    // and a call's targets are left as they are)
    private static string? AbroadOnly(Analysis analysis, Event ev)
    {
        if (ev.Type is not ("ASSAULT" or "REQUEST" or "PROTEST") || ev.Places.Count == 0 || ev.Places.Any(p => p.StartsWith("SY", StringComparison.Ordinal))) return null;
        var sentence = analysis.SentenceOfToken(ev.Triggers[0].FirstToken);
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (VictimNationalities.Country(analysis.Tokens[k]) == "SYR" || EntityLexicon.Default.AdjectiveCountry(analysis.Tokens[k]) == "SYR") return null;
        return ev.Places.Distinct().Count() == 1 ? ev.Places[0] : null;
    }
}
