using System.Collections.Generic;
using System.Linq;
using PiiAnalyzers.Sinks;
using PiiAnalyzers.Sources;
using Xunit;

namespace PiiAnalyzers.Tests.MetaTests;

/// <summary>The sink and source tables: one row per API, so that no row silently replaces another when they are resolved.</summary>
public class TableTests
{
    public static TheoryData<string> SinkTables => new() { nameof(LogSinkTable), nameof(ThirdPartySinkTable), nameof(SerializationSinkTable) };

    [Theory]
    [MemberData(nameof(SinkTables))]
    public void EachMethodOfATypeIsInOneRowOfItsTable(string table)
    {
        IEnumerable<SinkRow> rows = table switch
        {
            nameof(LogSinkTable) => LogSinkTable.Rows,
            nameof(ThirdPartySinkTable) => ThirdPartySinkTable.Rows,
            _ => SerializationSinkTable.Rows,
        };

        var duplicates = rows.SelectMany(row => row.Methods.Select(method => row.Type + "." + method))
            .GroupBy(name => name).Where(group => group.Count() > 1).Select(group => group.Key).ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void EachSourceRowIsUnique_AndEveryKindIsAPersonalDataKind()
    {
        var duplicates = FrameworkSourceTable.Rows.GroupBy(row => (row.Type, row.Member, Key: row.Key?.ToUpperInvariant(), row.JudgesKey))
            .Where(group => group.Count() > 1).Select(group => group.Key.ToString()).ToList();

        Assert.Empty(duplicates);
        Assert.All(FrameworkSourceTable.Rows, row => Assert.Contains(row.Kind, System.Enum.GetNames(typeof(PiiAnalyzers.PersonalDataKind))));
    }
}
