using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.Model;

/// <summary>
/// The consent checks and consent requirements of one compilation: <c>[ConsentCheck]</c> methods and
/// properties with the purpose they check (from the attribute, or the constant <c>ConsentPurpose</c> argument
/// of each call), <c>[RequiresConsent]</c> members, and the nullable-analysis attributes that make a call a
/// guard (<c>[DoesNotReturnIf]</c>, <c>[DoesNotReturn]</c>). Built once per compilation, answers cached.
/// </summary>
internal sealed class ConsentCatalog
{
    /// <summary>
    /// The catalogs of a compilation by its configuration (one per text of its <c>PiiAnalyzers.txt</c>; a compilation without
    /// one shares <see cref="PrivacyConfiguration.Empty"/> with others, hence the compilation first).
    /// </summary>
    private static readonly ConditionalWeakTable<Compilation, ConditionalWeakTable<PrivacyConfiguration, ConsentCatalog>> Catalogs = new();

    private readonly ImmutableHashSet<INamedTypeSymbol> _consentCheck;
    private readonly ImmutableHashSet<INamedTypeSymbol> _requiresConsent;
    private readonly ImmutableHashSet<INamedTypeSymbol> _purposeEnums;
    private readonly ConcurrentDictionary<ISymbol, CheckDeclaration> _checks = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, PurposeSet> _required = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _neverReturns = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

    private readonly PrivacyConfiguration _configuration;

    private ConsentCatalog(Compilation compilation, PrivacyConfiguration configuration, CancellationToken cancellationToken)
    {
        _configuration = configuration;
        PrivacyAttributeTypes attributes = PrivacyAttributeTypes.For(compilation);
        _consentCheck = attributes.ConsentCheck;
        // Which members require consent is read from their attributes only where one is written (a caller of each member asks).
        _requiresConsent = attributes.RequiresConsent.IsEmpty || MarkerReach.AttributeInReach(compilation, MarkerReach.Words.RequiresConsent, cancellationToken)
            ? attributes.RequiresConsent
            : ImmutableHashSet<INamedTypeSymbol>.Empty;
        _purposeEnums = attributes.ConsentPurpose;
    }

    /// <summary>Whether the compilation can declare consent checks or requirements at all.</summary>
    public bool IsEmpty => _consentCheck.IsEmpty && _requiresConsent.IsEmpty && !_configuration.DeclaresConsentChecks;

    /// <summary>The catalog of a compilation (built on first use with that compilation's configuration).</summary>
    public static ConsentCatalog For(Compilation compilation, PrivacyConfiguration configuration, CancellationToken cancellationToken) =>
        Catalogs.GetValue(compilation, static _ => new ConditionalWeakTable<PrivacyConfiguration, ConsentCatalog>())
            .GetValue(configuration, c => new ConsentCatalog(compilation, c, cancellationToken));

    /// <summary>Whether anything in the compilation can be a consent check: the attribute is visible, or <c>PiiAnalyzers.txt</c> declares one.</summary>
    public bool MayDeclareChecks => !_consentCheck.IsEmpty || _configuration.DeclaresConsentChecks;

    /// <summary>How a method or property answers, if it is a consent check.</summary>
    public CheckShape ShapeOf(ISymbol member) => Declaration(member).Shape;

    /// <summary>
    /// The purpose a consent check's declaration names (<c>[ConsentCheck(ConsentPurpose.Marketing)]</c>, <c>consent_check … Marketing</c>);
    /// <see langword="null"/> when the purpose comes from each call's <c>ConsentPurpose</c> argument, or the member is no check.
    /// </summary>
    public Purpose? FixedPurposeOf(ISymbol member) => Declaration(member).Purpose;

    /// <summary>
    /// The purposes a call of a consent check establishes when it answers yes (or returns, for a
    /// <see cref="CheckShape.Returns"/> check). None for other calls, and for a check whose purpose is not a
    /// constant.
    /// </summary>
    public PurposeSet Checked(IInvocationOperation invocation)
    {
        CheckDeclaration declaration = Declaration(invocation.TargetMethod);
        if (declaration.Shape == CheckShape.None)
        {
            return PurposeSet.None;
        }

        if (declaration.Purpose is { } fixedPurpose)
        {
            return PurposeSet.Of(fixedPurpose);
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type is INamedTypeSymbol type && _purposeEnums.Contains(type.OriginalDefinition))
            {
                return PurposeSet.TryGetPurpose(argument.Value.ConstantValue.HasValue ? argument.Value.ConstantValue.Value : null, out Purpose purpose)
                    ? PurposeSet.Of(purpose)
                    : PurposeSet.None;
            }
        }

