using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "وقال وزير الخارجية: "ندعو …"", "حذر بان كي مون، قائلاً "… أدعو إلى وقف فوري …"", "وأضاف: "نطالب …"": a verb in the first
/// person inside a quotation (or after the colon of a verb of saying) has the one quoted for subject — named with the verb of saying
/// that opens the quotation, as the subject of the clause a participle of saying ("قائلا") goes on from, or, after a verb of saying
/// that names nobody ("وأضاف:"), as the subject of the sentence before.
/// </summary>
internal static class QuotedSpeaker
{
    // the verbs of saying that open a quotation (data/speaker_frame_verbs.tsv, data/speech_verbs.tsv)
    private static readonly HashSet<string> SayingVerbs = Words("speaker_frame_verbs", "speech_verbs");

    private static readonly HashSet<string> SayingParticiples = CarriedSubject.Participles("saying");

    private static readonly HashSet<string> Addressing = CarriedSubject.Participles("addressing");

    // a quotation runs on over at most this many sentences before the trigger's
    private const int QuoteSentences = 2;

    // the verb of saying stands at most this many tokens before the quotation ("وقال العميد طارق صالح في تغريدة على حسابه بموقع تويتر:")
    private const int VerbReach = 14;

    /// <summary>Gives an event whose trigger is a verb in the first person and which has no actor the party quoted, when it is named.</summary>
    public static void Apply(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        if (ev.Actors.Count > 0 || !FirstPersonVerb(trigger)) return;
        if (Speaker(analysis, trigger) is not { } code) return;
        // ("ندين في اللجنة الدولية للصليب الأحمر …": the speaker named in its own words is no target of them)
        ev.Targets.Remove(code);
        ev.Actors.Add(code);
    }

    // a verb of the lexicon's first-person rows as written with its prefix of the first person: "أدعو", "ندين", "لن نسمح" (not
    // "إقناع", a verbal noun the table reads the same way for whom it names after it)
    private static bool FirstPersonVerb(TriggerMatch trigger)
    {
        if (!trigger.Entry.FirstPerson || trigger.HasArticle) return false;
        var phrase = trigger.Entry.Phrase;
        int last = phrase.LastIndexOf(' ') + 1;
        return last < phrase.Length && phrase[last] is 'أ' or 'ن';
    }

    private static string? Speaker(Analysis analysis, TriggerMatch trigger)
    {
        var tokens = analysis.Tokens;
        int s = trigger.SentenceIndex;
        var sentence = analysis.Sentences[s];
        if (Opening(analysis, trigger) is not (var intro, var introSentence))
        {
            // "وقال X إن … إننا نرفض …": without a quotation, the one who reports the clause
            EntityMention? reporter = null;
            foreach (var m in ArgumentFinder.MentionsIn(analysis, sentence))
                if (ReportingSpeaker.Reports(analysis, sentence, trigger, m)) reporter = m;
            return reporter is null ? null : Party(reporter);
        }
        var at = analysis.Sentences[introSentence];
        // the last word before the quotation's mark or colon
        int j = intro - 1;
        while (j >= at.FirstToken && !tokens[j].IsWord) j--;
        if (j < at.FirstToken) return null;
        var mentions = ArgumentFinder.MentionsIn(analysis, at);
        // "…، قائلا "…"": the subject of the clause the participle goes on from ("وأضاف قائلا": of the verb of saying before it)
        if (SayingParticiples.Contains(tokens[j].Folded))
            return j > at.FirstToken && Saying(tokens[j - 1]) ? VerbSpeaker(analysis, at, j - 1, j, mentions) : ClauseSubject(analysis, at, j, mentions);
        // "وقال المتحدث باسم الحزب النائب فلان في بيان: "…"": the verb of saying and the party named after it
        for (int v = j; v >= at.FirstToken && v >= intro - VerbReach; v--)
            if (Saying(tokens[v])) return VerbSpeaker(analysis, at, v, intro, mentions);
        return null;
    }

