using System.Globalization;
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

    /// <summary>The summary with the article's names gathered once (<see cref="SummaryNames"/>) for all its events.</summary>
    internal static string Write(Analysis analysis, Event ev, SummaryNames articleNames)
    {
        var names = articleNames.For(ev);
        var (verb, noun) = Phrases.TryGetValue(ev.Type, out var p) ? p : ("acted", "an event");
        var when = When(ev);
        var actors = List(names, ev.Actors);
        var targets = List(names, ev.Targets);
        var places = List(names, ev.Places);
        var modal = ev.Mode switch
        {
            EventMode.Planned => "Planned: ",
            EventMode.Possible => "Possible: ",
            EventMode.Negated => "Did not happen: ",
            _ => "",
        };
        string core = actors.Length > 0
            ? $"{actors} {verb}{(targets.Length > 0 ? " " + targets : "")}"
            : $"{(when.Length > 0 ? noun : Capitalise(noun))}{(targets.Length > 0 ? " on " + targets : "")}";
        var text = $"{modal}{when}{(when.Length > 0 ? ", " : "")}{core}{(places.Length > 0 ? " in " + places : "")}";
        var figures = Figures(analysis, ev);
        if (figures.Length > 0) text += "; " + figures;
        if (ev.Source is not null) text += $" (source: {ev.Source})";
        return text + ".";
    }

    private static string When(Event ev)
    {
        if (ev.Begin is not { } b || ev.End is not { } e || !ev.TimeFromText) return "";
        var inv = CultureInfo.InvariantCulture;
        if (b == e) return "On " + b.ToString("d MMMM yyyy", inv);
        if (b.Day == 1 && e.AddDays(1).Day == 1 && b.Month == e.Month && b.Year == e.Year) return "In " + b.ToString("MMMM yyyy", inv);
        return $"Between {b.ToString("d MMMM yyyy", inv)} and {e.ToString("d MMMM yyyy", inv)}";
    }

    private static string Figures(Analysis analysis, Event ev)
    {
        var layer = analysis.Get<FigureLayer>();
        if (layer is null || ev.Figures.Count == 0) return "";
        var parts = new List<string>();
        foreach (var i in ev.Figures.DistinctBy(i => (layer.Figures[i].Role, layer.Figures[i].Group, layer.Figures[i].Value)))
        {
            var f = layer.Figures[i];
            var q = f.Qualifier switch
            {
                "more_than" => "more than ",
                "at_least" => "at least ",
                "about" => "about ",
                "less_than" => "fewer than ",
                "up_to" => "up to ",
                _ => "",
            };
            var group = f.Group == "all" ? "" : " " + f.Group.Replace('_', ' ');
            parts.Add($"{f.Role} {q}{f.Value.ToString("0.##", CultureInfo.InvariantCulture)}{group}");
        }
        return string.Join(", ", parts);
    }

    private static string Name(EventNames names, string code)
    {
        if (names.TryGetValue(code, out var n)) return n;
        var country = ActorCode.Country(code);
        var sector = ActorCode.Sector(code);
        if (country is not null && sector.Length > 0 && Sectors.TryGetValue(sector, out var s))
            return names.TryGetValue(country, out var cn) ? $"{cn} {s}" : $"{country} {s}";
        return Sectors.TryGetValue(code, out var igo) ? igo : code;
    }

    // the codes' names, each once, as "A, B and C"
    private static string List(EventNames names, List<string> codes)
    {
        if (codes.Count == 0) return "";
        if (codes.Count == 1) return Name(names, codes[0]);
        var list = new List<string>(codes.Count);
        foreach (var code in codes)
        {
            var name = Name(names, code);
            if (!list.Contains(name)) list.Add(name);
        }
        return list.Count switch
        {
            1 => list[0],
            _ => string.Join(", ", System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)[..^1]) + " and " + list[^1],
        };
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

}
