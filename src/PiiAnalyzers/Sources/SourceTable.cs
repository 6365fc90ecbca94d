using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.Sources;

/// <summary>
/// A table of sources resolved in one compilation: each row's type looked up once, so that asking whether a framework
/// member is personal data is a dictionary look-up by its type and its name.
/// </summary>
internal sealed class SourceTable
{
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, SourceRow[]>> _members = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, SourceRow> _types = new(SymbolEqualityComparer.Default);

    public SourceTable(Compilation compilation, ImmutableArray<SourceRow> rows)
    {
        var grouped = new Dictionary<INamedTypeSymbol, Dictionary<string, List<SourceRow>>>(SymbolEqualityComparer.Default);
        foreach (SourceRow row in rows)
        {
            foreach (INamedTypeSymbol type in TypeLookup.TypesNamed(compilation, row.Type))
            {
                if (row.IsType)
                {
                    _types[type] = row;
                    continue;
                }

                if (!grouped.TryGetValue(type, out Dictionary<string, List<SourceRow>>? members))
                {
                    grouped[type] = members = new Dictionary<string, List<SourceRow>>(StringComparer.Ordinal);
                }

                if (!members.TryGetValue(row.Member, out List<SourceRow>? named))
                {
                    members[row.Member] = named = new List<SourceRow>();
                }

                named.Add(row);
            }
        }

        foreach (KeyValuePair<INamedTypeSymbol, Dictionary<string, List<SourceRow>>> type in grouped)
        {
            var members = new Dictionary<string, SourceRow[]>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, List<SourceRow>> member in type.Value)
            {
                members[member.Key] = member.Value.ToArray();
            }

            _members[type.Key] = members;
        }
    }

    /// <summary>Whether the symbol is a type of the table or a member of one (which the catalog must then read, framework or not).</summary>
    public bool Covers(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol type => _types.ContainsKey(type.OriginalDefinition) || _members.ContainsKey(type.OriginalDefinition),
        _ => symbol.ContainingType is { } container && _members.ContainsKey(container.OriginalDefinition),
    };

    /// <summary>The row that makes every value of the type personal data, or <see langword="null"/>.</summary>
    public SourceRow? TypeRow(ITypeSymbol type) =>
        type is INamedTypeSymbol named && _types.TryGetValue(named.OriginalDefinition, out SourceRow? row) ? row : null;

    /// <summary>The row that makes a property's or method's value personal data whatever its arguments, or <see langword="null"/>.</summary>
    public SourceRow? MemberRow(ISymbol member)
    {
        foreach (SourceRow row in RowsOf(member))
        {
            if (row.Key is null && !row.JudgesKey)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>
    /// The row of a call or indexer read that takes a name (<c>Headers["User-Agent"]</c>, <c>FindFirstValue(ClaimTypes.Email)</c>):
    /// the first constant <c>string</c> argument is the key. A row for that key, else a row that judges any name
    /// (<see cref="SourceRow.JudgesKey"/>), else <see langword="null"/>.
    /// </summary>
    public SourceRow? KeyedRow(ISymbol member, ImmutableArray<IArgumentOperation> arguments)
    {
        SourceRow[] rows = RowsOf(member);
        if (rows.Length == 0 || KeyOf(arguments) is not { } key)
        {
            return null;
        }

        SourceRow? byName = null;
        foreach (SourceRow row in rows)
        {
            if (row.Key is not null && string.Equals(row.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return row;
            }

            byName ??= row.JudgesKey ? row : null;
        }

        return byName;
    }

    /// <summary>The first constant <c>string</c> argument of a call or indexer read: the name it reads a value by.</summary>
    public static string? KeyOf(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String)
            {
                return argument.Value.ConstantValue is { HasValue: true, Value: string key } ? key : HeaderName(argument.Value);
            }
        }

        return null;
    }

    /// <summary>
    /// <c>HeaderNames.UserAgent</c> (ASP.NET Core's header names are <c>static readonly</c>, not constants): the header it
    /// names, <c>User-Agent</c>, from the field's name.
    /// </summary>
    private static string? HeaderName(IOperation value)
    {
        if (value is not IFieldReferenceOperation { Field: { Name: var name, ContainingType: { Name: "HeaderNames" } } })
        {
            return null;
        }

        var header = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                header.Append('-');
            }

            header.Append(name[i]);
        }

        return header.ToString();
    }

    private SourceRow[] RowsOf(ISymbol member)
    {
        ISymbol definition = member.OriginalDefinition;
        return definition.ContainingType is { } type && _members.TryGetValue(type.OriginalDefinition, out Dictionary<string, SourceRow[]>? members) &&
            members.TryGetValue(definition.Name, out SourceRow[]? rows)
                ? rows
                : Array.Empty<SourceRow>();
    }

}