    // the one who says with the verb of saying at v, before the quotation at intro
    private static string? VerbSpeaker(Analysis analysis, Sentence at, int v, int intro, List<EntityMention> mentions)
    {
        var tokens = analysis.Tokens;
        foreach (var m in mentions)
        {
            if (m.FirstToken < v + 1 || m.EndToken > intro) continue;
            // "قال في تصريح لوكالة …": a name behind a preposition is whom or where it was said, not who says
            // ("وقال مخاطبا الحكومة الأمريكية": whom the speaker addresses)
            return BehindPreposition(analysis, m) || Addressing.Contains(tokens[m.FirstToken - 1].Folded) ? null : Party(m);
        }
        // a verb of saying that names nobody goes on with a subject told before, joined by و or ف — when nothing but a phrase behind
        // a preposition follows it ("وأضاف في بيان:", "وتابع بالقول:"; not "وقال ديمستورا:", "وأشار البيان:", a subject unnamed)
        if (!tokens[v].Readings.Any(r => r.Proclitics is "و" or "ف")) return null;
        int next = v + 1;
        while (next < intro && !tokens[next].IsWord) next++;
        if (next < intro && !Prepositional(tokens[next])) return null;
        // "وتعرض عباس لموقف السلطة …، فقال: "…"": within its sentence, that sentence's subject
        if (v > at.FirstToken) return SentenceSubject.Of(analysis, at.Index, v) is { } own && Speaks(own) ? own : null;
        // "وأضاف: "…"", "وتابعت في بيانها "…"": opening its sentence, the subject of the sentence before
        return Carried(analysis, at.Index, 0);
    }

    // the subject of the sentence before sentence s; when that one too opens with a verb of saying that names nobody ("وتابع: …"),
    // the one before it
    private static string? Carried(Analysis analysis, int s, int depth)
    {
        if (s == 0) return null;
        var before = analysis.Sentences[s - 1];
        var tokens = analysis.Tokens;
        // (named before what it says: "وأعلن عباس أن السفارة الأمريكية …" — the embassy is told of, not the speaker)
        int said = before.FirstToken + 1;
        while (said < before.EndToken && !TimeAttacher.IsComplementizer(tokens[said]) && !tokens[said].IsQuoteMark && tokens[said].Folded != ":") said++;
        if (SentenceSubject.Of(analysis, before.Index, said) is { } code) return Speaks(code) ? code : null;
        if (depth >= QuoteSentences || !Saying(tokens[before.FirstToken]) || !tokens[before.FirstToken].Readings.Any(r => r.Proclitics is "و")) return null;
        return Carried(analysis, before.Index, depth + 1);
    }

    // the mark that opens the quotation the trigger stands in, or else the colon of a verb of saying before it in its sentence ("وقال:
    // ندعو …"), and its sentence (a colon inside the quotation — "أمام خيارين: …" — opens nothing)
    private static (int Token, int Sentence)? Opening(Analysis analysis, TriggerMatch trigger)
    {
        var tokens = analysis.Tokens;
        int depth = 0, colon = -1;
        for (int s = trigger.SentenceIndex; s >= 0 && s >= trigger.SentenceIndex - QuoteSentences; s--)
        {
            var sentence = analysis.Sentences[s];
            // (a quotation runs on within its paragraph)
            if (s < trigger.SentenceIndex && analysis.Text.AsSpan(sentence.Span.End, analysis.Sentences[s + 1].Span.Start - sentence.Span.End).Contains('\n')) break;
            int from = s == trigger.SentenceIndex ? trigger.FirstToken - 1 : sentence.EndToken - 1;
            for (int k = from; k >= sentence.FirstToken; k--)
            {
                var t = tokens[k];
                if (t.Folded == ":" && depth == 0 && s == trigger.SentenceIndex && colon < 0) colon = k;
                if (!t.IsQuoteMark) continue;
                if (Closes(analysis, k, sentence)) depth++;
                else if (depth > 0) depth--;
                else return (k, s);
                // a quotation closed before the trigger: it stands outside quotes
                if (depth > 0 && colon < 0 && s == trigger.SentenceIndex) return null;
            }
        }
        return colon >= 0 ? (colon, trigger.SentenceIndex) : null;
    }

