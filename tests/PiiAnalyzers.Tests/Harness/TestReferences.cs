using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>
/// The metadata references test sources compile against, built once per process from the running runtime
/// (tests run offline): the shared frameworks Microsoft.NETCore.App and Microsoft.AspNetCore.App, Serilog,
/// NLog, Newtonsoft.Json, and PiiAnalyzers.Annotations.
/// </summary>
public static class TestReferences
{
    private static readonly string[] SharedFrameworks = { "Microsoft.NETCore.App", "Microsoft.AspNetCore.App" };

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyFramework = new(LoadFramework);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyLibraries = new(() => ImmutableArray.Create(
        FromAssembly(typeof(Serilog.Log).Assembly),
        FromAssembly(typeof(NLog.Logger).Assembly),
        FromAssembly(typeof(Newtonsoft.Json.JsonConvert).Assembly)));

    private static readonly Lazy<MetadataReference> LazyAnnotations = new(() => FromAssembly(typeof(PersonalDataAttribute).Assembly));

    /// <summary>Every assembly of the shared frameworks Microsoft.NETCore.App and Microsoft.AspNetCore.App.</summary>
    public static ImmutableArray<MetadataReference> Framework => LazyFramework.Value;

    /// <summary>Serilog, NLog and Newtonsoft.Json.</summary>
    public static ImmutableArray<MetadataReference> Libraries => LazyLibraries.Value;

    /// <summary>PiiAnalyzers.Annotations.dll.</summary>
    public static MetadataReference Annotations => LazyAnnotations.Value;

    /// <summary>A reference to a loaded assembly's file.</summary>
    public static MetadataReference FromAssembly(Assembly assembly) => MetadataReference.CreateFromFile(assembly.Location);

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        string trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
            ?? throw new InvalidOperationException("TRUSTED_PLATFORM_ASSEMBLIES is not set: the tests must run on .NET (Core).");
        var files = trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(IsInSharedFramework)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        foreach (string required in new[] { "System.Runtime.dll", "Microsoft.Extensions.Logging.Abstractions.dll" })
        {
            if (!files.Any(f => Path.GetFileName(f) == required))
            {
                throw new InvalidOperationException($"{required} is not among the shared framework assemblies of the test host.");
            }
        }

        return files.Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToImmutableArray();
    }

    /// <summary>Whether a file is in <c>…/shared/&lt;framework&gt;/&lt;version&gt;/</c> of one of the frameworks.</summary>
    private static bool IsInSharedFramework(string file)
    {
        var versionDirectory = Directory.GetParent(file);
        var frameworkDirectory = versionDirectory?.Parent;
        return frameworkDirectory is not null &&
            SharedFrameworks.Contains(frameworkDirectory.Name, StringComparer.OrdinalIgnoreCase) &&
            string.Equals(frameworkDirectory.Parent?.Name, "shared", StringComparison.OrdinalIgnoreCase);
    }
}