        return PurposeSet.None;
    }

    /// <summary>The purpose a <c>[ConsentCheck]</c> property establishes when it is true.</summary>
    public PurposeSet Checked(IPropertyReferenceOperation property)
    {
        CheckDeclaration declaration = Declaration(property.Property);
        return declaration.Shape == CheckShape.Answers && declaration.Purpose is { } purpose ? PurposeSet.Of(purpose) : PurposeSet.None;
    }

    /// <summary>
    /// The purposes whose consent is the callers' duty for a member (<c>[RequiresConsent]</c>): assumed inside it.
    /// An accessor answers for its property.
    /// </summary>
    public PurposeSet RequiredBy(ISymbol? member)
    {
        if (member is null || _requiresConsent.IsEmpty)
        {
            return PurposeSet.None;
        }

        if (member is IMethodSymbol { AssociatedSymbol: IPropertySymbol property })
        {
            return RequiredBy(property).Union(Required(member.OriginalDefinition));
        }

        return Required(member.OriginalDefinition);
    }

    /// <summary>Whether a call never returns (<c>[DoesNotReturn]</c>): what follows it on that path cannot run.</summary>
    public bool NeverReturns(IMethodSymbol method) => _neverReturns.GetOrAdd(method.OriginalDefinition, static m =>
    {
        foreach (AttributeData attribute in m.GetAttributes())
        {
            if (IsCodeAnalysisAttribute(attribute, "DoesNotReturnAttribute"))
            {
                return true;
            }
        }

        return false;
    });

    /// <summary>
    /// For a parameter marked <c>[DoesNotReturnIf(value)]</c> (<c>Debug.Assert(condition)</c>), the value of the
    /// argument that makes the call not return.
    /// </summary>
    public static bool? DoesNotReturnIf(IParameterSymbol parameter)
    {
        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            if (IsCodeAnalysisAttribute(attribute, "DoesNotReturnIfAttribute") &&
                attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is bool value)
            {
                return value;
            }
        }

        return null;
    }

    private CheckDeclaration Declaration(ISymbol member) =>
        !MayDeclareChecks ? CheckDeclaration.NotACheck : _checks.GetOrAdd(member.OriginalDefinition, ComputeDeclaration);

    private CheckDeclaration ComputeDeclaration(ISymbol member)
    {
        AttributeData? attribute = FindInherited(member, _consentCheck);
        if (attribute is null)
        {
            return _configuration.IsConsentCheck(member, out Purpose? declared)
                ? new CheckDeclaration(DeclaredShapes.ConsentCheck(member), declared)
                : CheckDeclaration.NotACheck;
        }

        Purpose? purpose = attribute.ConstructorArguments.Length == 1 && PurposeSet.TryGetPurpose(attribute.ConstructorArguments[0].Value, out Purpose fixedPurpose)
            ? fixedPurpose
            : null;
        return new CheckDeclaration(DeclaredShapes.ConsentCheck(member), purpose);
    }

    private PurposeSet Required(ISymbol definition) =>
        _required.TryGetValue(definition, out PurposeSet known) ? known : _required.GetOrAdd(definition, ComputeRequired(definition));

    private PurposeSet ComputeRequired(ISymbol member)
    {
        PurposeSet required = PurposeSet.None;
        foreach (AttributeData attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && _requiresConsent.Contains(attributeClass) &&
                attribute.ConstructorArguments.Length == 1 && PurposeSet.TryGetPurpose(attribute.ConstructorArguments[0].Value, out Purpose purpose))
            {
                required = required.Union(PurposeSet.Of(purpose));
            }
        }

        return required;
    }

    /// <summary>The attribute on the member, or on what it overrides or implements.</summary>
    private static AttributeData? FindInherited(ISymbol member, ImmutableHashSet<INamedTypeSymbol> attributeClasses)
    {
        for (ISymbol? current = member; current is not null; current = Overridden(current))
        {
            if (PrivacyAttributeTypes.Find(current, attributeClasses) is { } found)
            {
                return found;
            }
        }

        if (member.ContainingType is { } type)
        {
            foreach (INamedTypeSymbol contract in type.AllInterfaces)
            {
                foreach (ISymbol candidate in contract.GetMembers(member.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate)?.OriginalDefinition, member) &&
                        PrivacyAttributeTypes.Find(candidate, attributeClasses) is { } found)
                    {
                        return found;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The method or property a member overrides, or <see langword="null"/>.</summary>
    internal static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };

    private static bool IsCodeAnalysisAttribute(AttributeData attribute, string name) =>
        attribute.AttributeClass is { } attributeClass && attributeClass.Name == name &&
        attributeClass.ContainingNamespace?.ToDisplayString() == "System.Diagnostics.CodeAnalysis";

    private sealed class CheckDeclaration
    {
        public static readonly CheckDeclaration NotACheck = new(CheckShape.None, null);

        public CheckDeclaration(CheckShape shape, Purpose? purpose)
        {
            Shape = shape;
            Purpose = purpose;
        }

        public CheckShape Shape { get; }

        public Purpose? Purpose { get; }
    }
}
