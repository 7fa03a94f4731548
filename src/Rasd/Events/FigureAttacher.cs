using Rasd.Pipeline;
using Rasd.Quantities;

namespace Rasd.Events;

/// <summary>Attaches each figure to the event it counts: the compatible event of its sentence, else of the sentences just before, else a new event.</summary>
public static class FigureAttacher
{
    /// <summary>The event types a figure role can belong to, best first.</summary>
    public static IReadOnlyList<string> TypesFor(string role) => role switch
    {
        "displaced" => Displaced,
        "arrested" or "detained" => Detained,
        // the released are counted by their release (CONCEDE), or else by the detention they leave
        "released" => Released,
        "rescued" => Rescued,
        _ => Assault,
    };

    // (the lists made once, not at every figure)
    private static readonly string[] Displaced = ["RETREAT", "ASSAULT"], Detained = ["COERCE", "ASSAULT"], Released = ["CONCEDE", "COERCE", "ASSAULT"],
        Rescued = ["ASSAULT", "AID"], Assault = ["ASSAULT"];

    /// <summary>The type of event to create for a figure that has none.</summary>
    /// <remarks>The rescued with no attack near them were saved by a rescue operation as such (AID): "إنقاذ 32 لاجئا كانوا عالقين على متن مركب".</remarks>
    public static string NewTypeFor(string role) => role == "rescued" ? "AID" : TypesFor(role)[0];

    /// <param name="otherReports">Which sentences tell other reports' news: their figures are not this report's.</param>
    /// <param name="createAt">Makes a new event mention anchored at a sentence's figure.</param>
    /// <param name="actorsAt">The attackers named for a figure (by index), as a mention anchored at it would find them.</param>
    /// <param name="mentionAt">Makes (without adding it) an event mention anchored at a figure (by index), for a tally over a period of its own.</param>
    /// <param name="gameSentences">Which sentences tell a match (Events/SportsReport.cs): their counts of strikes and attacks are kicks and plays
    /// ("أهدر رابع ضربة جزاء من أصل 21"), while the people they count hurt or killed stay (fans in a riot).</param>
    /// <param name="playFigure">Whether a figure counts games or a hurt player, not people hit ("خسر آخر خمس مباريات", "خرج مصابا في الظهر").</param>
    public static void Attach(Analysis analysis, List<Event> events, bool[] otherReports, Func<int, string, Event> createAt, Func<int, string, IReadOnlyList<string>>? actorsAt = null,
        Func<int, string, Event>? mentionAt = null, bool[]? gameSentences = null, Func<Figure, bool>? playFigure = null)
    {
        var layer = analysis.Get<FigureLayer>();
        if (layer is null) return;
        var owner = new Event?[layer.Figures.Count];
        // the dead of cold, a storm or an illness, and the breakdowns of their totals, count for no event
        var natural = new bool[layer.Figures.Count];
        // the last two sentences that counted such dead: the next one may go on counting them with no cause of its own
        int naturalSentence = -2, naturalBefore = -2;
        bool? disasterOnly = null;
        for (int i = 0; i < layer.Figures.Count; i++)
        {
            var f = layer.Figures[i];
            if (otherReports[f.SentenceIndex]) continue;
            if (gameSentences is not null && gameSentences[f.SentenceIndex] && f.Role is "strikes" or "attacks") continue;
            // "خسر 1-صفر", "فاز 125-105": a match's score counts goals or points, not the dead
            if (MatchScore.Covers(analysis.Tokens, f.FirstToken)) continue;
            if (playFigure is not null && playFigure(f)) continue;
            // a breakdown goes with its total
            int? parent = f.InsideOf ?? f.InAdditionTo;
            // (a report of a disaster alone, with no attack in any sentence, goes on counting its dead further on too)
            bool goesOn = naturalSentence == f.SentenceIndex - 1 || naturalSentence == f.SentenceIndex && naturalBefore == f.SentenceIndex - 1
                || naturalSentence >= 0 && (disasterOnly ??= NaturalDeath.NoAttackInText(analysis));
            if ((natural[i] = parent is int q && q < i ? natural[q] : NaturalDeath.Is(analysis, f, goesOn)))
            {
                if (f.Role is "killed" or "injured" && naturalSentence != f.SentenceIndex) (naturalBefore, naturalSentence) = (naturalSentence, f.SentenceIndex);
                continue;
            }
            Event? target = parent is int p && p < i ? owner[p] : null;
            target ??= FindEvent(events, f, TypesFor(f.Role), lookBack: 2, RecentBackground(analysis, f));
            // a count in a later sentence dated weeks away from the event told before it is another deed's
            if (target is not null && parent is null && mentionAt is not null && !target.Sentences.Contains(f.SentenceIndex)
                && DatedApartFigure.Apart(mentionAt(i, target.Type), target)) target = null;
            // "حيث قتل 519 مدنياً خلال 7 أيام من القصف": a total told over a period of its own is that period's tally, not the day's
            if (target is not null && parent is null && mentionAt is not null && PeriodTally.Of(analysis, f, target, mentionAt, i) is { } tally)
            {
                events.Add(tally);
                target = tally;
            }
            target ??= createAt(f.SentenceIndex, NewTypeFor(f.Role));
            // "… أبرز المجازر. ووفق التقرير فإن القوات الحكومية قتلت 143 شخصاً": the tally a later sentence breaks down by
            // perpetrator is the work of each one it names
            if (actorsAt is not null && target.Type == "ASSAULT" && f.InsideOf is null && !TriggeredIn(target, f.SentenceIndex))
                foreach (var a in actorsAt(i, target.Type))
                    if (ActorCode.IsArmed(a) && !target.Actors.Contains(a)) target.Actors.Add(a);
            target.Figures.Add(i);
            target.Sentences.Add(f.SentenceIndex);
            owner[i] = target;
        }
    }

