namespace PiiAnalyzers.Tests.Solutions;

/// <summary>
/// The domain model of a web shop, as real solutions keep it: in its own project (<c>Contoso.Shop.Domain</c>), which
/// the web project references. <see cref="Annotated"/> marks the personal data; <see cref="Unannotated"/> is the same code
/// with nothing marked, as inference mode meets it. The tests run every case with the project reference both as a
/// compilation reference (editors) and as a built reference assembly (<c>dotnet build</c>), with the same expectations.
/// </summary>
internal static class ShopSolution
{
    /// <summary>The name of the domain project (and of its assembly).</summary>
    public const string DomainProject = "Contoso.Shop.Domain";

    /// <summary>Inference mode on for the web project.</summary>
    public const string Inference = "pii_analyzers.infer_personal_data = true";

    private const string Template = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        «using»
        namespace Contoso.Shop.Domain;

        public class Customer
        {
            public Customer(Guid id, string firstName, string lastName, string email)
            {
                Id = id;
                FirstName = firstName;
                LastName = lastName;
                Email = email;
                RegisteredAt = DateTimeOffset.UtcNow;
            }

            public Guid Id { get; private set; }

            «Name»public string FirstName { get; private set; }

            «Name»public string LastName { get; private set; }

            «Email»public string Email { get; private set; }

            «Phone»public string? PhoneNumber { get; set; }

            public Address? ShippingAddress { get; set; }

            public DateTimeOffset RegisteredAt { get; private set; }

            public bool MarketingOptIn { get; set; }

            public void ChangeEmail(string email) => Email = email;
        }

        «PostalAddress»public class Address
        {
            public string Street { get; set; } = "";

            public string City { get; set; } = "";

            public string PostalCode { get; set; } = "";

            public string Country { get; set; } = "";
        }

        public class PaymentCard
        {
            «PaymentCard»public string CardNumber { get; set; } = "";

            public int ExpiryMonth { get; set; }

            public int ExpiryYear { get; set; }
        }

        public class Order
        {
            public Guid Id { get; set; }

            public Customer Buyer { get; set; } = null!;

            public List<OrderLine> Lines { get; } = new();

            public List<PaymentCard> PaymentMethods { get; } = new();

            public decimal Total { get; set; }
        }

        public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice);

        public sealed record OrderPlaced(Guid OrderId, «EmailParameter»string BuyerEmail, decimal Total);

        public interface ICustomerRepository
        {
            Task<Customer?> FindAsync(Guid id, CancellationToken cancellationToken);
        }
        """;

    /// <summary>The domain model with its personal data marked <c>[PersonalData(kind)]</c>.</summary>
    public static string Annotated { get; } = Template
        .Replace("«using»", "using PiiAnalyzers;\n")
        .Replace("«Name»", "[PersonalData(PersonalDataKind.Name)]\n    ")
        .Replace("«Email»", "[PersonalData(PersonalDataKind.Email)]\n    ")
        .Replace("«Phone»", "[PersonalData(PersonalDataKind.Phone)]\n    ")
        .Replace("«PostalAddress»", "[PersonalData(PersonalDataKind.PostalAddress)]\n")
        .Replace("«PaymentCard»", "[PersonalData(PersonalDataKind.PaymentCard)]\n    ")
        .Replace("«EmailParameter»", "[PersonalData(PersonalDataKind.Email)] ");

    /// <summary>The same domain model with nothing marked.</summary>
    public static string Unannotated { get; } = Template
        .Replace("«using»", "")
        .Replace("«Name»", "").Replace("«Email»", "").Replace("«Phone»", "")
        .Replace("«PostalAddress»", "").Replace("«PaymentCard»", "").Replace("«EmailParameter»", "");
}
