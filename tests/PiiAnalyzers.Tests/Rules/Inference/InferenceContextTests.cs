using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Inference;

/// <summary>
/// Issue 11: inference takes a member's context, not only its name. Settings, the organisation's places and rules, numbers
/// and dates that are not an age, a birth date or a coordinate, and addresses without postal context are not a person's
/// data; a <c>MailAddress</c> is an e-mail address whatever its name; a tuple element is named as the code spells it.
/// End to end with PII001 on code that marks nothing, as a team meets the product.
/// </summary>
public class InferenceContextTests
{
    private const string On = Solutions.ShopSolution.Inference;

    /// <summary>A shop's domain, unannotated, the way real models are written.</summary>
    private const string Domain = """

        namespace Shop.Domain
        {
            using System;
            using System.Collections.Generic;
            using System.Net.Mail;

            public class Address
            {
                public string Line1 { get; set; } = "";
                public string City { get; set; } = "";
                public string PostalCode { get; set; } = "";
            }

            public class Customer
            {
                public Guid Id { get; set; }
                public string Email { get; set; } = "";
                public string Password { get; set; } = "";
                public string Address { get; set; } = "";
                public string ApiKey { get; set; } = "";
                public int Age { get; set; }
                public DateTime DateOfBirth { get; set; }
                public double Latitude { get; set; }
                public int PasswordsNumber { get; set; }
                public long Phone { get; set; }
                public DateTime PasswordChangedAt { get; set; }
            }

            public class CustomerSettings
            {
                public string Password { get; set; } = "";
                public string ApiKey { get; set; } = "";
                public int UnduplicatedPasswordsNumber { get; set; }
            }

            public class Warehouse { public string Name { get; set; } = ""; public string Address { get; set; } = ""; public string Email { get; set; } = ""; }
            public class PickupPoint { public string Address { get; set; } = ""; public string ZipCode { get; set; } = ""; }
            public class TaxRate { public string Zip { get; set; } = ""; public decimal Percentage { get; set; } }
            public class Product { public string Name { get; set; } = ""; public string Title { get; set; } = ""; }
            public class Order { public Address Address { get; set; } = new(); public string ShippingAddress { get; set; } = ""; }
            public class Payout { public string LightningAddress { get; set; } = ""; public string WalletAddress { get; set; } = ""; public string Address { get; set; } = ""; }

            public class Notifier
            {
                public void Notify(MailAddress address, MailAddress from) { }
            }
        }
        """;

    private const string Usings = "using Microsoft.Extensions.Logging; using Shop.Domain;\n";

    [Fact]
    public Task SettingsSecretsAndTheOrganisationsPlacesAreNotAPersonsData() =>
        RunPii001(Usings + """
            public class Jobs
            {
                public void Run(ILogger<Jobs> logger, CustomerSettings settings, Warehouse warehouse, PickupPoint point, TaxRate rate, Product product)
                {
                    logger.LogInformation("Settings {Password} {Key} {Count}", settings.Password, settings.ApiKey, settings.UnduplicatedPasswordsNumber);
                    logger.LogInformation("Shipping from {Name} at {Address} ({Email})", warehouse.Name, warehouse.Address, warehouse.Email);
                    logger.LogInformation("Pickup at {Address} {Zip}", point.Address, point.ZipCode);
                    logger.LogInformation("Tax for {Zip}: {Rate}", rate.Zip, rate.Percentage);
                    logger.LogInformation("Auction closed for {Product} ({Title})", product.Name, product.Title);
                }
            }
            """);

    [Fact]
    public Task TheSameMembersOfACustomerAreReported() =>
        RunPii001(Usings + """
            public class Jobs
            {
                public void Run(ILogger<Jobs> logger, Customer customer)
                {
                    logger.LogInformation("Customer {Email} {Password} {Address}", {|#0:customer.Email|}, {|#1:customer.Password|}, {|#2:customer.Address|});
                    logger.LogInformation("Customer {Key}", customer.ApiKey);
                }
            }
            """,
            PII001.Pii001.At(0, "Customer.Email", "Email", "LogInformation"),
            PII001.Pii001.At(1, "Customer.Password", "Credential", "LogInformation"),
            PII001.Pii001.At(2, "Customer.Address", "PostalAddress", "LogInformation"));