    // whether a trigger of the event stands in the sentence (a loop: a lambda over the figure made a closure for every figure)
    private static bool TriggeredIn(Event ev, int sentence)
    {
        foreach (var t in ev.Triggers)
            if (t.SentenceIndex == sentence) return true;
        return false;
    }

    private static Event? FindEvent(List<Event> events, Figure f, IReadOnlyList<string> types, int lookBack, DateOnly? olderThan = null)
    {
        int sentence = f.SentenceIndex;
        for (int s = sentence; s >= sentence - lookBack && s >= 0; s--)
            foreach (var type in types)
            {
                // "عملية التبادل الثانية … وشملت نحو 15 مقاتلا": the released counted in a sentence of their own were freed by a
                // release (CONCEDE) of that sentence, not by the detention an earlier sentence tells
                if (s < sentence && f.Role == "released" && type != types[0]) continue;
                // the latest mention in that sentence of a compatible type
                for (int i = events.Count - 1; i >= 0; i--)
                    if (events[i].Type == type && events[i].Sentences.Contains(s))
                    {
                        // "… منذ استعادة الحكومة حلب في معارك خلال 2016. ويقول المرصد إن التصعيد الأخير أسفر عن مقتل 462": a count of the
                        // latest round is not that of a background event told before it, months back
                        if (s < sentence && olderThan is { } limit && events[i].TimeFromText && events[i].End < limit) break;
                        return s == sentence && events[i].OwnCountedClause ? OwnClause(events, i, f) : events[i];
                    }
            }
        return null;
    }

    /// <summary>Words that mark what a count is of as the latest round ("التصعيد الأخير", "الحملة الحالية").</summary>
    private static readonly HashSet<string> LatestWords = new(StringComparer.Ordinal) { "الاخير", "الاخيره", "الحالي", "الحاليه", "الجاري", "الجاريه" };

    // the day before which a dated event is background to a count told of the latest round (a month before the report), or null
    private static DateOnly? RecentBackground(Analysis analysis, Figure f)
    {
        if (analysis.Document.Published is not { } published || f.SentenceIndex >= analysis.Sentences.Count) return null;
        var tokens = analysis.Tokens;
        for (int k = analysis.Sentences[f.SentenceIndex].FirstToken; k < f.FirstToken && k < tokens.Count; k++)
            // ("في الآونة الأخيرة" is only "lately", said of anything)
            if (LatestWords.Contains(tokens[k].Folded) && (k == 0 || tokens[k - 1].Folded != "الاونه")) return published.AddDays(-31);
        return null;
    }

    // of a sentence's counted deeds (each by its own doer), the one whose verb comes last before the figure
    private static Event OwnClause(List<Event> events, int latest, Figure f)
    {
        for (int i = latest; i >= 0; i--)
        {
            var e = events[i];
            if (e.OwnCountedClause && e.Type == events[latest].Type && e.Triggers[0].SentenceIndex == f.SentenceIndex && e.Triggers[0].FirstToken < f.FirstToken) return e;
        }
        return events[latest];
    }
}
