using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>The descriptors of an analyzer type, read once.</summary>
internal static class AnalyzerDescriptors<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static readonly ImmutableArray<DiagnosticDescriptor> All = new TAnalyzer().SupportedDiagnostics;

    public static DiagnosticResult Single()
    {
        var ids = All.Select(d => d.Id).Distinct().ToList();
        if (ids.Count != 1)
        {
            throw new InvalidOperationException(
                $"{typeof(TAnalyzer).Name} supports {ids.Count} diagnostic ids ({string.Join(", ", ids)}); use Diagnostic(id).");
        }

        return new DiagnosticResult(All[0]);
    }

    public static DiagnosticResult ById(string diagnosticId) =>
        new(All.FirstOrDefault(d => d.Id == diagnosticId)
            ?? throw new InvalidOperationException($"{typeof(TAnalyzer).Name} does not support the diagnostic id '{diagnosticId}'."));
}

/// <summary>Analyzer checks in one call, as Microsoft.CodeAnalysis.Testing's <c>CSharpAnalyzerVerifier</c>.</summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>A diagnostic of the analyzer's single supported descriptor.</summary>
    public static DiagnosticResult Diagnostic() => AnalyzerDescriptors<TAnalyzer>.Single();

    /// <summary>A diagnostic of the analyzer's descriptor with this id.</summary>
    public static DiagnosticResult Diagnostic(string diagnosticId) => AnalyzerDescriptors<TAnalyzer>.ById(diagnosticId);

    /// <summary>A diagnostic of this descriptor.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>Checks that the analyzer reports exactly the markup's and these diagnostics on the source.</summary>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<TAnalyzer> { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}

/// <summary>Analyzer and code-fix checks in one call, as Microsoft.CodeAnalysis.Testing's <c>CSharpCodeFixVerifier</c>.</summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <inheritdoc cref="CSharpAnalyzerVerifier{TAnalyzer}.Diagnostic()"/>
    public static DiagnosticResult Diagnostic() => AnalyzerDescriptors<TAnalyzer>.Single();

    /// <inheritdoc cref="CSharpAnalyzerVerifier{TAnalyzer}.Diagnostic(string)"/>
    public static DiagnosticResult Diagnostic(string diagnosticId) => AnalyzerDescriptors<TAnalyzer>.ById(diagnosticId);

    /// <inheritdoc cref="CSharpAnalyzerVerifier{TAnalyzer}.Diagnostic(DiagnosticDescriptor)"/>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <inheritdoc cref="CSharpAnalyzerVerifier{TAnalyzer}.VerifyAnalyzerAsync"/>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        CSharpAnalyzerVerifier<TAnalyzer>.VerifyAnalyzerAsync(source, expected);

    /// <summary>Checks the diagnostics in the source's markup, and that the fix turns the source into the fixed source.</summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
        VerifyCodeFixAsync(source, Array.Empty<DiagnosticResult>(), fixedSource);

    /// <summary>Checks the diagnostics (markup and <paramref name="expected"/>) and the fix.</summary>
    public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource) =>
        VerifyCodeFixAsync(source, new[] { expected }, fixedSource);

    /// <summary>Checks the diagnostics (markup and <paramref name="expected"/>) and the fix.</summary>
    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
    {
        var test = new CodeFixTest<TAnalyzer, TCodeFix> { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
