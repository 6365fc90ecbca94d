using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Markers;

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
}

/// <summary>
/// Where inference mode is on: the source files whose options say <c>pii_analyzers.infer_personal_data = true</c>, from a
/// section of an <c>.editorconfig</c> or a global config (a file's own value wins over the global one, so a project can
/// turn it on and leave its tests out). A member is inferred where it is declared, not where it is used.
/// </summary>
internal sealed class PersonalDataInferenceScope
{
    /// <summary>The option's key.</summary>
    public const string OptionName = "pii_analyzers.infer_personal_data";

    private readonly ImmutableHashSet<SyntaxTree> _trees;

    private PersonalDataInferenceScope(ImmutableHashSet<SyntaxTree> trees) => _trees = trees;

    /// <summary>The scope of a compilation, or <see langword="null"/> when no source file turns inference on.</summary>
    /// <remarks>A value other than <c>true</c> or <c>false</c> (any case) is ignored, as if the key were absent.</remarks>
    public static PersonalDataInferenceScope? For(Compilation compilation, AnalyzerOptions options)
    {
        AnalyzerConfigOptionsProvider provider = options.AnalyzerConfigOptionsProvider;
        bool? global = IsOn(provider.GlobalOptions);
        ImmutableHashSet<SyntaxTree>.Builder trees = ImmutableHashSet.CreateBuilder<SyntaxTree>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if ((IsOn(provider.GetOptions(tree)) ?? global) == true)
            {
                trees.Add(tree);
            }
        }

        return trees.Count == 0 ? null : new PersonalDataInferenceScope(trees.ToImmutable());
    }

    /// <summary>Whether the member is declared in a file where inference is on.</summary>
    public bool Covers(ISymbol member)
    {
        foreach (Location location in member.Locations)
        {
            if (location.SourceTree is { } tree && _trees.Contains(tree))
            {
                return true;
            }
        }

        return false;
    }

    private static bool? IsOn(AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue(OptionName, out string? value))
        {
            return null;
        }

        value = value.Trim();
        return string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? true
            : string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) ? false
            : null;
    }
}
