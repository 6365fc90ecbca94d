using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// The floor: an analyzer that registers the same kinds of actions as PiiAnalyzers' rules (compilation start;
/// operation blocks with operation actions on invocations and object creations and an end action; operation
/// actions on expression statements and assignments; symbol actions on types, methods, properties, fields and
/// parameters; additional files) and does nothing in them. What it costs is what the driver spends for any analyzer
/// of that shape: operation trees for every body and a callback per node.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "FLOOR001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: "https://example.invalid/floor");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterOperationBlockStartAction(block =>
            {
                block.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation);
                block.RegisterOperationBlockEndAction(_ => { });
            });
            start.RegisterOperationAction(_ => { }, OperationKind.ExpressionStatement, OperationKind.SimpleAssignment);
            start.RegisterSymbolAction(_ => { }, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Parameter);
            start.RegisterAdditionalFileAction(_ => { });
        });
    }
}
