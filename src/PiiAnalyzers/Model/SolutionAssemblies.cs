using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.Model;

/// <summary>
/// Which referenced assemblies are the solution's own code, whose members inference mode covers like the project's:
/// <list type="number">
/// <item>an assembly named by <c>pii_analyzers.infer_personal_data_assemblies</c> (a domain model shipped as a
/// package of the organisation's own feed, say);</item>
/// <item>never the framework's (signed with Microsoft's keys, <see cref="FrameworkAssemblies"/>; by name <c>System*</c>,
/// <c>mscorlib</c>, <c>netstandard</c>) or this package's <c>PiiAnalyzers.Annotations</c>, unless named in 1;</item>
/// <item>another project of the solution: a compilation reference (as editors load a solution), or a built assembly
/// that is not in a NuGet package folder (<c>…/&lt;id&gt;/&lt;version&gt;/lib/…</c>), a framework reference pack
/// (<c>…/packs/…</c>) or a shared framework (<c>…/shared/Microsoft.*/…</c>): <c>Domain/bin/Debug/net8.0/Domain.dll</c>,
/// <c>Domain/obj/Release/net8.0/ref/Domain.dll</c>.</item>
/// </list>
/// The same assembly gets the same answer whichever shape its reference has, except where only the shape could tell
/// (a built assembly copied into a package-like folder): name it in the option then.
/// </summary>
internal sealed class SolutionAssemblies
{
    private static readonly string[] PackageContentFolders = { "lib", "ref", "runtimes", "build", "buildtransitive", "analyzers", "tools", "contentfiles" };

    private readonly Compilation _compilation;
    private readonly AssemblyNamePatterns _named;
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _verdicts = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

    public SolutionAssemblies(Compilation compilation, AssemblyNamePatterns named)
    {
        _compilation = compilation;
        _named = named;
    }

    /// <summary>Whether the assembly's members are the solution's own (the compilation's own assembly included).</summary>
    public bool Contains(IAssemblySymbol? assembly) =>
        assembly is not null &&
        (SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly) || _verdicts.GetOrAdd(assembly, Judge));

    private bool Judge(IAssemblySymbol assembly)
    {
        string name = assembly.Identity.Name;
        if (_named.Match(name) is not null)
        {
            return true;
        }

        if (FrameworkAssemblies.IsFramework(assembly) || IsFrameworkName(name))
        {
            return false;
        }

        return _compilation.GetMetadataReference(assembly) switch
        {
            CompilationReference => true,
            PortableExecutableReference { FilePath: { } path } => !IsPackageOrFrameworkPath(path),
            PortableExecutableReference => true, // an image in memory: no package put it there
            _ => false,
        };
    }

    /// <summary>
    /// The framework's assemblies and this package's attributes by name, for what carries no Microsoft key (reference
    /// assemblies of other runtimes, a build of the annotations of one's own): <c>System</c>, <c>System.*</c>,
    /// <c>mscorlib</c>, <c>netstandard</c>, <c>PiiAnalyzers.Annotations</c>. A project of the solution called
    /// <c>Microsoft.Contoso.Domain</c> is the solution's own.
    /// </summary>
    public static bool IsFrameworkName(string name) =>
        Is(name, "System") ||
        string.Equals(name, "mscorlib", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(name, "netstandard", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(name, "PiiAnalyzers.Annotations", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A file of a NuGet package (<c>…/&lt;id&gt;/&lt;version&gt;/lib|ref|runtimes|…/</c>, in the global packages folder, a
    /// fallback folder or a repository's own packages folder), a framework reference pack (<c>…/packs/…</c>), or a shared
    /// framework (<c>…/shared/Microsoft.NETCore.App/10.0.0/…</c>).
    /// </summary>
    public static bool IsPackageOrFrameworkPath(string path)
    {
        string[] segments = path.Replace('\\', '/').Split('/');
        for (int i = 0; i < segments.Length - 1; i++)
        {
            string segment = segments[i];
            if (string.Equals(segment, "packs", StringComparison.OrdinalIgnoreCase) && i + 2 < segments.Length && IsVersion(segments[i + 2]))
            {
                return true;
            }

            if (string.Equals(segment, "shared", StringComparison.OrdinalIgnoreCase) && i + 2 < segments.Length &&
                segments[i + 1].StartsWith("Microsoft.", StringComparison.OrdinalIgnoreCase) && IsVersion(segments[i + 2]))
            {
                return true;
            }

            if (i >= 2 && Array.IndexOf(PackageContentFolders, segment.ToLowerInvariant()) >= 0 && IsVersion(segments[i - 1]) && segments[i - 2].Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) &&
        (name.Length == prefix.Length || name[prefix.Length] == '.');

    /// <summary>A package version folder: <c>13.0.4</c>, <c>8.0.0-rc.2.23479.6</c>, <c>1.2.3+build</c>.</summary>
    private static bool IsVersion(string segment)
    {
        if (segment.Length < 3 || !char.IsDigit(segment[0]) || segment.IndexOf('.') < 0)
        {
            return false;
        }

        foreach (char c in segment)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-' or '+'))
            {
                return false;
            }
        }

        return true;
    }
}
