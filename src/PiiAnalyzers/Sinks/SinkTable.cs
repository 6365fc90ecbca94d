using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// A table of library sinks resolved in one compilation: each row's type looked up once (in the compilation and its
/// references), so that recognising a call is two dictionary look-ups, by the method's type and by its name.
/// </summary>
internal sealed class SinkTable
{
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, SinkRow>> _rows = new(SymbolEqualityComparer.Default);

    public SinkTable(Compilation compilation, ImmutableArray<SinkRow> rows)
    {
        foreach (SinkRow row in rows)
        {
            foreach (INamedTypeSymbol type in TypeLookup.TypesNamed(compilation, row.Type))
            {
                if (!_rows.TryGetValue(type, out Dictionary<string, SinkRow>? methods))
                {
                    _rows[type] = methods = new Dictionary<string, SinkRow>(System.StringComparer.Ordinal);
                }

                foreach (string method in row.Methods)
                {
                    methods[method] = row;
                }
            }
        }
    }

    /// <summary>Whether no row's type is in the compilation's reach.</summary>
    public bool IsEmpty => _rows.Count == 0;

    /// <summary>Whether some row names the type (its original definition).</summary>
    public bool Declares(INamedTypeSymbol type) => _rows.ContainsKey(type.OriginalDefinition);

    /// <summary>The row of a method, or <see langword="null"/> when it is no sink of the table.</summary>
    public SinkRow? RowOf(IMethodSymbol method) =>
        method.ContainingType is { } type && _rows.TryGetValue(type.OriginalDefinition, out Dictionary<string, SinkRow>? methods) &&
        methods.TryGetValue(method.Name, out SinkRow? row)
            ? row
            : null;
}
