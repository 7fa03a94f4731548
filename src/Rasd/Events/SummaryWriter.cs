using System.Globalization;
using System.Text;
using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Quantities;

namespace Rasd.Events;

/// <summary>Writes a one-sentence English summary of an event from a template, naming actors and places by the article's own mentions.</summary>
public static class SummaryWriter
{
    private static readonly Dictionary<string, string> Sectors = new(StringComparer.Ordinal)
    {
        ["GOV"] = "government",
        ["MIL"] = "forces",
        ["REB"] = "armed groups",
        ["OPP"] = "opposition",
        ["CVL"] = "civilians",
        ["NGO"] = "civil society",
        ["MED"] = "media",
        ["IGO"] = "international organisations",
    };

    public static string Write(Analysis analysis, Event ev) => Write(analysis, ev, new SummaryNames(analysis));

    /// <summary>
    /// What a call asks for when its sentence tells it as an event of its own right after the call's word ("دعا إلى هدنة" asks for a
    /// ceasefire, a possible or planned one): that event, else null.
    /// </summary>
    internal static Event? AskedFor(IReadOnlyList<Event> events, Event call)
    {
        if (call.Type != "REQUEST") return null;
        // (an index loop: a foreach over the read-only list boxed an enumerator per call)
        for (int k = 0; k < events.Count; k++)
        {
            var asked = events[k];
            if (ReferenceEquals(asked, call) || asked.Mode is not (EventMode.Possible or EventMode.Planned)) continue;
            var first = asked.Triggers[0];
            foreach (var t in call.Triggers)
                if (t.SentenceIndex == first.SentenceIndex && first.FirstToken >= t.EndToken && first.FirstToken - t.EndToken <= 3) return asked;
        }
        return null;
    }

    // one builder per thread: a summary is written piece by piece into it and copied out once
    [ThreadStatic]
    private static StringBuilder? _builder;

    /// <summary>The summary with the article's names gathered once (<see cref="SummaryNames"/>) for all its events.</summary>
    internal static string Write(Analysis analysis, Event ev, SummaryNames articleNames, Event? askedFor = null)
    {
        var names = articleNames.For(ev);
        var phrase = SummaryPhrases.Default.For(ev);
        var layer = analysis.Get<FigureLayer>();
        // an attack counted ("655 attacks") is told by its count: "carried out more than 655 attacks on …"
        int counted = layer is null || ev.Type != "ASSAULT" ? -1 : SummaryFigures.DeedCount(layer, ev);
        string? count = counted < 0 ? null : SummaryFigures.CountWords(layer!.Figures[ev.Figures[counted]], ev.AttackMode);
        var sb = _builder ??= new StringBuilder(256);
        sb.Clear();
        // a verb after the actors carries the mode itself ("will meet", "may attack", "did not attack"); a noun is labelled
        // ("Planned: a meeting")
        int label = sb.Length;
        sb.Append(ev.Mode switch
        {
            EventMode.Planned => "Planned: ",
            EventMode.Possible => "Possible: ",
            EventMode.Negated => "Did not happen: ",
            _ => "",
        });
        int labelEnd = sb.Length;
        bool when = When(sb, ev);
        if (when) sb.Append(", ");
        int start = sb.Length;
        // "A and B attacked C", else "An attack on C"
        bool hasActors = AppendList(sb, "", names, ev.Actors);
        if (hasActors) sb.Append(' ');
        var targets = TargetNames(names, ev.Targets);
        bool done = ev.Mode == EventMode.Actual;
        if (hasActors && !done)
        {
            sb.Remove(label, labelEnd - label);
            start -= labelEnd - label;
            sb.Append(ev.Mode switch { EventMode.Planned => "will ", EventMode.Possible => "may ", _ => "did not " });
        }
        // "called for a ceasefire" replaces "made an appeal"; "called on Russia for a ceasefire", "An appeal for a ceasefire" add to theirs
        string verb = count is not null ? (hasActors ? (done ? "carried out " : "carry out ") : "") + count + (targets is null ? "" : " on {T}")
            : askedFor is not null && hasActors && targets is null ? (done ? "called" : "call")
            : hasActors && done ? (targets is not null && phrase.VerbTarget.Length > 0 ? phrase.VerbTarget : phrase.VerbAlone)
            : hasActors ? (targets is not null && phrase.BaseTarget.Length > 0 ? phrase.BaseTarget : phrase.BaseAlone)
            : targets is not null && phrase.NounTarget.Length > 0 ? phrase.NounTarget : phrase.NounAlone;
        sb.Append(targets is null ? verb : verb.Replace("{T}", targets, StringComparison.Ordinal));
        if (askedFor is not null)
        {
            var wanted = SummaryPhrases.Default.For(askedFor).NounAlone;
            sb.Append(" for ").Append(char.ToLowerInvariant(wanted[0])).Append(wanted, 1, wanted.Length - 1);
        }
        // a wording with no place for targets keeps them aside rather than dropping them
        if (targets is not null && !verb.Contains("{T}", StringComparison.Ordinal)) sb.Append(" (also involving ").Append(targets).Append(')');
        // the summary opens with a capital ("Civilians were displaced"); after a date a wording without actors, a common noun,
        // goes on in lower case ("On 3 May 2018, an attack")
        if (sb.Length > start && !when) sb[start] = char.ToUpperInvariant(sb[start]);
        else if (sb.Length > start && !hasActors) sb[start] = char.ToLowerInvariant(sb[start]);
        AppendList(sb, " in ", names, ev.Places);
        if (layer is not null && ev.Figures.Count > 0) SummaryFigures.Append(sb, layer, ev, counted, ev.AttackMode);
        if (ev.Source is not null) sb.Append(" (source: ").Append(ev.Source).Append(')');
        sb.Append('.');
        var text = sb.ToString();
        if (sb.Capacity > 4096) _builder = null; // a rare huge summary does not keep its buffer
        return text;
    }