    // a quote mark that closes: "»" and "”", or a straight one written against the word before it and not after a colon
    private static bool Closes(Analysis analysis, int k, Sentence sentence)
    {
        var tokens = analysis.Tokens;
        var t = tokens[k];
        if (t.Folded is "»" or "”") return true;
        if (t.Folded is "«" or "“") return false;
        if (k == sentence.FirstToken || tokens[k - 1].Folded is ":" or "،" or ",") return false;
        bool next = k + 1 < sentence.EndToken && tokens[k + 1].IsWord;
        // ('بـ"الانضمام': written against both words, it opens on the one after; set apart on both sides, it opens when words follow)
        if (!t.SpaceBefore) return !(next && !tokens[k + 1].SpaceBefore);
        return !next;
    }

    // "بان كي مون، حذر منها، قائلاً": the subject at the sentence's start, or the party named right before the verb the participle follows
    private static string? ClauseSubject(Analysis analysis, Sentence sentence, int participle, List<EntityMention> mentions)
    {
        if (SentenceSubject.Of(analysis, sentence.Index, participle) is { } code) return Speaks(code) ? code : null;
        var tokens = analysis.Tokens;
        EntityMention? last = null;
        foreach (var m in mentions)
            if (m.EndToken <= participle) last = m;
        if (last is null) return null;
        // the name, a comma, the verb (and its few words), a comma, the participle
        int k = last.EndToken;
        if (k < participle && tokens[k].IsComma) k++;
        if (k >= participle || !Statement(tokens[k])) return null;
        for (int i = k + 1; i < participle; i++)
            if (!tokens[i].IsWord && !(tokens[i].IsComma && i == participle - 1) || i - k > 3) return null;
        return Party(last);
    }

    // the verb the name is subject of, set off by commas ("حذر منها"، "ندد بالهجوم"): a word that is no noun with the article
    private static bool Statement(Token token)
    {
        if (!token.IsWord || Saying(token)) return token.IsWord;
        foreach (var r in token.Readings)
            if (r.HasArticle) return false;
        return true;
    }

    private static bool Saying(Token token)
    {
        if (SayingVerbs.Contains(token.Folded)) return true;
        foreach (var r in token.Readings)
            if (r.Proclitics is "و" or "ف" && SayingVerbs.Contains(r.Stem)) return true;
        return false;
    }

    // "في", "عبر", "للصحافيين", "بالقول": a preposition, or a word that carries one
    private static bool Prepositional(Token token)
    {
        if (Prepositions.Contains(token.Folded)) return true;
        // (the article's ل is none: "البيان")
        foreach (var r in token.Readings)
            if (r.Proclitics.Contains('ب') || r.Proclitics.Replace("ال", "").Contains('ل')) return true;
        return false;
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "في", "علي", "عبر", "خلال", "الي", "امام", "من", "عن", "مع", "قبل", "بعد", "اثناء", "لدي" };

    private static bool BehindPreposition(Analysis analysis, EntityMention m)
    {
        var token = analysis.Tokens[m.FirstToken];
        if (m.Span.Start <= token.Start) return m.FirstToken > 0 && analysis.Tokens[m.FirstToken - 1].Folded is "في" or "علي" or "عبر" or "الي" or "من" or "عن" or "مع" or "ل";
        var prefix = analysis.Text.AsSpan(token.Start, m.Span.Start - token.Start);
        return prefix.Contains('ل') || prefix.Contains('ب');
    }

    private static string? Party(EntityMention m) => StatementRoles.PartyCode(m) is { } code && Speaks(code) ? code : null;

    // a journalist's or an outlet's words are no party's
    private static bool Speaks(string code) => !code.Contains('+') && ActorCode.Sector(code) != "MED";

    private static HashSet<string> Words(params string[] tables)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in tables) set.UnionWith(Lexicons.TsvTable.FoldedWords(table));
        return set;
    }
}
