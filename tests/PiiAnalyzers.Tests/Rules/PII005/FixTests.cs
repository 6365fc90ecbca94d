using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Records;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII005;

/// <summary>
/// The PrintMembers fix for each kind of record: the compiler's signature and modifiers, its text without the
/// personal data; each result compiles (the harness fails on any compiler error) and Fix All gives the same.
/// </summary>
public class FixTests
{
    [Fact]
    public Task PositionalRecordGetsABodyWithAProtectedVirtualPrintMembers() => VerifyAsync(
        """
        using PiiAnalyzers;

        namespace Shop
        {
            public record {|#0:OrderPlaced|}(int OrderId, [PersonalData(PersonalDataKind.Email)] string BuyerEmail, decimal Total);
        }
        """,
        """
        using System.Text;
        using PiiAnalyzers;

        namespace Shop
        {
            public record OrderPlaced(int OrderId, [PersonalData(PersonalDataKind.Email)] string BuyerEmail, decimal Total)
            {
                // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: BuyerEmail.
                protected virtual bool PrintMembers(StringBuilder builder)
                {
                    builder.Append("OrderId = ");
                    builder.Append(OrderId);
                    builder.Append(", Total = ");
                    builder.Append(Total);
                    return true;
                }
            }
        }
        """,
        Pii005.At(0, "OrderPlaced", "OrderPlaced.BuyerEmail", "Email"));

    [Fact]
    public Task NominalRecordLeavesOutEveryPersonalDataMemberInDeclarationOrder() => VerifyAsync(
        """
        using System;
        using System.Collections.Generic;
        using System.Text;
        using PiiAnalyzers;

        public record {|#0:Customer|}
        {
            public int Id;
            [PersonalData(PersonalDataKind.Name)] public string Name { get; init; } = "";
            public DateTime Since { get; init; }
            [PersonalData(PersonalDataKind.Email)] public string Email { get; init; } = "";
            public List<string> Tags { get; } = new();
            private string Note { get; init; } = "";

            public bool IsNew() => Since > DateTime.Now.AddDays(-30);
        }
        """,
        """
        using System;
        using System.Collections.Generic;
        using System.Text;
        using PiiAnalyzers;

        public record Customer
        {
            public int Id;
            [PersonalData(PersonalDataKind.Name)] public string Name { get; init; } = "";
            public DateTime Since { get; init; }
            [PersonalData(PersonalDataKind.Email)] public string Email { get; init; } = "";
            public List<string> Tags { get; } = new();
            private string Note { get; init; } = "";

            public bool IsNew() => Since > DateTime.Now.AddDays(-30);

            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Name, Email.
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                builder.Append("Id = ");
                builder.Append(Id);
                builder.Append(", Since = ");
                builder.Append(Since);
                builder.Append(", Tags = ");
                builder.Append(Tags);
                return true;
            }
        }
        """,
        Pii005.At(0, "Customer", "Customer.Name", "Name"));

    [Fact]
    public Task SealedRecordGetsAPrivatePrintMembers() => VerifyAsync(
        """
        using PiiAnalyzers;

        public sealed record {|#0:Shipment|}(int Id, [PersonalData(PersonalDataKind.PostalAddress)] string Street);
        """,
        """
        using System.Text;
        using PiiAnalyzers;

        public sealed record Shipment(int Id, [PersonalData(PersonalDataKind.PostalAddress)] string Street)
        {
            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Street.
            private bool PrintMembers(StringBuilder builder)
            {
                builder.Append("Id = ");
                builder.Append(Id);
                return true;
            }
        }
        """,
        Pii005.At(0, "Shipment", "Shipment.Street", "PostalAddress"));

