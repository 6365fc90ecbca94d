using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Configuration;

/// <summary>Finding the types of a metadata name in a compilation and its references, for every table and attribute set.</summary>
internal static class TypeLookup
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<bool>> AliasedReferences = new();

    /// <summary>Every type of a metadata name in the compilation and its references (a project may declare its own copy).</summary>
    public static ImmutableHashSet<INamedTypeSymbol> TypesNamed(Compilation compilation, string metadataName)
    {
        // A top-level type is looked up in the compilation's merged namespace, which the compiler has built already for
        // binding: one lookup per namespace level, instead of one per referenced assembly. A namespace that exists in no
        // assembly ends the search at once (PiiAnalyzers in a project without the package).
        int dot = metadataName.LastIndexOf('.');
        if (metadataName.IndexOf('+') >= 0 || dot <= 0 || HasAliasedReference(compilation))
        {
            // Nested types, and references under an extern alias (not merged into the global namespace), are looked up in
            // every assembly.
            return ImmutableHashSet.CreateRange<INamedTypeSymbol>(SymbolEqualityComparer.Default, compilation.GetTypesByMetadataName(metadataName));
        }

        INamespaceSymbol? ns = compilation.GlobalNamespace;
        foreach (string part in metadataName.Substring(0, dot).Split('.'))
        {
            ns = FindNamespace(ns, part);
            if (ns is null)
            {
                return ImmutableHashSet<INamedTypeSymbol>.Empty;
            }
        }

        string name = metadataName.Substring(dot + 1);
        int tick = name.IndexOf('`');
        int arity = tick < 0 ? 0 : int.Parse(name.Substring(tick + 1), System.Globalization.CultureInfo.InvariantCulture);
        var found = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (INamedTypeSymbol type in ns.GetTypeMembers(tick < 0 ? name : name.Substring(0, tick), arity))
        {
            found.Add(type);
        }

        return found.ToImmutable();
    }

    /// <summary>Whether a reference of the compilation has an extern alias, asked once per compilation, not per type name.</summary>
    private static bool HasAliasedReference(Compilation compilation) =>
        AliasedReferences.GetValue(compilation, static c => new StrongBox<bool>(ComputeHasAliasedReference(c))).Value;

    private static bool ComputeHasAliasedReference(Compilation compilation)
    {
        foreach (MetadataReference reference in compilation.References)
        {
            if (!reference.Properties.Aliases.IsDefaultOrEmpty)
            {
                return true;
            }
        }

        return false;
    }

    private static INamespaceSymbol? FindNamespace(INamespaceSymbol parent, string name)
    {
        foreach (ISymbol member in parent.GetMembers(name))
        {
            if (member is INamespaceSymbol ns)
            {
                return ns;
            }
        }

        return null;
    }

    /// <summary>
    /// The name of a type's outermost namespace (<c>System</c> for <c>System.Net.IPAddress</c>), empty for the global
    /// namespace: what tells the framework's types (<c>System</c>, <c>Microsoft</c>) from the application's.
    /// </summary>
    public static string RootNamespaceOf(ITypeSymbol type)
    {
        INamespaceSymbol? ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns?.Name ?? string.Empty;
    }

    /// <summary>Whether the type is declared in a <c>System</c> or <c>Microsoft</c> namespace.</summary>
    public static bool IsSystemOrMicrosoft(ITypeSymbol type) => RootNamespaceOf(type) is "System" or "Microsoft";
}
