using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII005;

/// <summary>Which records PII005 reports: the members the compiler's PrintMembers prints, each record once, at its name.</summary>
public class RecordTests
{
    [Fact]
    public Task PositionalAndNominalMembersAndFields() => Pii005.VerifyAsync("""
        public record {|#0:OrderPlaced|}(int OrderId, [PersonalData(PersonalDataKind.Email)] string BuyerEmail);

        public record {|#1:Customer|}
        {
            public int Id { get; init; }
            [PersonalData(PersonalDataKind.Name)] public string Name { get; init; } = "";
        }

        public record {|#2:Device|}
        {
            public int Id;
            [PersonalData(PersonalDataKind.DeviceId)] public string? Serial;
        }

        public record {|#3:Visit|}([property: PersonalData(PersonalDataKind.IpAddress)] string Ip);
        """,
        Pii005.At(0, "OrderPlaced", "OrderPlaced.BuyerEmail", "Email"),
        Pii005.At(1, "Customer", "Customer.Name", "Name"),
        Pii005.At(2, "Device", "Device.Serial", "DeviceId"),
        Pii005.At(3, "Visit", "Visit.Ip", "IpAddress"));

    [Fact]
    public Task ReportedOnceNamingTheFirstMemberPrinted() => Pii005.VerifyAsync("""
        public record {|#0:Customer|}(
            int Id,
            [PersonalData(PersonalDataKind.Phone)] string Phone,
            [PersonalData(PersonalDataKind.Email)] string Email)
        {
            [PersonalData(PersonalDataKind.Name)] public string Name { get; init; } = "";
        }
        """, Pii005.At(0, "Customer", "Customer.Phone", "Phone"));

