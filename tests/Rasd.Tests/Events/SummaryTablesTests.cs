using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Tests.Events;

/// <summary>The summary's wording tables cover what the extraction tables produce: every trigger sense, figure role and group, country.</summary>
public class SummaryTablesTests
{
    private static IEnumerable<string> Column(TsvTable table, string column) => table.Rows.Select(r => table.Cell(r, column));

    [Fact]
    public void Every_trigger_sense_names_a_trigger_of_its_type()
    {
        var triggers = TsvTable.LoadEmbedded("event_triggers");
        var known = triggers.Rows.Select(r => (triggers.Cell(r, "type"), ArabicFolding.FoldString(triggers.Cell(r, "trigger")))).ToHashSet();
        var phrases = TsvTable.LoadEmbedded("summary_phrases");
        var senses = phrases.Rows.Where(r => phrases.Cell(r, "when").StartsWith("triggers:", StringComparison.Ordinal))
            .SelectMany(r => phrases.Cell(r, "when")["triggers:".Length..].Split('|').Select(t => (phrases.Cell(r, "type"), ArabicFolding.FoldString(t))))
            .ToList();
        Assert.NotEmpty(senses);
        var missing1 = senses.Where(s => !known.Contains(s)).ToList();
        Assert.Empty(missing1);
    }

    [Fact]
    public void Every_event_type_and_attack_mode_has_a_wording()
    {
        var triggers = TsvTable.LoadEmbedded("event_triggers");
        var phrases = TsvTable.LoadEmbedded("summary_phrases");
        var defaults = phrases.Rows.Where(r => phrases.Cell(r, "when") == "*").Select(r => phrases.Cell(r, "type")).ToHashSet();
        var modes = phrases.Rows.Where(r => phrases.Cell(r, "when").StartsWith("mode:", StringComparison.Ordinal)).Select(r => phrases.Cell(r, "when")[5..]).ToHashSet();
        var missing2 = Column(triggers, "type").Distinct().Where(t => !defaults.Contains(t)).ToList();
        Assert.Empty(missing2);
        // "attack" is the plain mode: the type's default wording
        var missing3 = Column(triggers, "attack_mode").Where(m => m.Length > 0 && m != "attack").Distinct().Where(m => !modes.Contains(m)).ToList();
        Assert.Empty(missing3);
    }

    [Fact]
    public void Every_figure_role_and_group_has_english_words()
    {
        var roles = Column(TsvTable.LoadEmbedded("summary_figure_roles"), "role").ToHashSet();
        var groups = Column(TsvTable.LoadEmbedded("summary_figure_groups"), "group").ToHashSet();
        var figureRoles = TsvTable.LoadEmbedded("figure_roles");
        var figureGroups = TsvTable.LoadEmbedded("figure_groups");
        var missing4 = Column(figureRoles, "role").Distinct().Where(r => !roles.Contains(r)).ToList();
        Assert.Empty(missing4);
        // "population" marks a noun with no role of its own (refugees)
        var missing5 = Column(figureGroups, "role").Where(r => r.Length > 0 && r != "population").Distinct().Where(r => !roles.Contains(r)).ToList();
        Assert.Empty(missing5);
        // "inherit" takes the group of the total it follows
        var missing6 = Column(figureGroups, "group").Where(g => g != "inherit").Distinct().Where(g => !groups.Contains(g)).ToList();
        Assert.Empty(missing6);
    }

    [Fact]
    public void Every_country_has_one_demonym_row()
    {
        var countries = Column(TsvTable.LoadEmbedded("countries"), "iso3").ToList();
        var demonyms = Column(TsvTable.LoadEmbedded("country_demonyms_en"), "iso3").ToList();
        Assert.Equal(countries.Order(StringComparer.Ordinal), demonyms.Order(StringComparer.Ordinal));
        Assert.Equal("Syrian", Rasd.Entities.CountryDemonyms.Of("SYR"));
        Assert.Equal("forces of Tuvalu", Rasd.Entities.CountryDemonyms.Phrase("XXX", "Tuvalu", "forces"));
    }
}
