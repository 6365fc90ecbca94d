using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace PiiAnalyzers.Tests.MetaTests;

/// <summary>Every analyzer enables concurrent execution and skips generated code.</summary>
public class AnalyzerSetupTests
{
    [Fact]
    public void EveryAnalyzer_EnablesConcurrencyAndSkipsGeneratedCode() =>
        ShippedTypes.AssertNone(ShippedTypes.Analyzers().SelectMany(Problems).ToList());

    [Fact]
    public void Check_FindsAnalyzerWithoutConfiguration()
    {
        Assert.Empty(Problems(new ConfiguredAnalyzer()));
        Assert.Single(Problems(new HarnessTests.BadIdentifierAnalyzer())); // filters reported diagnostics by location again
        Assert.Equal(2, Problems(new UnconfiguredAnalyzer()).Count());
    }

    internal static IEnumerable<string> Problems(DiagnosticAnalyzer analyzer)
    {
        var spy = new SpyAnalysisContext();
        analyzer.Initialize(spy);
        string name = analyzer.GetType().Name;
        if (!spy.ConcurrentExecutionEnabled)
        {
            yield return $"{name}: does not call EnableConcurrentExecution()";
        }

        // Generated code is not analyzed (no Analyze flag); what is reported is not filtered again by location
        // (ReportDiagnostics), which spares the driver a search of every reported file for [GeneratedCode] symbols.
        // PII900 reports option errors with the first file they apply to, generated or not; it analyses nothing.
        GeneratedCodeAnalysisFlags expected = analyzer is PiiAnalyzers.Rules.InvalidConfigurationAnalyzer
            ? GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics
            : GeneratedCodeAnalysisFlags.ReportDiagnostics;
        if (spy.GeneratedCodeAnalysis != expected)
        {
            yield return $"{name}: calls ConfigureGeneratedCodeAnalysis({spy.GeneratedCodeAnalysis?.ToString() ?? "never"}), not with GeneratedCodeAnalysisFlags.{expected}";
        }
    }

    [Fact]
    public void EveryAnalyzer_IsForCSharp()
    {
        var problems = ShippedTypes.AnalyzerTypes
            .Where(t => t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Cast<DiagnosticAnalyzerAttribute>().All(a => !a.Languages.Contains(LanguageNames.CSharp)))
            .Select(t => $"{t.Name}: [DiagnosticAnalyzer] does not name C#")
            .ToList();
        ShippedTypes.AssertNone(problems);
    }

    /// <summary>An analyzer that configures nothing (test-only).</summary>
#pragma warning disable RS1001, RS1025, RS1026, RS1036, RS1038, RS1041
    private sealed class UnconfiguredAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(HarnessTests.BadIdentifierAnalyzer.Rule);

        public override void Initialize(AnalysisContext context) => context.RegisterSyntaxTreeAction(_ => { });
    }

    /// <summary>An analyzer configured as the package's are (test-only).</summary>
    private sealed class ConfiguredAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(HarnessTests.BadIdentifierAnalyzer.Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        }
    }
#pragma warning restore RS1001, RS1025, RS1026, RS1036, RS1038, RS1041

    /// <summary>Records the configuration calls; registrations are ignored.</summary>
    private sealed class SpyAnalysisContext : AnalysisContext
    {
        public bool ConcurrentExecutionEnabled { get; private set; }

        public GeneratedCodeAnalysisFlags? GeneratedCodeAnalysis { get; private set; }

        public override void EnableConcurrentExecution() => ConcurrentExecutionEnabled = true;

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCodeAnalysis = analysisMode;

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        {
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
        {
        }

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
        {
        }

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
        {
        }

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        {
        }

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        {
        }

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
        }

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
        {
        }

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
        {
        }

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
        {
        }

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
        {
        }
    }
}
