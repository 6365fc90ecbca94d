using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII900: a line of a <c>PiiAnalyzers.txt</c> configuration file cannot be used (an unknown declaration, kind or
/// purpose, an id that names nothing or the wrong kind of symbol, a repeated or contradicting declaration). The
/// file is read once per compilation by <see cref="PrivacyConfiguration.For"/>; each error is reported on its
/// line of its file, as <c>PiiAnalyzers.txt line 3: unknown kind 'Emial'; …</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidConfigurationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.InvalidConfiguration);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        ImmutableArray<ConfigurationError> errors = PrivacyConfiguration.For(context.Compilation, context.Options, context.CancellationToken).Errors;
        if (errors.IsEmpty)
        {
            return;
        }

        // The errors name the files of these options; a host that hands the action other instances of them is
        // matched by path (a file listed twice was read once, and is reported once).
        bool sameInstances = context.Options.AdditionalFiles.Contains(errors[0].File);
        context.RegisterAdditionalFileAction(file =>
        {
            foreach (ConfigurationError error in errors)
            {
                if (sameInstances
                    ? ReferenceEquals(error.File, file.AdditionalFile)
                    : string.Equals(error.File.Path, file.AdditionalFile.Path, StringComparison.Ordinal))
                {
                    file.ReportDiagnostic(Diagnostic.Create(
                        RuleDescriptors.InvalidConfiguration,
                        error.Location,
                        ConfigurationFile.FileNameOf(error.File.Path),
                        error.Lines.Start.Line + 1,
                        error.Message));
                }
            }
        });
    }
}
