using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Markers;

/// <summary>
/// The privacy attribute classes one compilation can see, by metadata name (<see cref="PrivacyAttributeNames"/>):
/// the package's, a project's own copies, and the foreign personal-data markers. For the rule that checks how
/// the attributes are written, not what they mark.
/// </summary>
internal sealed class PrivacyAttributeTypes
{
    public PrivacyAttributeTypes(Compilation compilation)
    {
        ConsentCheck = TypesNamed(compilation, PrivacyAttributeNames.ConsentCheck);
        RequiresConsent = TypesNamed(compilation, PrivacyAttributeNames.RequiresConsent);
        ConsentPurpose = TypesNamed(compilation, PrivacyAttributeNames.ConsentPurpose);
        Redactor = TypesNamed(compilation, PrivacyAttributeNames.Redactor);
        NotPersonalData = TypesNamed(compilation, PrivacyAttributeNames.NotPersonalData);
        PersonalData = TypesNamed(compilation, PrivacyAttributeNames.PersonalData)
            .Union(TypesNamed(compilation, PrivacyAttributeNames.IdentityPersonalData))
            .Union(TypesNamed(compilation, PrivacyAttributeNames.IdentityProtectedPersonalData));
        DataClassification = TypesNamed(compilation, PrivacyAttributeNames.DataClassification);
    }

    public ImmutableHashSet<INamedTypeSymbol> ConsentCheck { get; }

    public ImmutableHashSet<INamedTypeSymbol> RequiresConsent { get; }

    /// <summary><c>PiiAnalyzers.ConsentPurpose</c>, the enum a consent check's purpose parameter has.</summary>
    public ImmutableHashSet<INamedTypeSymbol> ConsentPurpose { get; }

    public ImmutableHashSet<INamedTypeSymbol> Redactor { get; }

    public ImmutableHashSet<INamedTypeSymbol> NotPersonalData { get; }

    /// <summary><c>[PersonalData]</c> and ASP.NET Core Identity's markers.</summary>
    public ImmutableHashSet<INamedTypeSymbol> PersonalData { get; }

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

    private static ImmutableHashSet<INamedTypeSymbol> TypesNamed(Compilation compilation, string metadataName) =>
        ImmutableHashSet.CreateRange<INamedTypeSymbol>(SymbolEqualityComparer.Default, compilation.GetTypesByMetadataName(metadataName));
}