    [Fact]
    public Task NumbersAndDatesAreOnlyAnAgeABirthDateOrACoordinate() =>
        RunPii001(Usings + """
            public class Jobs
            {
                public void Run(ILogger<Jobs> logger, Customer customer)
                {
                    logger.LogInformation("{Age} {Born} {Lat}", {|#0:customer.Age|}, {|#1:customer.DateOfBirth|}, {|#2:customer.Latitude|});
                    logger.LogInformation("{Count} {Phone} {Changed}", customer.PasswordsNumber, customer.Phone, customer.PasswordChangedAt);
                }
            }
            """,
            PII001.Pii001.At(0, "Customer.Age", "DateOfBirth", "LogInformation"),
            PII001.Pii001.At(1, "Customer.DateOfBirth", "DateOfBirth", "LogInformation"),
            PII001.Pii001.At(2, "Customer.Latitude", "Location", "LogInformation"));

    [Fact]
    public Task AnAddressIsPostalOnlyWithPostalContext() =>
        RunPii001(Usings + """
            public class Jobs
            {
                public void Run(ILogger<Jobs> logger, Order order, Payout payout)
                {
                    logger.LogInformation("Ship {Address} {Shipping}", {|#0:order.Address|}, {|#1:order.ShippingAddress|});
                    logger.LogInformation("Pay {Lightning} {Wallet} {Address}", payout.LightningAddress, payout.WalletAddress, payout.Address);
                }
            }
            """,
            PII001.Pii001.At(0, "Order.Address", "PostalAddress", "LogInformation"),
            PII001.Pii001.At(1, "Order.ShippingAddress", "PostalAddress", "LogInformation"));

    [Fact]
    public Task AMailAddressIsAnEmailWhateverItsName() =>
        RunPii001(Usings + """
            public class LoggingNotifier
            {
                public void Notify(ILogger logger, System.Net.Mail.MailAddress address, System.Net.Mail.MailAddress to, System.Net.Mail.MailAddress from, System.Net.Mail.MailAddress noReplyAddress) =>
                    logger.LogInformation("Mail {A} {T} {F} {N}", {|#0:address|}, {|#1:to|}, from, noReplyAddress);
            }
            """,
            PII001.Pii001.At(0, "address", "Email", "LogInformation"),
            PII001.Pii001.At(1, "to", "Email", "LogInformation"));

    [Fact]
    public Task ACollectionOfMailAddressesIsOne_AnotherGenericOfOneIsNot() =>
        RunPii001(Usings + """
            public class Mailer
            {
                public void Send(ILogger logger, System.Collections.Generic.IReadOnlyList<System.Net.Mail.MailAddress> recipients, System.Lazy<System.Net.Mail.MailAddress> address) =>
                    logger.LogInformation("Mail {R} {A}", {|#0:recipients|}, address);
            }
            """,
            PII001.Pii001.At(0, "recipients", "Email", "LogInformation"));

    [Fact]
    public Task AcrossProjects_TheDomainProjectIsReadInContextToo()
    {
        // The domain in a project of its own, as real solutions keep it; run with it as a compilation reference (as editors
        // load a solution) and as a built reference assembly, with the same expectations.
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
        {
            TestCode = Usings + """
                public class Jobs
                {
                    public void Run(ILogger<Jobs> logger, Customer customer, CustomerSettings settings, Warehouse warehouse, Payout payout)
                    {
                        logger.LogInformation("{Email} {Address} {Count}", {|#0:customer.Email|}, {|#1:customer.Address|}, customer.PasswordsNumber);
                        logger.LogInformation("{Password} {Address} {Lightning}", settings.Password, warehouse.Address, payout.LightningAddress);
                    }
                }
                """,
            GlobalConfig = On,
        };
        test.AdditionalProjects["Shop.Domain"] = new() { Domain };
        test.ExpectedDiagnostics.Add(PII001.Pii001.At(0, "Customer.Email", "Email", "LogInformation"));
        test.ExpectedDiagnostics.Add(PII001.Pii001.At(1, "Customer.Address", "PostalAddress", "LogInformation"));
        return test.RunAsync();
    }

    [Fact]
    public void ATupleElementIsNamedAsTheCodeSpellsIt()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Tuples",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Accounts { public (string Username, int Logins) Found; }") },
            TestReferences.Framework);
        var field = (Microsoft.CodeAnalysis.IFieldSymbol)compilation.GetTypeByMetadataName("Accounts")!.GetMembers("Found")[0];
        var element = ((Microsoft.CodeAnalysis.INamedTypeSymbol)field.Type).TupleElements[0];

        Assert.Equal("Username", PiiAnalyzers.Model.PersonalDataCatalog.DataNameOf(element));
        Assert.Equal("Accounts.Found", PiiAnalyzers.Model.PersonalDataCatalog.DataNameOf(field));
    }

    private static Task RunPii001(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer> { TestCode = source + Domain, GlobalConfig = On };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
