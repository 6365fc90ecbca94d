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
        ConsentCheck = TypeLookup.TypesNamed(compilation, PrivacyAttributeNames.ConsentCheck);
        RequiresConsent = TypeLookup.TypesNamed(compilation, PrivacyAttributeNames.RequiresConsent);
        ThirdParty = TypeLookup.TypesNamed(compilation, PrivacyAttributeNames.ThirdParty);
        FirstParty = TypeLookup.TypesNamed(compilation, PrivacyAttributeNames.FirstParty);
        ConsentPurpose = TypeLookup.TypesNamed(compilation, PrivacyAttributeNames.ConsentPurpose);
        Redactor = TypeLookup.TypesNamed(compilation, PrivacyAttributeNames.Redactor);
        NotPersonalData = TypeLookup.TypesNamed(compilation, PrivacyAttributeNames.NotPersonalData);
        OwnPersonalData = TypeLookup.TypesNamed(compilation, PrivacyAttributeNames.PersonalData);
        ForeignPersonalData = TypeLookup.TypesNamed(compilation, PrivacyAttributeNames.IdentityPersonalData)
            .Union(TypeLookup.TypesNamed(compilation, PrivacyAttributeNames.IdentityProtectedPersonalData));
        PersonalData = OwnPersonalData.Union(ForeignPersonalData);
        DataClassification = TypeLookup.TypesNamed(compilation, PrivacyAttributeNames.DataClassification);
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
}
