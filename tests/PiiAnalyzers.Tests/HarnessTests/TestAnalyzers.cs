using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Tests.HarnessTests;

// Test-only analyzers, never shipped: the analyzer-authoring rules for shipped analyzers do not apply.
#pragma warning disable RS1015, RS1036, RS1038, RS1041, RS2008

/// <summary>TEST001 "'{0}' is bad" (warning) on every identifier named <c>Bad</c>; generated code skipped.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadIdentifierAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "TEST001", "Bad identifier", "'{0}' is bad", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(tree =>
        {
            foreach (SyntaxToken token in tree.Tree.GetRoot(tree.CancellationToken).DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == "Bad")
                {
                    tree.ReportDiagnostic(Diagnostic.Create(Rule, token.GetLocation(), token.ValueText));
                }
            }
        });
    }
}

/// <summary>Two ids: TEST001 on <c>Bad</c>, TEST009 on <c>Worse</c> (for id checks and multi-descriptor markup).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TwoRuleAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Worse = new(
        "TEST009", "Worse identifier", "'{0}' is worse", "Test", DiagnosticSeverity.Info, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BadIdentifierAnalyzer.Rule, Worse);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(tree =>
        {
            foreach (SyntaxToken token in tree.Tree.GetRoot(tree.CancellationToken).DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)))
            {
                DiagnosticDescriptor? rule = token.ValueText switch { "Bad" => BadIdentifierAnalyzer.Rule, "Worse" => Worse, _ => null };
                if (rule is not null)
                {
                    tree.ReportDiagnostic(Diagnostic.Create(rule, token.GetLocation(), token.ValueText));
                }
            }
        });
    }
}

/// <summary>Throws on every syntax tree.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BadIdentifierAnalyzer.Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("boom from ThrowingAnalyzer"));
    }
}

/// <summary>
/// TEST002 on every class name: "tree option '{0}', global option '{1}'", the value of <c>test_option</c> in
/// <c>GetOptions(tree)</c> and in <c>GlobalOptions</c> (<c>&lt;none&gt;</c> when missing).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OptionAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "TEST002", "Option", "tree option '{0}', global option '{1}'", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(
            node =>
            {
                var provider = node.Options.AnalyzerConfigOptionsProvider;
                string tree = provider.GetOptions(node.Node.SyntaxTree).TryGetValue("test_option", out var t) ? t : "<none>";
                string global = provider.GlobalOptions.TryGetValue("test_option", out var g) ? g : "<none>";
                node.ReportDiagnostic(Diagnostic.Create(Rule, ((ClassDeclarationSyntax)node.Node).Identifier.GetLocation(), tree, global));
            },
            SyntaxKind.ClassDeclaration);
    }
}

/// <summary>TEST003 "line '{0}'" at every non-empty line of the additional file <c>PiiAnalyzers.txt</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AdditionalFileAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "TEST003", "Additional file line", "line '{0}'", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(compilation =>
        {
            foreach (AdditionalText file in compilation.Options.AdditionalFiles.Where(f => f.Path.EndsWith("PiiAnalyzers.txt", StringComparison.Ordinal)))
            {
                if (file.GetText(compilation.CancellationToken) is not { } text)
                {
                    continue;
                }

                foreach (TextLine line in text.Lines)
                {
                    if (line.Span.Length > 0)
                    {
                        var location = Location.Create(file.Path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
                        compilation.ReportDiagnostic(Diagnostic.Create(Rule, location, line.ToString()));
                    }
                }
            }
        });
    }
}

/// <summary>
/// TEST010 "'{0}' is declared in source of another project" at every call whose target has syntax in another
/// compilation: what an analyzer sees only when project references arrive as compilation references.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SourceElsewhereAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "TEST010", "Source elsewhere", "'{0}' is declared in source of another project", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(
            call =>
            {
                var method = ((Microsoft.CodeAnalysis.Operations.IInvocationOperation)call.Operation).TargetMethod;
                if (!method.DeclaringSyntaxReferences.IsEmpty && !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, call.Compilation.Assembly))
                {
                    call.ReportDiagnostic(Diagnostic.Create(Rule, call.Operation.Syntax.GetLocation(), method.Name));
                }
            },
            OperationKind.Invocation);
    }
}
