using Rasd.Lexicons;

namespace Rasd.Tests.Lexicons;

/// <summary>Every embedded data table parses, and none carries a line a text merge leaves behind (such a line reads as a word).</summary>
public class DataTableIntegrityTests
{
    public static TheoryData<string> Tables => [.. TsvTable.EmbeddedNames()];

    [Theory]
    [MemberData(nameof(Tables))]
    public void HasNoMergeConflictMarkers(string name)
    {
        var table = TsvTable.LoadEmbedded(name);
        Assert.DoesNotContain(table.Rows, r => r[0].StartsWith("<<<<<<<", StringComparison.Ordinal)
            || r[0].StartsWith(">>>>>>>", StringComparison.Ordinal) || r[0] == "=======");
    }

    [Fact]
    public void TheDataTablesAreEmbedded() => Assert.True(Tables.Count >= 100, $"{Tables.Count} tables");
}
