using System.Globalization;
using System.Text;
using Rasd.Lexicons;
using Rasd.Quantities;

namespace Rasd.Events;

/// <summary>
/// Tells an event's figures in English: a count of attacks as what the actors did ("carried out more than 655 attacks") and
/// the people counted as clauses after it ("killing more than 130 people, including 45 children and 23 women"), each total
/// with the breakdown read inside it and what was added to it (data/summary_figure_roles.tsv, data/summary_figure_groups.tsv).
/// </summary>
internal static class SummaryFigures
{
    private sealed record RoleWording(bool IsCount, string Phrase);

    private static readonly Dictionary<string, RoleWording> Roles = LoadRoles();
    private static readonly Dictionary<string, (string Singular, string Plural)> Groups = LoadGroups();

    private static Dictionary<string, RoleWording> LoadRoles()
    {
        var table = TsvTable.LoadEmbedded("summary_figure_roles");
        var roles = new Dictionary<string, RoleWording>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var kind = table.Cell(row, "kind");
            if (kind is not ("people" or "count")) throw new InvalidDataException($"data/summary_figure_roles.tsv: kind '{kind}' is neither people nor count");
            roles[table.Cell(row, "role")] = new RoleWording(kind == "count", table.Cell(row, "phrase"));
        }
        return roles;
    }

    private static Dictionary<string, (string, string)> LoadGroups()
    {
        var table = TsvTable.LoadEmbedded("summary_figure_groups");
        var groups = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var row in table.Rows) groups[table.Cell(row, "group")] = (table.Cell(row, "singular"), table.Cell(row, "plural"));
        return groups;
    }

    /// <summary>Position in <see cref="Event.Figures"/> of the event's first count of deeds that no other figure holds (its attacks or strikes), or -1.</summary>
    public static int DeedCount(FigureLayer layer, Event ev)
    {
        for (int k = 0; k < ev.Figures.Count; k++)
        {
            var f = layer.Figures[ev.Figures[k]];
            if (f.InsideOf is null && f.InAdditionTo is null && Roles.TryGetValue(f.Role, out var w) && w.IsCount) return k;
        }
        return -1;
    }

    /// <summary>A count of deeds as words: "more than 655 attacks", "3 air strikes" (strikes of an air raid are air strikes).</summary>
    public static string CountWords(Figure f, string? attackMode)
    {
        var forms = Roles[f.Role].Phrase.Split('|');
        var (singular, plural) = (forms[0], forms.Length > 1 ? forms[1] : forms[0]);
        if (f.Role == "strikes" && attackMode == "air_strike") (singular, plural) = ("air " + singular, "air " + plural);
        return Amount(f, singular, plural);
    }

    /// <summary>Appends the people counted (and any count of deeds not told as the verb), ", killing … and injuring …"; nothing when there are none.</summary>
    public static void Append(StringBuilder sb, FigureLayer layer, Event ev, int toldAsVerb, string? attackMode)
    {
        // (an event has a few figures: its own list is asked, and the counts told are a list, rather than sets made per summary)
        var own = ev.Figures;
        // the totals of each role in the order the roles first appear; a breakdown or an addition goes with its total
        var roles = new List<(string Role, List<int> Totals)>();
        var told = new List<(string, string, decimal, string)>();
        if (toldAsVerb >= 0 && layer.Figures[ev.Figures[toldAsVerb]] is var verb) told.Add((verb.Role, verb.Group, verb.Value, verb.Qualifier));
        for (int k = 0; k < ev.Figures.Count; k++)
        {
            int index = ev.Figures[k];
            var f = layer.Figures[index];
            if (!Roles.ContainsKey(f.Role)) continue;
            if (f.InsideOf is { } whole && own.Contains(whole) || f.InAdditionTo is { } total && own.Contains(total)) continue;
            // the same count read twice (a title and the body) is told once
            var count = (f.Role, f.Group, f.Value, f.Qualifier);
            if (told.Contains(count)) continue;
            told.Add(count);
            int at = RoleAt(roles, f.Role);
            if (at < 0) roles.Add((f.Role, [index]));
            else roles[at].Totals.Add(index);
        }
        if (roles.Count == 0) return;
        // people first ("killing …, and injuring …"), then counts of deeds not told as the verb ("in 3,294 strikes"), each in
        // the order the roles first appear (as a stable sort on "is a count" would put them)
        var clauses = new List<string>();
        for (int pass = 0; pass < 2; pass++)
        {
            bool counts = pass == 1;
            foreach (var (role, totals) in roles)
            {
                if (Roles[role].IsCount != counts) continue;
                var wording = Roles[role];
                var amounts = new StringBuilder();
                Total(amounts, layer, ev, totals[0], wording.IsCount, attackMode);
                // several totals of one role (two sources, or a title's count and the body's) are not added up: the first is told,
                // the others set beside it
                if (totals.Count > 1)
                {
                    amounts.Append(" (by other counts ");
                    for (int t = 1; t < totals.Count; t++)
                    {
                        if (t > 1) amounts.Append("; ");
                        Total(amounts, layer, ev, totals[t], wording.IsCount, attackMode);
                    }
                    amounts.Append(')');
                }
                clauses.Add(wording.IsCount ? "in " + amounts : wording.Phrase.Replace("{N}", amounts.ToString(), StringComparison.Ordinal));
            }
        }
        // a clause with a breakdown has commas of its own: the clauses are then set apart by ", and"
        bool commas = clauses.Exists(c => c.Contains(", including ", StringComparison.Ordinal) || c.Contains(", as well as ", StringComparison.Ordinal));
        for (int c = 0; c < clauses.Count; c++)
        {
            sb.Append(c == 0 ? ", " : c < clauses.Count - 1 ? ", " : commas ? ", and " : " and ");
            sb.Append(clauses[c]);
        }
    }

    // where a role's totals are listed, or -1 (a loop: a lambda over the figure made a closure for every figure)
    private static int RoleAt(List<(string Role, List<int> Totals)> roles, string role)
    {
        for (int i = 0; i < roles.Count; i++)
            if (roles[i].Role == role) return i;
        return -1;
    }

    // one total with its breakdown: "more than 130 people, including 45 children and 23 women, as well as 2 civil defence volunteers"
    private static void Total(StringBuilder sb, FigureLayer layer, Event ev, int total, bool isCount, string? attackMode)
    {
        var f = layer.Figures[total];
        sb.Append(isCount ? CountWords(f, attackMode) : PeopleWords(f));
        var inside = new List<string>();
        var added = new List<string>();
        foreach (int index in ev.Figures)
        {
            var part = layer.Figures[index];
            if (part.InsideOf == total) AddOnce(inside, PeopleWords(part));
            else if (part.InAdditionTo == total) AddOnce(added, PeopleWords(part));
        }
        if (inside.Count > 0)
        {
            sb.Append(", including ");
            Join(sb, inside);
        }
        if (added.Count > 0)
        {
            sb.Append(", as well as ");
            Join(sb, added);
        }
    }

    private static void AddOnce(List<string> list, string item)
    {
        if (!list.Contains(item)) list.Add(item);
    }

    private static void Join(StringBuilder sb, List<string> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(i == items.Count - 1 ? " and " : ", ");
            sb.Append(items[i]);
        }
    }

    private static string PeopleWords(Figure f)
    {
        var (singular, plural) = Groups.TryGetValue(f.Group, out var g) ? g : ("person", "people");
        return Amount(f, singular, plural);
    }

    // "more than 130 people", "1 child", "dozens of people", "10 to 15 people"
    private static string Amount(Figure f, string singular, string plural)
    {
        if (f.Vague)
        {
            var vague = f.Value switch { 10 => "dozens of ", 100 => "hundreds of ", 1000 => "thousands of ", _ => null };
            if (vague is not null) return vague + plural;
        }
        if (f.IsRange && f.Low is { } low && f.High is { } high) return $"{Number(low)} to {Number(high)} {plural}";
        var qualifier = f.Qualifier switch
        {
            "more_than" => "more than ",
            "at_least" => "at least ",
            "about" => "about ",
            "less_than" => "fewer than ",
            "up_to" => "up to ",
            _ => "",
        };
        return $"{qualifier}{Number(f.Value)} {(f.Value == 1 && qualifier.Length == 0 ? singular : plural)}";
    }

    private static string Number(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);
}
