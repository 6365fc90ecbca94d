using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>
/// How the main project of a test sees the solution's other projects. Editors (Visual Studio, Rider, OmniSharp,
/// csharp-ls) and <c>dotnet format</c> hand the analyzers a project reference as a <see cref="CompilationReference"/>:
/// the other project's symbols are source symbols of another compilation. A command-line build hands them the other
/// project's built reference assembly (<c>obj/…/ref/Domain.dll</c>) as a metadata reference. The analyzers must report
/// the same in both.
/// </summary>
[Flags]
public enum ProjectReferenceShapes
{
    /// <summary>Project references as compilation references, as editors load a solution.</summary>
    Compilation = 1,

    /// <summary>Project references as the referenced projects' built reference assemblies, as <c>dotnet build</c> passes them.</summary>
    Metadata = 2,

    /// <summary>Both, one after the other, with the same expectations: the diagnostics must be identical.</summary>
    Both = Compilation | Metadata,
}

/// <summary>Turns the compilation references of a compilation into built reference assemblies (<see cref="ProjectReferenceShapes.Metadata"/>).</summary>
internal static class BuiltReferences
{
    private static readonly ConditionalWeakTable<Compilation, MetadataReference> Built = new();

    /// <summary>What a shape is called in failure messages.</summary>
    public static string Describe(ProjectReferenceShapes shape) => shape switch
    {
        ProjectReferenceShapes.Compilation => "project references as compilation references (as editors load a solution)",
        ProjectReferenceShapes.Metadata => "project references as built reference assemblies (as dotnet build passes them)",
        _ => shape.ToString(),
    };

    /// <summary>The shapes a test runs in, in order.</summary>
    public static IEnumerable<ProjectReferenceShapes> Each(ProjectReferenceShapes shapes)
    {
        if (shapes.HasFlag(ProjectReferenceShapes.Compilation))
        {
            yield return ProjectReferenceShapes.Compilation;
        }

        if (shapes.HasFlag(ProjectReferenceShapes.Metadata))
        {
            yield return ProjectReferenceShapes.Metadata;
        }
    }

    /// <summary>
    /// The compilation with every compilation reference replaced by the referenced compilation's reference assembly
    /// (metadata only, no private members: what <c>ProduceReferenceAssembly</c> gives the referencing projects), at a
    /// path like <c>/Domain/obj/Debug/net10.0/ref/Domain.dll</c>. Fails when a referenced project does not build.
    /// </summary>
    public static Compilation WithBuiltReferences(Compilation compilation)
    {
        var compilationReferences = compilation.References.OfType<CompilationReference>().ToList();
        if (compilationReferences.Count == 0)
        {
            return compilation;
        }

        return compilation
            .RemoveReferences(compilationReferences)
            .AddReferences(compilationReferences.Select(reference => Built.GetValue(reference.Compilation, Emit)));
    }

    private static MetadataReference Emit(Compilation referenced)
    {
        using var image = new MemoryStream();
        EmitResult result = referenced.Emit(image, options: new EmitOptions(metadataOnly: true, includePrivateMembers: false));
        if (!result.Success)
        {
            throw new Xunit.Sdk.XunitException(
                $"The project {referenced.AssemblyName} does not build, so the test cannot run with {Describe(ProjectReferenceShapes.Metadata)} " +
                "(set ProjectReferences = ProjectReferenceShapes.Compilation for a test whose other project is meant to have errors): " +
                string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).Select(DiagnosticReport.Describe)));
        }

        string name = referenced.AssemblyName ?? "Referenced";
        return MetadataReference.CreateFromImage(
            ImmutableArray.Create(image.ToArray()),
            filePath: $"/{name}/obj/Debug/net10.0/ref/{name}.dll");
    }
}