    [Fact]
    public Task RecordsWithoutPrintedPersonalData() => Pii005.VerifyAsync("""
        public record OrderSummary(int OrderId, decimal Total);

        public record Account
        {
            [PersonalData(PersonalDataKind.Email)] private string Email { get; init; } = "";
            [PersonalData(PersonalDataKind.Email)] internal string Backup { get; init; } = "";
            [PersonalData(PersonalDataKind.Email)] public static string Support { get; } = "";
            [PersonalData(PersonalDataKind.Credential)] public string Password { set { } }
            [PersonalData(PersonalDataKind.Name)] public string this[int i] => "";
            [NotPersonalData("The shop's own address.")] public string Sender { get; init; } = "";
            [PersonalData(PersonalDataKind.Phone)] public const string Hotline = "0800";
            public bool IsActive { get; init; }
        }

        public class Customer
        {
            [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task APropertyWithAPrivateGetterIsStillPrinted() => Pii005.VerifyAsync("""
        public record {|#0:Login|}
        {
            [PersonalData(PersonalDataKind.Credential)] public string Password { private get; set; } = "";
        }
        """, Pii005.At(0, "Login", "Login.Password", "Credential"));

    [Fact]
    public Task OwnPrintMembersOrToStringIsTrusted() => Pii005.VerifyAsync("""
        public record Customer([PersonalData(PersonalDataKind.Email)] string Email, int Id)
        {
            protected virtual bool PrintMembers(System.Text.StringBuilder builder)
            {
                builder.Append("Id = ").Append(Id);
                return true;
            }
        }

        public record Contact([PersonalData(PersonalDataKind.Phone)] string Phone)
        {
            public override string ToString() => "Contact";
        }

        public record Sealed([PersonalData(PersonalDataKind.Phone)] string Phone)
        {
            public sealed override string ToString() => "Sealed";
        }

        public record SealedChild([PersonalData(PersonalDataKind.Email)] string Email) : Sealed("");
        """);

    [Fact]
    public Task SealedRecordsAndRecordStructs() => Pii005.VerifyAsync("""
        public sealed record {|#0:Shipment|}(int Id, [PersonalData(PersonalDataKind.PostalAddress)] string Street);

        public record struct {|#1:Reading|}(int Id, [PersonalData(PersonalDataKind.Location)] string Where);

        public readonly record struct {|#2:Tap|}([PersonalData(PersonalDataKind.DeviceId)] string Device);

        public record struct Clean(int Id);
        """,
        Pii005.At(0, "Shipment", "Shipment.Street", "PostalAddress"),
        Pii005.At(1, "Reading", "Reading.Where", "Location"),
        Pii005.At(2, "Tap", "Tap.Device", "DeviceId"));

    [Fact]
    public Task InheritedMembersAreTheBasesToReport() => Pii005.VerifyAsync("""
        public abstract record {|#0:Person|}([PersonalData(PersonalDataKind.Name)] string Name)
        {
            [PersonalData(PersonalDataKind.Email)] public abstract string Email { get; }
        }

        public record Employee(string Name, int Number) : Person(Name)
        {
            public override string Email => "";
        }

        public sealed record {|#1:Manager|}(string Name, [PersonalData(PersonalDataKind.Phone)] string Mobile) : Person(Name)
        {
            public override string Email => "";
        }
        """,
        Pii005.At(0, "Person", "Person.Name", "Name"),
        Pii005.At(1, "Manager", "Manager.Mobile", "Phone"));

    [Fact]
    public Task MembersOfMarkedTypesAndOfRecordsThatPrintPersonalData() => Pii005.VerifyAsync("""
        [PersonalData(PersonalDataKind.PostalAddress)]
        public class Address { public string City { get; set; } = ""; }

        public record {|#0:Buyer|}(int Id, [PersonalData(PersonalDataKind.Email)] string Email);

        public record Product(int Id, string Name);

        public record {|#1:Order|}(int Id, Product Item, Buyer Buyer);

        public record {|#2:Delivery|}(int Id, Address To);

        public record {|#3:Pair|}(int Id, (int Rank, Buyer Who) Entry);

        public record Batch(int Id, List<Buyer> Buyers, Buyer[] More);

        public record Quiet(int Id, [NotPersonalData("Only its id is used.")] Buyer Owner);
        """,
        Pii005.At(0, "Buyer", "Buyer.Email", "Email"),
        Pii005.At(1, "Order", "Order.Buyer.Email", "Email"),
        Pii005.At(2, "Delivery", "Delivery.To", "PostalAddress"),
        Pii005.At(3, "Pair", "Pair.Entry.Email", "Email"));

    [Fact]
    public Task AMemberWhoseRecordPrintsItsOwnWayIsNotReported() => Pii005.VerifyAsync("""
        public record Buyer(int Id, [PersonalData(PersonalDataKind.Email)] string Email)
        {
            public override string ToString() => $"Buyer {Id}";
        }

        public record Order(int Id, Buyer Buyer);
        """);

    [Fact]
    public Task AMarkedRecordTypePrintsItsMembersButFlags() => Pii005.VerifyAsync("""
        [PersonalData(PersonalDataKind.Name)]
        public record {|#0:Contact|}(bool Verified, string FullName);
        """, Pii005.At(0, "Contact", "Contact.FullName", "Name"));

    [Fact]
    public Task GenericAndNestedRecords() => Pii005.VerifyAsync("""
        public record {|#0:Labelled|}<T>(T Value, [PersonalData(PersonalDataKind.Name)] string Owner);

        public class Outer
        {
            public record {|#1:Inner|}([PersonalData(PersonalDataKind.Phone)] string Phone);
        }
        """,
        Pii005.At(0, "Labelled", "Labelled.Owner", "Name"),
        Pii005.At(1, "Inner", "Inner.Phone", "Phone"));

    [Fact]
    public Task APartialRecordIsReportedWhereTheMemberIsDeclared()
    {
        var test = new AnalyzerTest<GeneratedToStringExposesPersonalDataAnalyzer>
        {
            Sources =
            {
                Pii005.Usings + "public partial record Customer(int Id);\n",
                Pii005.Usings + """
                public partial record {|#0:Customer|}
                {
                    [PersonalData(PersonalDataKind.Email)] public string Email { get; init; } = "";
                }
                """,
            },
        };
        test.ExpectedDiagnostics.Add(Pii005.At(0, "Customer", "Customer.Email", "Email"));
        return test.RunAsync();
    }

    [Fact]
    public Task GeneratedCodeIsSkipped()
    {
        var test = new AnalyzerTest<GeneratedToStringExposesPersonalDataAnalyzer>
        {
            Sources =
            {
                "// <auto-generated/>\n" + Pii005.Usings + "public record Customer([PersonalData(PersonalDataKind.Email)] string Email);\n",
                Pii005.Usings + "public record OrderSummary(int Id, decimal Total);\n",
            },
        };
        return test.RunAsync();
    }

    [Fact]
    public Task ForeignMarkersCount() => Pii005.VerifyAsync("""
        namespace Microsoft.AspNetCore.Identity
        {
            public sealed class ProtectedPersonalDataAttribute : System.Attribute { }
        }

        public record {|#0:Profile|}([property: Microsoft.AspNetCore.Identity.ProtectedPersonalData] string Phone);
        """, Pii005.At(0, "Profile", "Profile.Phone", "ProtectedPersonalData"));

    [Fact]
    public Task NothingWithoutMarkers()
    {
        var test = new AnalyzerTest<GeneratedToStringExposesPersonalDataAnalyzer>
        {
            TestCode = "public record Customer(string Email, string Name);\n",
            ReferenceAnnotations = false,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task HalfTypedRecordsDoNotThrow() => Pii005.VerifyAsync("""
        public record {|#0:Customer|}([PersonalData(PersonalDataKind.Email)] string Email, {|CS0246:Unknown|} Other);

        public record {|#1:Broken|}([PersonalData(PersonalDataKind.{|CS0117:Emial|})] string Email);

        public record {|#2:Partial|}([PersonalData(PersonalDataKind.Phone)] string Phone{|CS1026:;|}
        """,
        Pii005.At(0, "Customer", "Customer.Email", "Email"),
        Pii005.At(1, "Broken", "Broken.Email", "Other"),
        Pii005.At(2, "Partial", "Partial.Phone", "Phone"));
}
