using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII007: the answer of a consent check is thrown away. A <c>[ConsentCheck]</c> method that returns
/// <c>bool</c>, <c>Task&lt;bool&gt;</c> or <c>ValueTask&lt;bool&gt;</c> answers whether the person consented;
/// called as a statement (<c>consents.Has(customer, ConsentPurpose.Marketing);</c>, awaited or not) or assigned
/// to a discard (<c>_ = consents.Has(…);</c>) it reads like a check and lets the code go on either way.
/// A <c>void</c> or <c>Task</c> check answers by returning at all, so it is fine as a statement.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConsentCheckResultIgnoredAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.ConsentCheckResultIgnored);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        ProjectPrivacy project = ProjectPrivacy.For(context.Compilation, context.Options, context.CancellationToken);
        ConsentCatalog consent = project.Consent;
        if (consent.IsEmpty ||
            (!project.Configuration.DeclaresConsentChecks && !MarkerReach.ConsentChecksInReach(context.Compilation, context.CancellationToken)))
        {
            return; // no consent check is declared anywhere in reach: no answer can be ignored
        }

        context.RegisterOperationAction(
            statement => ReportIgnored(statement, consent, ((IExpressionStatementOperation)statement.Operation).Operation),
            OperationKind.ExpressionStatement);
        context.RegisterOperationAction(
            assignment =>
            {
                var simple = (ISimpleAssignmentOperation)assignment.Operation;
                if (simple.Target is IDiscardOperation)
                {
                    ReportIgnored(assignment, consent, simple.Value);
                }
            },
            OperationKind.SimpleAssignment);
    }

    /// <summary>Reports the consent check whose answer <paramref name="discarded"/> is, if it is one.</summary>
    private static void ReportIgnored(OperationAnalysisContext context, ConsentCatalog consent, IOperation discarded)
    {
        if (CheckCall(discarded, consent) is { } check)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                RuleDescriptors.ConsentCheckResultIgnored,
                check.Location,
                NameOf(check.Invocation.TargetMethod)));
        }
    }

    /// <summary>
    /// The consent-check call that produces a discarded value: the call itself (its task, for an async check),
    /// its awaited answer (<c>await check</c>, <c>await check.ConfigureAwait(false)</c>), or either behind a
    /// null-conditional access (<c>consents?.Has(…)</c>).
    /// </summary>
    private static (IInvocationOperation Invocation, Location Location)? CheckCall(IOperation value, ConsentCatalog consent)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        if (value is IAwaitOperation await)
        {
            value = await.Operation;
            if (value is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } configured })
            {
                value = configured;
            }
        }

        SyntaxNode? conditionalAccess = null;
        if (value is IConditionalAccessOperation access)
        {
            conditionalAccess = access.Syntax;
            value = access.WhenNotNull;
        }

        if (value is not IInvocationOperation invocation)
        {
            return null;
        }

        return consent.ShapeOf(invocation.TargetMethod) is CheckShape.Answers or CheckShape.AnswersAsync
            ? (invocation, (conditionalAccess ?? invocation.Syntax).GetLocation())
            : null;
    }

    /// <summary>How the message names a check: <c>Has</c>, or <c>Consents.Has</c> for a static method.</summary>
    private static string NameOf(IMethodSymbol method) => Sinks.CallNames.Of(method);
}
