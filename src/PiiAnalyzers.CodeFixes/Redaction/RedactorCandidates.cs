using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.CodeFixes.Redaction;

/// <summary>
/// The methods a redaction fix may wrap a value in: the project's own static <c>[Redactor]</c> methods when it
/// has any, otherwise the package's <c>PiiAnalyzers.Redact.Mask</c>. The project's redactors are found once per
/// compilation.
/// </summary>
internal static class RedactorCandidates
{
    private const string RedactorAttribute = "PiiAnalyzers.RedactorAttribute";
    private const string PackageHelper = "PiiAnalyzers.Redact";
    private const int MaxOffered = 4;

    private static readonly ConditionalWeakTable<Compilation, IMethodSymbol[]> ProjectRedactors = new();

    /// <summary>
    /// The redactors that accept a value of <paramref name="valueType"/> and are accessible at the position, best
    /// first: a name that mentions the kind of data (<c>MaskEmail</c> for an e-mail), then a name that mentions no
    /// kind, then an exact parameter type. Redactors named for another kind of data are left out.
    /// </summary>
    public static ImmutableArray<IMethodSymbol> For(SemanticModel model, int position, ITypeSymbol valueType, string? kind)
    {
        Compilation compilation = model.Compilation;
        IEnumerable<IMethodSymbol> own = ProjectRedactors.GetValue(compilation, FindProjectRedactors)
            .Where(method => model.IsAccessible(position, method) && Accepts(compilation, method, valueType) && RedactorNaming.Fit(method.Name, kind) > 0);
        var ranked = own
            .OrderByDescending(method => RedactorNaming.Fit(method.Name, kind))
            .ThenByDescending(method => SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, valueType))
            .ThenBy(method => method.ContainingType.Name, StringComparer.Ordinal)
            .ThenBy(method => method.Name, StringComparer.Ordinal)
            .Take(MaxOffered)
            .ToImmutableArray();
        if (!ranked.IsEmpty)
        {
            return ranked;
        }

        IMethodSymbol? helper = PackageMask(compilation, valueType);
        return helper is not null && model.IsAccessible(position, helper) ? ImmutableArray.Create(helper) : ImmutableArray<IMethodSymbol>.Empty;
    }

    /// <summary><c>Redact.Mask(string)</c> for text, <c>Redact.Mask(object)</c> for anything else.</summary>
    private static IMethodSymbol? PackageMask(Compilation compilation, ITypeSymbol valueType)
    {
        IMethodSymbol? best = null;
        foreach (INamedTypeSymbol helper in compilation.GetTypesByMetadataName(PackageHelper))
        {
            foreach (IMethodSymbol mask in helper.GetMembers("Mask").OfType<IMethodSymbol>())
            {
                if (mask.Parameters.Length != 1 || !Accepts(compilation, mask, valueType))
                {
                    continue;
                }

                bool exact = mask.Parameters[0].Type.SpecialType == valueType.SpecialType && valueType.SpecialType == SpecialType.System_String;
                if (best is null || exact)
                {
                    best = mask;
                }
            }
        }

        return best;
    }

    private static bool Accepts(Compilation compilation, IMethodSymbol method, ITypeSymbol valueType)
    {
        ITypeSymbol parameterType = method.Parameters[0].Type;
        return parameterType.TypeKind == TypeKind.TypeParameter || compilation.ClassifyCommonConversion(valueType, parameterType).IsImplicit;
    }

    private static IMethodSymbol[] FindProjectRedactors(Compilation compilation)
    {
        var found = new List<IMethodSymbol>();
        foreach (ISymbol symbol in compilation.GetSymbolsWithName(static _ => true, SymbolFilter.Member))
        {
            if (symbol is IMethodSymbol { IsStatic: true, ReturnsVoid: false, MethodKind: MethodKind.Ordinary } method &&
                method.Parameters.Length >= 1 &&
                method.Parameters.Skip(1).All(parameter => parameter.IsOptional) &&
                method.GetAttributes().Any(attribute => attribute.AttributeClass?.ToDisplayString() == RedactorAttribute))
            {
                found.Add(method);
            }
        }

        return found.ToArray();
    }
}
