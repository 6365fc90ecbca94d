using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using System;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.CodeFixes.Records;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII005;

/// <summary>
/// What the fixed records print when run: the compiler's format (<c>Name { A = 1, B = x }</c>, <c>Name { }</c>),
/// base members first, without the personal data.
/// </summary>
public class FixedToStringTests
{
    private const string Source = """
        using PiiAnalyzers;

        public record Entity(int Id);

        public record {|#0:Customer|}(int Id, [PersonalData(PersonalDataKind.Email)] string Email, string Tier, decimal Credit) : Entity(Id);

        public sealed record {|#1:Guest|}(int Id, [PersonalData(PersonalDataKind.Phone)] string Phone) : Entity(Id);

        public abstract record {|#2:Person|}([PersonalData(PersonalDataKind.Name)] string Name);

        public sealed record Staff(string Name) : Person(Name);

        public readonly record struct {|#3:Tap|}([PersonalData(PersonalDataKind.DeviceId)] string Device, long At, int? Count);

        public record {|#4:Ticket|}(int @class, string? builder, char[] Code, [PersonalData(PersonalDataKind.Email)] string Email);
        """;

    private const string Fixed = """
        using System.Text;
        using PiiAnalyzers;

        public record Entity(int Id);

        public record Customer(int Id, [PersonalData(PersonalDataKind.Email)] string Email, string Tier, decimal Credit) : Entity(Id)
        {
            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Email.
            protected override bool PrintMembers(StringBuilder builder)
            {
                if (base.PrintMembers(builder))
                {
                    builder.Append(", ");
                }

                builder.Append("Tier = ");
                builder.Append(Tier);
                builder.Append(", Credit = ");
                builder.Append(Credit);
                return true;
            }
        }

        public sealed record Guest(int Id, [PersonalData(PersonalDataKind.Phone)] string Phone) : Entity(Id)
        {
            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Phone.
            protected override bool PrintMembers(StringBuilder builder)
            {
                return base.PrintMembers(builder);
            }
        }

        public abstract record Person([PersonalData(PersonalDataKind.Name)] string Name)
        {
            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Name.
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                return false;
            }
        }

        public sealed record Staff(string Name) : Person(Name);

        public readonly record struct Tap([PersonalData(PersonalDataKind.DeviceId)] string Device, long At, int? Count)
        {
            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Device.
            private bool PrintMembers(StringBuilder builder)
            {
                builder.Append("At = ");
                builder.Append(At);
                builder.Append(", Count = ");
                builder.Append(Count);
                return true;
            }
        }

        public record Ticket(int @class, string? builder, char[] Code, [PersonalData(PersonalDataKind.Email)] string Email)
        {
            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Email.
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                builder.Append("class = ");
                builder.Append(@class);
                builder.Append(", builder = ");
                builder.Append(this.builder);
                builder.Append(", Code = ");
                builder.Append(Code?.ToString());
                return true;
            }
        }
        """;

    /// <summary>Builds every record of the fixed source and prints it (appended after it, so markup positions stay put).</summary>
    private const string Printer = """

        public static class Printer
        {
            public static string[] PrintAll() => new[]
            {
                new Entity(7).ToString(),
                new Customer(1, "ann@example.com", "Gold", 2.5m).ToString(),
                new Guest(2, "+1 555 0100").ToString(),
                new Staff("Bea").ToString(),
                new Tap("device-1", 5, null).ToString(),
                new Ticket(3, null, new[] { 'x' }, "ann@example.com").ToString(),
            };
        }
        """;

    [Fact]
    public async Task FixedRecordsPrintLikeTheCompilersButWithoutThePersonalData()
    {
        var test = new CodeFixTest<GeneratedToStringExposesPersonalDataAnalyzer, OverridePrintMembersCodeFixProvider>
        {
            TestCode = Source + Printer,
            FixedCode = Fixed + Printer,
        };
        test.ExpectedDiagnostics.Add(Pii005.At(0, "Customer", "Customer.Email", "Email"));
        test.ExpectedDiagnostics.Add(Pii005.At(1, "Guest", "Guest.Phone", "Phone"));
        test.ExpectedDiagnostics.Add(Pii005.At(2, "Person", "Person.Name", "Name"));
        test.ExpectedDiagnostics.Add(Pii005.At(3, "Tap", "Tap.Device", "DeviceId"));
        test.ExpectedDiagnostics.Add(Pii005.At(4, "Ticket", "Ticket.Email", "Email"));
        await test.RunAsync();

        Assert.Equal(
            new[]
            {
                "Entity { Id = 7 }",
                "Customer { Id = 1, Tier = Gold, Credit = 2.5 }",
                "Guest { Id = 2 }",
                "Staff { }",
                "Tap { At = 5, Count =  }",
                "Ticket { class = 3, builder = , Code = System.Char[] }",
            },
            Run(Fixed + Printer));
    }

    [Fact]
    public void TheCompilersOwnFormatIsTheSameWithoutTheMembers() =>
        Assert.Equal(
            new[] { "Customer { Id = 1, Tier = Gold, Credit = 2.5 }", "Tap { At = 5, Count =  }", "Ticket { class = 3, builder = , Code = System.Char[] }" },
            Run("""
                public record Entity(int Id);
                public record Customer(int Id, string Tier, decimal Credit) : Entity(Id);
                public readonly record struct Tap(long At, int? Count);
                public record Ticket(int @class, string? builder, char[] Code);

                public static class Printer
                {
                    public static string[] PrintAll() => new[]
                    {
                        new Customer(1, "Gold", 2.5m).ToString(),
                        new Tap(5, null).ToString(),
                        new Ticket(3, null, new[] { 'x' }).ToString(),
                    };
                }
                """));

    /// <summary>Compiles the source, loads it and returns what <c>Printer.PrintAll()</c> prints (in the invariant culture).</summary>
    private static string[] Run(string source)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "FixedRecords" + Guid.NewGuid().ToString("N"),
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12)) },
            TestReferences.Framework.Add(TestReferences.Annotations),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        var context = new AssemblyLoadContext("FixedRecords", isCollectible: true);
        CultureInfo culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            image.Position = 0;
            Assembly assembly = context.LoadFromStream(image);
            MethodInfo printAll = assembly.GetType("Printer")!.GetMethod("PrintAll")!;
            return (string[])printAll.Invoke(null, null)!;
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            context.Unload();
        }
    }
}
