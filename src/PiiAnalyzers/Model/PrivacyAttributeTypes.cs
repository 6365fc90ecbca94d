using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.Model;

/// <summary>
/// The privacy attribute classes one compilation can see, by metadata name (<see cref="PrivacyAttributeNames"/>):
/// the package's, a project's own copies, and the foreign personal-data markers. Resolved once per compilation
/// and shared by everything that reads the attributes (<see cref="For"/>).
/// </summary>
internal sealed class PrivacyAttributeTypes
{
    private static readonly ConditionalWeakTable<Compilation, PrivacyAttributeTypes> Resolved = new();

    private PrivacyAttributeTypes(Compilation compilation)
    {
        ConsentCheck = TypesNamed(compilation, PrivacyAttributeNames.ConsentCheck);
        RequiresConsent = TypesNamed(compilation, PrivacyAttributeNames.RequiresConsent);
        ThirdParty = TypesNamed(compilation, PrivacyAttributeNames.ThirdParty);
        FirstParty = TypesNamed(compilation, PrivacyAttributeNames.FirstParty);
        ConsentPurpose = TypesNamed(compilation, PrivacyAttributeNames.ConsentPurpose);
        Redactor = TypesNamed(compilation, PrivacyAttributeNames.Redactor);
        NotPersonalData = TypesNamed(compilation, PrivacyAttributeNames.NotPersonalData);
        OwnPersonalData = TypesNamed(compilation, PrivacyAttributeNames.PersonalData);
        ForeignPersonalData = TypesNamed(compilation, PrivacyAttributeNames.IdentityPersonalData)
            .Union(TypesNamed(compilation, PrivacyAttributeNames.IdentityProtectedPersonalData));
        PersonalData = OwnPersonalData.Union(ForeignPersonalData);
        DataClassification = TypesNamed(compilation, PrivacyAttributeNames.DataClassification);
    }

    /// <summary>The attribute classes of a compilation.</summary>
    public static PrivacyAttributeTypes For(Compilation compilation) => Resolved.GetValue(compilation, c => new PrivacyAttributeTypes(c));

    /// <summary>The package's <c>[PersonalData]</c> (and a project's own copy).</summary>
    public ImmutableHashSet<INamedTypeSymbol> OwnPersonalData { get; }

    /// <summary>ASP.NET Core Identity's <c>[PersonalData]</c> and <c>[ProtectedPersonalData]</c>.</summary>
    public ImmutableHashSet<INamedTypeSymbol> ForeignPersonalData { get; }

    public ImmutableHashSet<INamedTypeSymbol> ConsentCheck { get; }

    public ImmutableHashSet<INamedTypeSymbol> RequiresConsent { get; }

    public ImmutableHashSet<INamedTypeSymbol> ThirdParty { get; }

    /// <summary><c>[FirstParty]</c>: a client of the organisation's own service.</summary>
    public ImmutableHashSet<INamedTypeSymbol> FirstParty { get; }

    /// <summary><c>PiiAnalyzers.ConsentPurpose</c>, the enum a consent check's purpose parameter has.</summary>
    public ImmutableHashSet<INamedTypeSymbol> ConsentPurpose { get; }

    public ImmutableHashSet<INamedTypeSymbol> Redactor { get; }

    public ImmutableHashSet<INamedTypeSymbol> NotPersonalData { get; }

    /// <summary><c>[PersonalData]</c> and ASP.NET Core Identity's markers.</summary>
    public ImmutableHashSet<INamedTypeSymbol> PersonalData { get; }

    /// <summary>Whether the symbol has an attribute of one of the classes written on it.</summary>
    public static bool Has(ISymbol symbol, ImmutableHashSet<INamedTypeSymbol> attributeClasses) => Find(symbol, attributeClasses) is not null;

    /// <summary>Microsoft.Extensions.Compliance's base class: every subclass marks personal data.</summary>
    public ImmutableHashSet<INamedTypeSymbol> DataClassification { get; }

    /// <summary>
    /// Whether no attribute that can be misused exists in the compilation: <c>[RequiresConsent]</c> and
    /// <c>[PersonalData]</c> are misused only next to <c>[ConsentCheck]</c> and <c>[NotPersonalData]</c>.
    /// </summary>
    public bool IsEmpty => ConsentCheck.IsEmpty && Redactor.IsEmpty && NotPersonalData.IsEmpty;

    /// <summary>Whether the attribute class marks personal data: <c>[PersonalData]</c> or a foreign marker.</summary>
    public bool IsPersonalDataMarker(INamedTypeSymbol? attributeClass)
    {
        if (attributeClass is null)
        {
            return false;
        }

        if (PersonalData.Contains(attributeClass))
        {
            return true;
        }

        for (INamedTypeSymbol? current = attributeClass.BaseType; current is not null && !DataClassification.IsEmpty; current = current.BaseType)
        {
            if (DataClassification.Contains(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first attribute of one of the classes written on the symbol, or <see langword="null"/>.</summary>
    public static AttributeData? Find(ISymbol symbol, ImmutableHashSet<INamedTypeSymbol> attributeClasses)
    {
        if (attributeClasses.IsEmpty)
        {
            return null;
        }

        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && attributeClasses.Contains(attributeClass))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>How an attribute is written: <c>ConsentCheck</c> for <c>ConsentCheckAttribute</c>.</summary>
    public static string ShortName(INamedTypeSymbol? attributeClass)
    {
        const string Suffix = "Attribute";
        string name = attributeClass?.Name ?? "?";
        return name.EndsWith(Suffix, System.StringComparison.Ordinal) && name.Length > Suffix.Length
            ? name.Substring(0, name.Length - Suffix.Length)
            : name;
    }

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

    private static bool HasAliasedReference(Compilation compilation)
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
}
