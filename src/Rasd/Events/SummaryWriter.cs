using System.Globalization;
using System.Text;
using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Quantities;

namespace Rasd.Events;

/// <summary>Writes a one-sentence English summary of an event from a template, naming actors and places by the article's own mentions.</summary>
public static class SummaryWriter
{
    private static readonly Dictionary<string, (string Verb, string Noun)> Phrases = new(StringComparer.Ordinal)
    {
        ["ASSAULT"] = ("attacked", "an attack"),
        ["CONSULT"] = ("met", "a meeting"),
        ["AGREE"] = ("agreed", "an agreement"),
        ["ACCUSE"] = ("condemned", "a condemnation"),
        ["REQUEST"] = ("called on", "an appeal"),
        ["REJECT"] = ("rejected", "a rejection"),
        ["THREATEN"] = ("threatened", "a threat"),
        ["MOBILIZE"] = ("deployed forces", "a deployment"),
        ["RETREAT"] = ("withdrew or were displaced", "a withdrawal or displacement"),
        ["AID"] = ("delivered aid", "aid"),
        ["COERCE"] = ("detained or besieged", "a coercive measure"),
        ["SUPPORT"] = ("supported", "support"),
        ["COOPERATE"] = ("cooperated", "cooperation"),
        ["CONCEDE"] = ("conceded", "a concession"),
        ["SANCTION"] = ("sanctioned", "sanctions"),
        ["PROTEST"] = ("protested", "a protest"),
    };

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

    // one builder per thread: a summary is written piece by piece into it and copied out once
    [ThreadStatic]
    private static StringBuilder? _builder;

    /// <summary>The summary with the article's names gathered once (<see cref="SummaryNames"/>) for all its events.</summary>
    internal static string Write(Analysis analysis, Event ev, SummaryNames articleNames)
    {
        var names = articleNames.For(ev);
        var (verb, noun) = Phrases.TryGetValue(ev.Type, out var p) ? p : ("acted", "an event");
        var sb = _builder ??= new StringBuilder(256);
        sb.Clear();
        sb.Append(ev.Mode switch
        {
            EventMode.Planned => "Planned: ",
            EventMode.Possible => "Possible: ",
            EventMode.Negated => "Did not happen: ",
            _ => "",
        });
        bool when = When(sb, ev);
        if (when) sb.Append(", ");
        // "A and B attacked C", else "An attack on C" (lower case after a date)
        if (AppendList(sb, "", names, ev.Actors))
        {
            sb.Append(' ').Append(verb);
            AppendList(sb, " ", names, ev.Targets);
        }
        else
        {
            if (when) sb.Append(noun);
            else sb.Append(char.ToUpperInvariant(noun[0])).Append(noun, 1, noun.Length - 1);
            AppendList(sb, " on ", names, ev.Targets);
        }
        AppendList(sb, " in ", names, ev.Places);
        Figures(sb, analysis, ev);
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

    // "; killed 5 civilians, injured more than 10", each (role, group, value) once
    private static void Figures(StringBuilder sb, Analysis analysis, Event ev)
    {
        var layer = analysis.Get<FigureLayer>();
        if (layer is null || ev.Figures.Count == 0) return;
        var inv = CultureInfo.InvariantCulture;
        for (int k = 0; k < ev.Figures.Count; k++)
        {
            var f = layer.Figures[ev.Figures[k]];
            if (SeenBefore(layer, ev, k)) continue;
            sb.Append(k == 0 ? "; " : ", ");
            var q = f.Qualifier switch
            {
                "more_than" => "more than ",
                "at_least" => "at least ",
                "about" => "about ",
                "less_than" => "fewer than ",
                "up_to" => "up to ",
                _ => "",
            };
            sb.Append(f.Role).Append(' ').Append(q).Append(inv, $"{f.Value:0.##}");
            if (f.Group != "all")
            {
                sb.Append(' ');
                foreach (char c in f.Group) sb.Append(c == '_' ? ' ' : c);
            }
        }
    }

    // whether an earlier figure of the event has the same role, group and value (told once)
    private static bool SeenBefore(FigureLayer layer, Event ev, int k)
    {
        var f = layer.Figures[ev.Figures[k]];
        for (int j = 0; j < k; j++)
        {
            var g = layer.Figures[ev.Figures[j]];
            if ((g.Role, g.Group, g.Value) == (f.Role, f.Group, f.Value)) return true;
        }
        return false;
    }

    private static string Name(EventNames names, string code)
    {
        if (names.TryGetValue(code, out var n)) return n;
        var country = ActorCode.Country(code);
        var sector = ActorCode.Sector(code);
        if (country is not null && sector.Length > 0 && Sectors.TryGetValue(sector, out var s))
            // (by the country's English name, not its code, "RUS forces", nor the article's name for the code, which may be its capital
            // as a place: "Moscow forces")
            return EntityLexicon.Default.Countries.TryGetValue(country, out var entry) && entry.NameEn is { Length: > 0 } en ? $"{en} {s}"
                : names.TryGetValue(country, out var cn) ? $"{cn} {s}" : $"{country} {s}";
        return Sectors.TryGetValue(code, out var igo) ? igo : code;
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
            if (!list.Contains(name)) list.Add(name);
        }
        if (list.Count == 1 && list[0].Length == 0) return false;
        sb.Append(lead);
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0) sb.Append(i == list.Count - 1 ? " and " : ", ");
            sb.Append(list[i]);
        }
        return true;
    }


}