    [Fact]
    public Task RecordStructsGetAPrivatePrintMembers() => VerifyAsync(
        """
        using PiiAnalyzers;

        public record struct {|#0:Reading|}(int Id, [PersonalData(PersonalDataKind.Location)] string Where)
        {
            public double Value { get; set; }
        }

        public readonly record struct {|#1:Tap|}([PersonalData(PersonalDataKind.DeviceId)] string Device, long At);
        """,
        """
        using System.Text;
        using PiiAnalyzers;

        public record struct Reading(int Id, [PersonalData(PersonalDataKind.Location)] string Where)
        {
            public double Value { get; set; }

            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Where.
            private bool PrintMembers(StringBuilder builder)
            {
                builder.Append("Id = ");
                builder.Append(Id);
                builder.Append(", Value = ");
                builder.Append(Value);
                return true;
            }
        }

        public readonly record struct Tap([PersonalData(PersonalDataKind.DeviceId)] string Device, long At)
        {
            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Device.
            private bool PrintMembers(StringBuilder builder)
            {
                builder.Append("At = ");
                builder.Append(At);
                return true;
            }
        }
        """,
        Pii005.At(0, "Reading", "Reading.Where", "Location"),
        Pii005.At(1, "Tap", "Tap.Device", "DeviceId"));

    [Fact]
    public Task DerivedRecordsOverrideAndPrintTheirBaseFirst() => VerifyAsync(
        """
        using PiiAnalyzers;

        public record Entity(int Id);

        public record {|#0:Customer|}(int Id, [PersonalData(PersonalDataKind.Email)] string Email, string Tier) : Entity(Id);

        public sealed record {|#1:Guest|}(int Id, [PersonalData(PersonalDataKind.Phone)] string Phone) : Entity(Id);
        """,
        """
        using System.Text;
        using PiiAnalyzers;

        public record Entity(int Id);

        public record Customer(int Id, [PersonalData(PersonalDataKind.Email)] string Email, string Tier) : Entity(Id)
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
        """,
        Pii005.At(0, "Customer", "Customer.Email", "Email"),
        Pii005.At(1, "Guest", "Guest.Phone", "Phone"));

    [Fact]
    public Task ARecordWithOnlyPersonalDataPrintsNothing() => VerifyAsync(
        """
        using PiiAnalyzers;

        public abstract record {|#0:Person|}([PersonalData(PersonalDataKind.Name)] string Name);
        """,
        """
        using System.Text;
        using PiiAnalyzers;

        public abstract record Person([PersonalData(PersonalDataKind.Name)] string Name)
        {
            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Name.
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                return false;
            }
        }
        """,
        Pii005.At(0, "Person", "Person.Name", "Name"));

    [Fact]
    public Task MembersNamedLikeTheParameterOrAKeywordAndCharArrays() => VerifyAsync(
        """
        using PiiAnalyzers;

        public record {|#0:Ticket|}(int @class, string builder, char[] Code, [PersonalData(PersonalDataKind.Email)] string Email);
        """,
        """
        using System.Text;
        using PiiAnalyzers;

        public record Ticket(int @class, string builder, char[] Code, [PersonalData(PersonalDataKind.Email)] string Email)
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
        """,
        Pii005.At(0, "Ticket", "Ticket.Email", "Email"));

    [Fact]
    public Task NestedRecordsAndMembersThatAreRecordsWithPersonalData() => VerifyAsync(
        """
        using PiiAnalyzers;

        public record {|#0:Order|}(int Id, Order.Buyer Customer)
        {
            public record {|#1:Buyer|}(int Id, [PersonalData(PersonalDataKind.Email)] string Email);
        }
        """,
        """
        using System.Text;
        using PiiAnalyzers;

        public record Order(int Id, Order.Buyer Customer)
        {
            public record Buyer(int Id, [PersonalData(PersonalDataKind.Email)] string Email)
            {
                // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Email.
                protected virtual bool PrintMembers(StringBuilder builder)
                {
                    builder.Append("Id = ");
                    builder.Append(Id);
                    return true;
                }
            }

            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Customer.
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                builder.Append("Id = ");
                builder.Append(Id);
                return true;
            }
        }
        """,
        Pii005.At(0, "Order", "Order.Customer.Email", "Email"),
        Pii005.At(1, "Buyer", "Buyer.Email", "Email"));

