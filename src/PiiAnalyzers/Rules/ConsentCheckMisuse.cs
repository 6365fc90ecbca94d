using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Rules;

/// <summary>
/// The PII008 checks of a <c>[ConsentCheck]</c> declaration, judged as <see cref="ConsentCatalog"/> reads it: a
/// shape that answers (<c>bool</c>, <c>Task&lt;bool&gt;</c>, <c>ValueTask&lt;bool&gt;</c>) or returns only with
/// consent (<c>void</c>, <c>Task</c>, <c>ValueTask</c>); exactly one purpose, from the attribute or from a
/// <c>ConsentPurpose</c> parameter; no <c>[RequiresConsent]</c> for the purpose it checks. Declarations that do
/// not compile (an unresolved return type, attribute arguments in error) are left to the compiler.
/// </summary>
internal sealed class ConsentCheckMisuse
{
    private const string NoPurposeInAttribute = "has no purpose: name it in the attribute ([ConsentCheck(ConsentPurpose.Marketing)])";

    private readonly PrivacyAttributeTypes _attributes;
    private readonly ConsentCatalog _consent;

    public ConsentCheckMisuse(PrivacyAttributeTypes attributes, ConsentCatalog consent)
    {
        _attributes = attributes;
        _consent = consent;
    }

    /// <summary>Reports the misuses of the <c>[ConsentCheck]</c> written on a method or property.</summary>
    public void Analyze(ISymbol symbol, PrivacyAttributeMisuseAnalyzer.Reporter misuse)
    {
        if (symbol is not (IMethodSymbol or IPropertySymbol) || PrivacyAttributeTypes.Find(symbol, _attributes.ConsentCheck) is not { } check)
        {
            return;
        }

        if (symbol is IMethodSymbol method)
        {
            AnalyzeMethod(method, check, misuse);
        }
        else
        {
            AnalyzeProperty((IPropertySymbol)symbol, check, misuse);
        }
    }

    private void AnalyzeMethod(IMethodSymbol method, AttributeData check, PrivacyAttributeMisuseAnalyzer.Reporter misuse)
    {
        if (method.AssociatedSymbol is not null)
        {
            // The catalog reads a property's own attributes; its getter is never called as a method.
            misuse.Report(check, method, "is ignored on an accessor: put it on the property");
            return;
        }

        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation) || ContainsError(method.ReturnType))
        {
            return;
        }

        if (_consent.ShapeOf(method) == CheckShape.None)
        {
            misuse.Report(check, method,
                "is ignored: a consent check must return bool (true means consent is given) or be void (it returns only with consent); " +
                "this one returns '" + Display(method.ReturnType) + "'");
            return;
        }

        bool takesPurpose = false;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (ContainsError(parameter.Type))
            {
                return; // it may be the purpose, half-typed
            }

            takesPurpose |= parameter.Type is INamedTypeSymbol type && _attributes.ConsentPurpose.Contains(type.OriginalDefinition);
        }

        AnalyzePurpose(method, check, takesPurpose, misuse);
    }

    private void AnalyzeProperty(IPropertySymbol property, AttributeData check, PrivacyAttributeMisuseAnalyzer.Reporter misuse)
    {
        if (ContainsError(property.Type))
        {
            return;
        }

        if (property.Type.SpecialType != SpecialType.System_Boolean)
        {
            misuse.Report(check, property,
                "is ignored: a consent check property must be bool (true means consent is given); this one is '" + Display(property.Type) + "'");
            return;
        }

        AnalyzePurpose(property, check, takesPurpose: false, misuse);
    }

    /// <summary>
    /// A check needs exactly one purpose: the attribute's, or (methods only) the call's <c>ConsentPurpose</c>
    /// argument. With both, the catalog takes the attribute's and never reads the argument.
    /// </summary>
    private void AnalyzePurpose(ISymbol member, AttributeData check, bool takesPurpose, PrivacyAttributeMisuseAnalyzer.Reporter misuse)
    {
        if (!Compiles(check))
        {
            return;
        }

        Purpose? named = check.ConstructorArguments.Length == 1 && PurposeSet.TryGetPurpose(check.ConstructorArguments[0].Value, out Purpose purpose)
            ? purpose
            : null;
        if (named is null && !takesPurpose)
        {
            misuse.Report(check, member, member is IMethodSymbol ? NoPurposeInAttribute + " or take a ConsentPurpose parameter" : NoPurposeInAttribute);
            return;
        }

        if (named is not null && takesPurpose)
        {
            misuse.Report(check, member, "names a purpose and takes one: the attribute's purpose wins and the argument is ignored");
        }

        AnalyzeRequirement(member, named, misuse);
    }

    /// <summary>
    /// <c>[RequiresConsent(p)]</c> on a check for <c>p</c> (or for the purpose of its argument, which may be
    /// <c>p</c>): every caller would need the consent before it may ask for it.
    /// </summary>
    private void AnalyzeRequirement(ISymbol member, Purpose? checkedPurpose, PrivacyAttributeMisuseAnalyzer.Reporter misuse)
    {
        if (_attributes.RequiresConsent.IsEmpty)
        {
            return;
        }

        foreach (AttributeData attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && _attributes.RequiresConsent.Contains(attributeClass) && Compiles(attribute) &&
                attribute.ConstructorArguments.Length == 1 && PurposeSet.TryGetPurpose(attribute.ConstructorArguments[0].Value, out Purpose required) &&
                (checkedPurpose is null || checkedPurpose == required))
            {
                misuse.Report(attribute, member, "makes a consent check require the consent it checks");
                return;
            }
        }
    }

    /// <summary>Whether the attribute's constructor and arguments bound without error.</summary>
    private static bool Compiles(AttributeData attribute)
    {
        if (attribute.AttributeConstructor is null)
        {
            return false;
        }

        foreach (TypedConstant argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Error)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsError(ITypeSymbol type)
    {
        switch (type)
        {
            case { TypeKind: TypeKind.Error }:
                return true;
            case IArrayTypeSymbol array:
                return ContainsError(array.ElementType);
            case INamedTypeSymbol named:
                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    if (ContainsError(argument))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
}
