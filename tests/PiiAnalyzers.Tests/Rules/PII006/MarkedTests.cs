using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII006;

/// <summary>What is marked already, by every marker the other rules understand, is not reported; nor what is declared not personal data.</summary>
public class MarkedTests
{
    [Fact]
    public Task MarkedAndDeclaredNotPersonalDataMembersAreNotReported() => Pii006.VerifyAsync("""
        public class Customer
        {
            [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
            [PersonalData] public string? _phone;
            [NotPersonalData("The shop's own address, printed on invoices.")] public string Address { get; set; } = "";
            public void Send([PersonalData(PersonalDataKind.Email)] string email, [NotPersonalData("A template key")] string name) { }
            public string {|#0:City|} { get; set; } = "";
        }

        public record Signup([PersonalData(PersonalDataKind.Email)] string Email, [NotPersonalData("A campaign code")] string Login, string {|#1:Phone|});
        """,
        Pii006.At(0, "Customer.City", "PostalAddress", "City"),
        Pii006.At(1, "Signup.Phone", "Phone", "Phone"));

    [Fact]
    public Task MembersOfMarkedTypesAndValuesOfMarkedTypesAreNotReported() => Pii006.VerifyAsync("""
        [PersonalData(PersonalDataKind.PostalAddress)]
        public class Address { public string Street { get; set; } = ""; public string City { get; set; } = ""; }

        [NotPersonalData("The warehouses of the shop.")]
        public class Depot { public string Street { get; set; } = ""; public string Email { get; set; } = ""; public void Call(string phone) { } }

        [PersonalData(PersonalDataKind.Location)]
        public record struct GeoPoint(double Latitude, double Longitude);

        public class Customer
        {
            public Address HomeAddress { get; set; } = new();
            public List<Address> Addresses { get; } = new();
            public Address[] ShippingAddresses { get; } = Array.Empty<Address>();
            public Depot? DeliveryAddress { get; set; }
            public GeoPoint? Location2 { get; set; }
            public GeoPoint CurrentLocation { get; set; }
        }
        """);

    [Fact]
    public Task AValueOfATypeThatMarksItsOwnMembersIsNotReported() => Pii006.VerifyAsync("""
        public sealed record PostalAddress([PersonalData(PersonalDataKind.PostalAddress)] string Street, string Country);

        public class Address { public string Country { get; set; } = ""; }

        public sealed record ContactCard([PersonalData(PersonalDataKind.Name)] string FullName, PostalAddress Address, IReadOnlyList<PostalAddress> OtherAddresses);

        public class Customer
        {
            public PostalAddress? HomeAddress { get; set; }
            public Address {|#0:BillingAddress|} { get; set; } = new();
        }
        """,
        Pii006.At(0, "Customer.BillingAddress", "PostalAddress", "Address"));

    [Fact]
    public Task IdentityMarkersAndClassificationAttributesMark() => Pii006.VerifyAsync("""
        namespace Microsoft.Extensions.Compliance.Classification
        {
            public abstract class DataClassificationAttribute : System.Attribute { }
        }

        public sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }

        public class ApplicationUser : Microsoft.AspNetCore.Identity.IdentityUser
        {
            [Microsoft.AspNetCore.Identity.PersonalData] public string FirstName { get; set; } = "";
            [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string LastName { get; set; } = "";
            [PrivateData] public string Iban { get; set; } = "";
            public override string? Email { get; set; }
            public override string? PhoneNumber { get; set; }
            public string {|#0:Nickname|} { get; set; } = "";
        }
        """,
        Pii006.At(0, "ApplicationUser.Nickname", "Name", "Nickname"));

    [Fact]
    public Task DeclarationsOfTheConfigurationFileMark() => Pii006.VerifyConfiguredAsync(
        """
        personal_data      P:Shop.Customer.Email        Email
        not_personal_data  P:Shop.Customer.Phone
        personal_data      T:Shop.Address               PostalAddress
        not_personal_data  T:Shop.Warehouse
        personal_data      P:Shop.Signup.Email          Email
        """,
        """
        namespace Shop
        {
            public class Customer
            {
                public string Email { get; set; } = "";
                public string Phone { get; set; } = "";
                public string {|#0:Mobile|} { get; set; } = "";
            }

            public class Address { public string City { get; set; } = ""; }
            public class Warehouse { public string City { get; set; } = ""; }
            public record Signup(string Email, string {|#1:FirstName|});
        }
        """,
        Pii006.At(0, "Customer.Mobile", "Phone", "Mobile"),
        Pii006.At(1, "Signup.FirstName", "Name", "FirstName"));
}
