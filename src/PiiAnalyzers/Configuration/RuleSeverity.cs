using System.Threading;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Configuration;

/// <summary>What a project says about a rule's severity, for rules whose work depends on it.</summary>
internal static class RuleSeverity
{
    /// <summary>
    /// Whether the project raised the rule to a warning or an error: in the compilation options (<c>/warnaserror+:</c>,
    /// a rule set), in a global config (the <c>Strict</c> analysis mode's included) or in an <c>.editorconfig</c> section
    /// of any of its files.
    /// </summary>
    public static bool IsRaised(Compilation compilation, string ruleId, CancellationToken cancellationToken)
    {
        if (compilation.Options.SpecificDiagnosticOptions.TryGetValue(ruleId, out ReportDiagnostic specific) && IsRaised(specific))
        {
            return true;
        }

        if (compilation.Options.SyntaxTreeOptionsProvider is not { } provider)
        {
            return false;
        }

        if (provider.TryGetGlobalDiagnosticValue(ruleId, cancellationToken, out ReportDiagnostic global) && IsRaised(global))
        {
            return true;
        }

        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if (provider.TryGetDiagnosticValue(tree, ruleId, cancellationToken, out ReportDiagnostic inTree) && IsRaised(inTree))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRaised(ReportDiagnostic severity) => severity is ReportDiagnostic.Warn or ReportDiagnostic.Error;
}
