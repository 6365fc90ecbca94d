using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace PiiAnalyzers.Tests.MetaTests;

/// <summary>
/// Every code fix is exported for C#, shared, supports Fix All, and fixes only the package's diagnostics.
/// Passes vacuously while the code-fix assembly has no provider.
/// </summary>
public class CodeFixProviderTests
{
    [Fact]
    public void CodeFixAssembly_Loads() => Assert.Equal("PiiAnalyzers.CodeFixes", ShippedTypes.CodeFixAssembly.GetName().Name);

    [Fact]
    public void EveryCodeFix_IsExportedSharedAndSupportsFixAll()
    {
        var ids = ShippedTypes.DiagnosticIds();
        ShippedTypes.AssertNone(ShippedTypes.CodeFixTypes.SelectMany(t => Problems(t, ids)).ToList());
    }

    [Fact]
    public void Check_FindsUnexportedFixWithoutFixAll() =>
        Assert.Equal(4, Problems(typeof(HarnessTests.NoFixAllFixer), ShippedTypes.DiagnosticIds()).Count());

    internal static IEnumerable<string> Problems(Type type, IReadOnlySet<string> ids)
    {
        if (type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not { } export || !export.Languages.Contains(LanguageNames.CSharp))
        {
            yield return $"{type.Name}: no [ExportCodeFixProvider(LanguageNames.CSharp)]";
        }

        if (!type.GetCustomAttributes(false).Any(a => a.GetType().FullName == "System.Composition.SharedAttribute"))
        {
            yield return $"{type.Name}: no [Shared] (System.Composition)";
        }

        var fixer = (CodeFixProvider)Activator.CreateInstance(type)!;
        if (fixer.GetFixAllProvider() is null)
        {
            yield return $"{type.Name}: GetFixAllProvider() returns null";
        }

        if (fixer.FixableDiagnosticIds.IsDefaultOrEmpty)
        {
            yield return $"{type.Name}: no FixableDiagnosticIds";
        }

        foreach (string id in fixer.FixableDiagnosticIds.Where(id => !ids.Contains(id)))
        {
            yield return $"{type.Name}: fixes '{id}', which no PiiAnalyzers analyzer reports";
        }
    }
}