    // the time told in the text, if any ("On 3 May 2018", "In May 2018", "Between … and …")
    private static bool When(StringBuilder sb, Event ev)
    {
        if (ev.Begin is not { } b || ev.End is not { } e || !ev.TimeFromText) return false;
        var inv = CultureInfo.InvariantCulture;
        if (b == e) sb.Append(inv, $"On {b:d MMMM yyyy}");
        else if (b.Day == 1 && e.AddDays(1).Day == 1 && b.Month == e.Month && b.Year == e.Year) sb.Append(inv, $"In {b:MMMM yyyy}");
        else sb.Append(inv, $"Between {b:d MMMM yyyy} and {e:d MMMM yyyy}");
        return true;
    }

    private static string Name(EventNames names, string code)
    {
        if (names.TryGetValue(code, out var n)) return n;
        var country = ActorCode.Country(code);
        var sector = ActorCode.Sector(code);
        if (country is not null && sector.Length > 0 && Sectors.TryGetValue(sector, out var s))
        {
            // by the country's adjective ("Russian forces"), else its English name ("forces of Tuvalu"); never its code ("RUS forces")
            // nor the article's name for the code, which may be its capital as a place ("Moscow forces")
            var countryName = EntityLexicon.Default.Countries.TryGetValue(country, out var entry) && entry.NameEn is { Length: > 0 } en ? en
                : names.TryGetValue(country, out var cn) ? cn : country;
            return CountryDemonyms.Phrase(country, countryName, s);
        }
        return Sectors.TryGetValue(code, out var igo) ? igo : code;
    }

    // the targets' names as one phrase ("civilians and Kurdish forces"), or null when none is named
    private static string? TargetNames(EventNames names, List<string> codes)
    {
        if (codes.Count == 0) return null;
        var sb = new StringBuilder();
        return AppendList(sb, "", names, codes) ? sb.ToString() : null;
    }

    // the codes' names, each once, as "A, B and C", after a lead ("", " on ", " in "); false (nothing written) when there are none
    private static bool AppendList(StringBuilder sb, string lead, EventNames names, List<string> codes)
    {
        if (codes.Count == 0) return false;
        if (codes.Count == 1)
        {
            var only = Name(names, codes[0]);
            if (only.Length == 0) return false;
            sb.Append(lead).Append(only);
            return true;
        }
        var list = new List<string>(codes.Count);
        foreach (var code in codes)
        {
            var name = Name(names, code);
            if (name.Length > 0 && !list.Contains(name)) list.Add(name);
        }
        if (list.Count == 0) return false;
        sb.Append(lead);
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0) sb.Append(i == list.Count - 1 ? " and " : ", ");
            sb.Append(list[i]);
        }
        return true;
    }
}
