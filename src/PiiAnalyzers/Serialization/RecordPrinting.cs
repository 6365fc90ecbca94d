using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Serialization;

/// <summary>
/// What a record's compiler-generated <c>ToString</c> prints of the record's own members, as the C# compiler
/// decides it: <c>ToString</c> calls <c>PrintMembers</c>, which prints the base record's members first, then each
/// public instance field and each public instance property with a getter that is not an indexer or an override,
/// in declaration order. The code fixes read it from the analyzer assembly, so that PII005
/// and its fix agree on the members.
/// </summary>
internal static class RecordPrinting
{
    /// <summary>The name of the method the generated <c>ToString</c> prints the members with.</summary>
    public const string PrintMembersName = "PrintMembers";

    /// <summary>
    /// Whether the record's <c>ToString</c> is the compiler's and prints its members with the compiler's
    /// <c>PrintMembers</c>: neither is declared in the record's source (or, for a record of another assembly, both are
    /// <c>[CompilerGenerated]</c>), and no base record sealed <c>ToString</c>.
    /// </summary>
    public static bool UsesGeneratedPrintMembers(INamedTypeSymbol record)
    {
        if (!record.IsRecord)
        {
            return false;
        }

        bool generatedToString = false;
        foreach (ISymbol member in record.GetMembers("ToString"))
        {
            if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 0 } method)
            {
                if (!SymbolOrigin.IsCompilerGenerated(method))
                {
                    return false;
                }

                generatedToString = true;
            }
        }

        if (!generatedToString)
        {
            // A base record's 'sealed override ToString' is what the record prints with.
            return false;
        }

        foreach (ISymbol member in record.GetMembers(PrintMembersName))
        {
            if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 1 } method && !SymbolOrigin.IsCompilerGenerated(method))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The record's own members its generated <c>PrintMembers</c> prints, in the order it prints them.</summary>
    public static IEnumerable<ISymbol> PrintedMembers(INamedTypeSymbol record)
    {
        foreach (ISymbol member in record.GetMembers())
        {
            if (IsPrinted(member))
            {
                yield return member;
            }
        }
    }

    /// <summary>The type of a printed member.</summary>
    public static ITypeSymbol? TypeOf(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static bool IsPrinted(ISymbol member) => member switch
    {
        IFieldSymbol field => !field.IsStatic && !field.IsConst && field.DeclaredAccessibility == Accessibility.Public && !field.IsImplicitlyDeclared,
        IPropertySymbol property => !property.IsStatic && property.DeclaredAccessibility == Accessibility.Public &&
            !property.IsIndexer && !property.IsOverride && property.GetMethod is not null,
        _ => false,
    };
}
