using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Diagnostics;
using Xunit.Sdk;

namespace PiiAnalyzers.Tests.MetaTests;

/// <summary>The analyzers and code fixes the package ships, found by reflection.</summary>
internal static class ShippedTypes
{
    public static Assembly AnalyzerAssembly => typeof(RuleDescriptors).Assembly;

    /// <summary>The code-fix assembly; loaded by name, since tests may not use a type of it yet.</summary>
    public static Assembly CodeFixAssembly { get; } = Assembly.Load(new AssemblyName("PiiAnalyzers.CodeFixes"));

    /// <summary>Every non-abstract <see cref="DiagnosticAnalyzer"/> with <c>[DiagnosticAnalyzer]</c>.</summary>
    public static IReadOnlyList<Type> AnalyzerTypes { get; } = AnalyzerAssembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    /// <summary>Every non-abstract <see cref="CodeFixProvider"/> of the code-fix assembly.</summary>
    public static IReadOnlyList<Type> CodeFixTypes { get; } = CodeFixAssembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    public static IEnumerable<DiagnosticAnalyzer> Analyzers() => AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

    /// <summary>The supported descriptors of every analyzer, with the analyzer's type name.</summary>
    public static IEnumerable<(string Analyzer, DiagnosticDescriptor Descriptor)> Descriptors() =>
        Analyzers().SelectMany(a => a.SupportedDiagnostics.Select(d => (a.GetType().Name, d)));

    public static ImmutableHashSet<string> DiagnosticIds() => Descriptors().Select(d => d.Descriptor.Id).ToImmutableHashSet();

    /// <summary>Fails with every problem found, one a line.</summary>
    public static void AssertNone(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new XunitException(problems.Count + " problem(s):\n" + string.Join("\n", problems));
        }
    }
}
