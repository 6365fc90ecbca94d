using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Tests.Harness;

namespace PiiAnalyzers.Tests.Configuration;

/// <summary>
/// A library the tests' code cannot annotate, compiled once in memory and referenced as metadata: what a
/// <c>PiiAnalyzers.txt</c> describes. It references PiiAnalyzers.Annotations only for the purpose parameter of
/// <c>Consents.Allowed</c>; nothing in it is marked.
/// </summary>
internal static class Vendor
{
    public const string Source = """
        namespace Vendor.Models
        {
            public class Customer
            {
                public int TenantId { get; set; }
                public string Email { get; set; } = "";
                public string Name { get; set; } = "";
                public string Nickname = "";
                public bool IsActive { get; set; }
            }

            public class Address
            {
                public string City { get; set; } = "";
                public string Street { get; set; } = "";
            }

            public struct Coordinates { public double Latitude; public double Longitude; }

            public interface IProfile { string Handle { get; } }

            public enum Tier { Free, Paid }

            public delegate void Notify(string message);

            public class Box<T> { public T Value { get; set; } = default!; public T Unwrap(T fallback) => Value; }
        }

        namespace Vendor
        {
            public class Directory
            {
                public Directory() { }
                public string Lookup(int id) => "";
                public string Lookup(string key) => "";
                public void Refresh() { }
                public string this[int id] => "";
                public static Directory operator +(Directory a, Directory b) => a;
                public event System.EventHandler? Changed { add { } remove { } }
            }

            public static class Text
            {
                public static string Mask(string value) => "***";
                public static string Masked(this string value) => "***";
                public static void Scrub(string value) { }
                public static System.Threading.Tasks.Task ScrubAsync(string value) => System.Threading.Tasks.Task.CompletedTask;
                public static string Placeholder() => "***";
            }

            public class Consents
            {
                public bool Allowed(string subject, PiiAnalyzers.ConsentPurpose purpose) => true;
                public bool MarketingAllowed => true;
                public int Score => 0;
                public bool IsAllowed(string subject) => true;
                public int Level(string subject) => 0;
                public void Demand(string subject, PiiAnalyzers.ConsentPurpose purpose) { }
                public System.Threading.Tasks.Task<bool> AllowedAsync(string subject, PiiAnalyzers.ConsentPurpose purpose) => System.Threading.Tasks.Task.FromResult(true);
                public bool Flag { get; set; }
            }

            public class Crm
            {
                public class Client { public void Push(string payload) { } }
            }

            public static class Cache
            {
                public static void Put(string key, object value) { }
                public static void Clear() { }
            }
        }

        namespace Vendor.Diagnostics
        {
            public static class Audit { public static void Write(string message) { } }
        }

        namespace Segment
        {
            public class Analytics { public void Track(string name, object properties) { } }
        }
        """;

    private static readonly Lazy<MetadataReference> LazyReference = new(Compile);

    /// <summary>The vendor library as a metadata reference (what a package's assembly is to a project).</summary>
    public static MetadataReference Reference => LazyReference.Value;

    /// <summary>A compilation of <paramref name="source"/> that references the framework, the annotations and the vendor library.</summary>
    public static CSharpCompilation Compilation(string source = "class C { }") => CSharpCompilation.Create(
        "Test",
        new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12)) },
        TestReferences.Framework.Add(TestReferences.Annotations).Add(Reference),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Loads the configuration of files (path, content) for a compilation that sees the vendor library.</summary>
    public static PrivacyConfiguration Load(params (string Path, string Content)[] files) =>
        Load(Compilation(), files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Content)).ToImmutableArray());

    /// <summary>Loads the configuration of additional files for a compilation.</summary>
    public static PrivacyConfiguration Load(Compilation compilation, ImmutableArray<AdditionalText> files) =>
        ConfigurationFile.Load(compilation, files, CancellationToken.None);

    /// <summary>The symbol a documentation-comment id names in a compilation that sees the vendor library.</summary>
    public static ISymbol Symbol(string id) => Symbol(Compilation(), id);

    /// <summary>The symbol a documentation-comment id names in a compilation.</summary>
    public static ISymbol Symbol(Compilation compilation, string id) =>
        DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) ?? throw new InvalidOperationException($"{id} names nothing");

    private static MetadataReference Compile()
    {
        var compilation = CSharpCompilation.Create(
            "Vendor",
            new[] { CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.CSharp12)) },
            TestReferences.Framework.Add(TestReferences.Annotations),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The vendor library does not compile: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}

/// <summary>An additional file in memory; <c>null</c> content stands for a file that cannot be read.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public InMemoryAdditionalText(string path, string? content)
    {
        Path = path;
        _text = content is null ? null : SourceText.From(content);
    }

    public InMemoryAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
