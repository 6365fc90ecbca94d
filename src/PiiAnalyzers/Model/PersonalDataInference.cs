using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.Model;

/// <summary>
/// Inference mode (<c>pii_analyzers.infer_personal_data = true</c>): a field, property or parameter that nothing marks
/// and that PII006 would report as looking like personal data counts as personal data of the suggested kind for the
/// sink rules, so that a team can scan code it has not annotated yet. Declared markers and <c>[NotPersonalData]</c>
/// always win; types are never inferred.
/// </summary>
internal sealed class PersonalDataInference
{
    private readonly PersonalDataInferenceScope _scope;
    private readonly UnmarkedPersonalDataFinder _finder;

    public PersonalDataInference(PersonalDataInferenceScope scope, UnmarkedPersonalDataFinder finder)
    {
        _scope = scope;
        _finder = finder;
    }

    /// <summary>The kind the member is taken to be, or <see langword="null"/> when its declaration is outside the scope or its name says nothing.</summary>
    public string? KindOf(ISymbol member) => _scope.Covers(member) ? _finder.InferredKind(member) : null;

    /// <summary>Whether inference is on in the file.</summary>
    public bool IsOnIn(SyntaxTree tree) => _scope.IsOnIn(tree);
}

/// <summary>
/// Where inference mode is on. In the project: the source files whose options say
/// <c>pii_analyzers.infer_personal_data = true</c>, from a section of an <c>.editorconfig</c> or a global config (a file's
/// own value wins over the global one, so a project can turn it on and leave its tests out); a member of the project is
/// inferred where it is declared, not where it is used. Beyond the project, where inference is on in any of its files:
/// the members of the solution's other projects and of the assemblies named by
/// <c>pii_analyzers.infer_personal_data_assemblies</c> (<see cref="SolutionAssemblies"/>), never the framework's or a
/// package's. Such a member is read like metadata (<see cref="SymbolOrigin"/>), so the answer is the same whether its
/// project arrives as a compilation reference or as a built assembly.
/// </summary>
internal sealed class PersonalDataInferenceScope
{
    private readonly Compilation _compilation;
    private readonly ImmutableHashSet<SyntaxTree> _trees;
    private readonly SolutionAssemblies _solution;

    private PersonalDataInferenceScope(Compilation compilation, ImmutableHashSet<SyntaxTree> trees, AssemblyNamePatterns named)
    {
        _compilation = compilation;
        _trees = trees;
        _solution = new SolutionAssemblies(compilation, named);
    }

    /// <summary>The scope of a compilation, or <see langword="null"/> when no source file turns inference on.</summary>
    /// <remarks>A value other than <c>true</c> or <c>false</c> (any case) counts as absent, and PII900 reports it.</remarks>
    public static PersonalDataInferenceScope? For(Compilation compilation, AnalyzerOptions options)
    {
        ProjectOptions projectOptions = ProjectOptions.For(compilation, options);
        return projectOptions.InferenceTrees.IsEmpty
            ? null
            : new PersonalDataInferenceScope(compilation, projectOptions.InferenceTrees, projectOptions.InferredAssemblies);
    }

    /// <summary>Whether inference is on in the file.</summary>
    public bool IsOnIn(SyntaxTree tree) => _trees.Contains(tree);

    /// <summary>
    /// Whether inference covers the member: declared in a file of the project where it is on, or in another assembly of the
    /// solution (then reported only where the sink's file has it on: <see cref="PersonalDataCatalog.MayReportIn"/>).
    /// </summary>
    public bool Covers(ISymbol member)
    {
        if (!SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, _compilation.Assembly))
        {
            return _solution.Contains(member.ContainingAssembly);
        }

        foreach (Location location in member.Locations)
        {
            if (location.SourceTree is { } tree && _trees.Contains(tree))
            {
                return true;
            }
        }

        return false;
    }
}
