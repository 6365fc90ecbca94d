using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII900: the configuration cannot be read.
/// <list type="bullet">
/// <item>A line of a <c>PiiAnalyzers.txt</c> configuration file cannot be used (an unknown declaration, kind or purpose,
/// an id that names nothing or the wrong kind of symbol, a repeated or contradicting declaration). The file is read once
/// per compilation by <see cref="PrivacyConfiguration.For"/>; each error is reported on its line of its file, as
/// <c>PiiAnalyzers.txt line 3: unknown kind 'Emial'; …</c>.</item>
/// <item>An analyzer option's value cannot be read, or a <c>pii_analyzers.</c> key names no option, or the MSBuild
/// property <c>PiiAnalysisMode</c> names no mode (<see cref="ProjectOptions.For"/>). The analyzers cannot see which
/// config file a value comes from, so the diagnostic has no location; it is reported once, with the analysis of the
/// first source file the value applies to, as <c>Option pii_analyzers.infer_personal_data = 'yes': expected true or false; …</c>.</item>
/// </list>
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

        // An option's error is reported with the first file it applies to, which may be generated code: generated files
        // are visited too (the only action on them reports those errors, nothing is analysed).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        ProjectPrivacy project = ProjectPrivacy.For(context.Compilation, context.Options, context.CancellationToken);
        ReportOptionErrors(context, project.Options.Errors);
        ReportFileErrors(context, project.Configuration.Errors);
    }

    private static void ReportOptionErrors(CompilationStartAnalysisContext context, ImmutableArray<OptionError> errors)
    {
        if (errors.IsEmpty)
        {
            return;
        }

        context.RegisterSyntaxTreeAction(tree =>
        {
            foreach (OptionError error in errors)
            {
                if (error.ReportedWith == tree.Tree)
                {
                    tree.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.InvalidConfiguration, Location.None, error.What, error.Why));
                }
            }
        });
    }

    private static void ReportFileErrors(CompilationStartAnalysisContext context, ImmutableArray<ConfigurationError> errors)
    {
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
                        $"{ConfigurationFile.FileNameOf(error.File.Path)} line {error.Lines.Start.Line + 1}",
                        error.Message));
                }
            }
        });
    }
}