    [Fact]
    public Task GenericRecordsAndCrLfDocuments() => VerifyAsync(
        "using PiiAnalyzers;\r\n\r\npublic record {|#0:Labelled|}<T>(T Value, [PersonalData(PersonalDataKind.Name)] string Owner, dynamic? Extra);\r\n",
        "using System.Text;\r\nusing PiiAnalyzers;\r\n\r\n" +
        "public record Labelled<T>(T Value, [PersonalData(PersonalDataKind.Name)] string Owner, dynamic? Extra)\r\n" +
        "{\r\n" +
        "    // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Owner.\r\n" +
        "    protected virtual bool PrintMembers(StringBuilder builder)\r\n" +
        "    {\r\n" +
        "        builder.Append(\"Value = \");\r\n" +
        "        builder.Append(Value);\r\n" +
        "        builder.Append(\", Extra = \");\r\n" +
        "        builder.Append(Extra);\r\n" +
        "        return true;\r\n" +
        "    }\r\n" +
        "}\r\n",
        Pii005.At(0, "Labelled", "Labelled.Owner", "Name"));

    [Fact]
    public Task FixAllAcrossTheProject()
    {
        var test = new CodeFixTest<GeneratedToStringExposesPersonalDataAnalyzer, OverridePrintMembersCodeFixProvider>
        {
            Sources =
            {
                """
                using PiiAnalyzers;

                namespace Shop;

                public record {|#0:Customer|}(int Id, [PersonalData(PersonalDataKind.Email)] string Email);

                public record struct {|#1:Visit|}([PersonalData(PersonalDataKind.IpAddress)] string Ip, int Pages);
                """,
                """
                using System;
                using PiiAnalyzers;

                namespace Shop.Billing;

                public sealed record {|#2:Invoice|}(Guid Number, [PersonalData(PersonalDataKind.BankAccount)] string Iban);
                """,
            },
            FixedSources =
            {
                """
                using System.Text;
                using PiiAnalyzers;

                namespace Shop;

                public record Customer(int Id, [PersonalData(PersonalDataKind.Email)] string Email)
                {
                    // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Email.
                    protected virtual bool PrintMembers(StringBuilder builder)
                    {
                        builder.Append("Id = ");
                        builder.Append(Id);
                        return true;
                    }
                }

                public record struct Visit([PersonalData(PersonalDataKind.IpAddress)] string Ip, int Pages)
                {
                    // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Ip.
                    private bool PrintMembers(StringBuilder builder)
                    {
                        builder.Append("Pages = ");
                        builder.Append(Pages);
                        return true;
                    }
                }
                """,
                """
                using System;
                using System.Text;
                using PiiAnalyzers;

                namespace Shop.Billing;

                public sealed record Invoice(Guid Number, [PersonalData(PersonalDataKind.BankAccount)] string Iban)
                {
                    // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Iban.
                    private bool PrintMembers(StringBuilder builder)
                    {
                        builder.Append("Number = ");
                        builder.Append(Number);
                        return true;
                    }
                }
                """,
            },
        };
        test.ExpectedDiagnostics.Add(Pii005.At(0, "Customer", "Customer.Email", "Email"));
        test.ExpectedDiagnostics.Add(Pii005.At(1, "Visit", "Visit.Ip", "IpAddress"));
        test.ExpectedDiagnostics.Add(Pii005.At(2, "Invoice", "Invoice.Iban", "BankAccount"));
        return test.RunAsync();
    }

    [Fact]
    public void TheFixHasOneEquivalenceKeyForEveryRecord() =>
        Assert.Equal("PiiAnalyzers.PrintMembers", OverridePrintMembersCodeFixProvider.EquivalenceKey);

    private static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new CodeFixTest<GeneratedToStringExposesPersonalDataAnalyzer, OverridePrintMembersCodeFixProvider>
        {
            TestCode = source,
            FixedCode = fixedSource,
        };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
