using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Model;

/// <summary>
/// Where a symbol comes from, as the analyzers may use it. A symbol declared in the compilation under analysis is
/// source: its body can be read. Any other symbol is read like metadata, whether its project arrives as a built
/// assembly or, as editors load a solution, as a compilation reference: its attributes, signature and public
/// shape count, its syntax does not (a compilation cannot give a semantic model of a tree it does not contain), and
/// members a built reference assembly would not show are left out, so both shapes give the same answers.
/// </summary>
internal static class SymbolOrigin
{
    /// <summary>Whether the symbol is declared in the compilation's own source (its syntax may be read).</summary>
    public static bool IsDeclaredIn(ISymbol symbol, Compilation compilation) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly) && !symbol.DeclaringSyntaxReferences.IsEmpty;

    /// <summary>
    /// Whether the compiler wrote the member (a record's <c>ToString</c> and <c>PrintMembers</c>, a backing field):
    /// implicitly declared in source, or <c>[CompilerGenerated]</c> in metadata.
    /// </summary>
    public static bool IsCompilerGenerated(ISymbol symbol)
    {
        if (symbol.IsImplicitlyDeclared)
        {
            return true;
        }

        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "CompilerGeneratedAttribute", ContainingNamespace: { Name: "CompilerServices", ContainingNamespace: { Name: "Runtime", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a member of a type is seen from <paramref name="assembly"/> as a built reference assembly shows it: every
    /// member of the assembly's own types; of another assembly's, the public and protected ones, and the internal ones
    /// when that assembly gives <paramref name="assembly"/> access (<c>InternalsVisibleTo</c>); never a private one.
    /// </summary>
    public static bool IsVisibleFrom(ISymbol member, IAssemblySymbol assembly)
    {
        if (member.ContainingAssembly is not { } declaring || SymbolEqualityComparer.Default.Equals(declaring, assembly))
        {
            return true;
        }

        return member.DeclaredAccessibility switch
        {
            Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal => true,
            Accessibility.Internal or Accessibility.ProtectedAndInternal => declaring.GivesAccessTo(assembly),
            _ => false,
        };
    }
}
