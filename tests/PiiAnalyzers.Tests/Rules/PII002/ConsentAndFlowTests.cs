using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Configuration;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using Xunit;
using static PiiAnalyzers.Tests.Rules.PII002.Pii002;

namespace PiiAnalyzers.Tests.Rules.PII002;

/// <summary>
/// PII002 and the flow engine: a Transfer consent check makes serialization fine (another purpose does not), so does
/// redaction; values derived from personal data are followed into a serializer; members marked
/// <c>[RequiresConsent(Transfer)]</c> and methods declared <c>serialization_sink</c> are sinks too.
/// </summary>
public class ConsentAndFlowTests
{
    private const string Consents = """

        namespace Shop
        {
            using PiiAnalyzers;

            public interface IConsents { [ConsentCheck] bool Has(Customer customer, ConsentPurpose purpose); }

            public class Exporter
            {
                [RequiresConsent(ConsentPurpose.Transfer)]
                public string Export(Customer customer) => System.Text.Json.JsonSerializer.Serialize(customer);
            }
        }
        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Pii002.VerifyAsync(Usings + source + Consents, expected);

    [Fact]
    public Task ATransferConsentCheck_MakesSerializationFine() => VerifyAsync("""
        class C
        {
            void M(Customer c, IConsents consents)
            {
                if (consents.Has(c, ConsentPurpose.Transfer))
                {
                    Stj.JsonSerializer.Serialize(c);
                    Nsj.JsonConvert.SerializeObject(c.Email);
                }

                if (!consents.Has(c, ConsentPurpose.Transfer))
                {
                    return;
                }

                new Xml.XmlSerializer(typeof(Customer)).Serialize(System.Console.Out, c);
            }
        }
        """);

    [Fact]
    public Task AConsentCheckForAnotherPurpose_OrOnSomePaths_IsNotEnough() => VerifyAsync("""
        class C
        {
            void M(Customer c, IConsents consents, bool verbose)
            {
                if (consents.Has(c, ConsentPurpose.Diagnostics))
                {
                    Stj.JsonSerializer.Serialize({|#0:c|});
                }

                if (verbose || consents.Has(c, ConsentPurpose.Transfer))
                {
                    Nsj.JsonConvert.SerializeObject({|#1:c.Email|});
                }
            }
        }
        """,
        At(0, "Customer.Name", "Name", "JsonSerializer.Serialize"),
        At(1, "Customer.Email", "Email", "JsonConvert.SerializeObject"));

    [Fact]
    public Task RequiresConsentTransfer_IsConsentedInside_AndASinkAtItsCalls() => VerifyAsync("""
        class C
        {
            string M(Customer c, Exporter exporter) => exporter.Export({|#0:c|});
        }
        """,
        At(0, "Customer.Name", "Name", "Export"));

    [Fact]
    public Task RedactedValues_AreFine() => VerifyAsync("""
        class C
        {
            void M(Customer c)
            {
                Stj.JsonSerializer.Serialize(Redact.Mask(c.Email));
                Stj.JsonSerializer.Serialize(Masks.MaskEmail(c.Email));
                Nsj.JsonConvert.SerializeObject(new { c.Id, Email = Masks.MaskEmail(c.Email) });
                Stj.JsonSerializer.Serialize(new[] { Redact.Mask(c.Name), Redact.KeepLast(c.Phone, 4) });
                Stj.JsonSerializer.Serialize(new { c.Id, Masked = Redact.Mask(c) });
            }
        }
        """);

    [Fact]
    public Task DerivedValues_AreFollowedIntoTheSerializer() => VerifyAsync("""
        class C
        {
            void M(Customer c, List<string> emails, Dictionary<string, object> payload)
            {
                var email = c.Email.Trim().ToLowerInvariant();
                Stj.JsonSerializer.Serialize({|#0:email|});
                emails.Add(c.Email);
                Nsj.JsonConvert.SerializeObject({|#1:emails|});
                payload["name"] = c.Name;
                Stj.JsonSerializer.Serialize({|#2:payload|});
                var pair = (c.Id, c.Phone);
                Stj.JsonSerializer.Serialize({|#3:pair|});
            }
        }
        """,
        At(0, "Customer.Email", "Email", "JsonSerializer.Serialize"),
        At(1, "Customer.Email", "Email", "JsonConvert.SerializeObject"),
        At(2, "Customer.Name", "Name", "JsonSerializer.Serialize"),
        At(3, "Customer.Phone", "Phone", "JsonSerializer.Serialize"));

    [Fact]
    public Task ASerializedString_IsReportedAtTheObjectSerialized() => VerifyAsync("""
        class C
        {
            string M(Customer c)
            {
                string json = Nsj.JsonConvert.SerializeObject({|#0:c|});
                return json;
            }
        }
        """,
        At(0, "Customer.Name", "Name", "JsonConvert.SerializeObject"));

    [Fact]
    public Task AMethodThatSerializesItsObjectParameter_IsASinkForTheValuesAndTheWholeObjectsPassedToIt() => VerifyAsync("""
        class C
        {
            static string ToJson(object value) => Stj.JsonSerializer.Serialize(value);

            static string Describe(Customer customer) => Stj.JsonSerializer.Serialize(customer.Id);

            void M(Customer c)
            {
                ToJson({|#0:c.Email|});
                ToJson(c.Id);
                ToJson({|#1:c|});
                Describe(c);
            }
        }
        """,
        At(0, "Customer.Email", "Email", "C.ToJson"),
        At(1, "Customer.Name", "Name", "C.ToJson"));

    [Fact]
    public Task AConfiguredSerializationSink_SerializesItsArguments() => ConfiguredAsync(
        """
        serialization_sink M:Vendor.Cache.Put(System.String,System.Object)
        personal_data      P:Vendor.Models.Customer.Email  Email
        """,
        Usings + """
        class C
        {
            void M(Customer c, Vendor.Models.Customer vendorCustomer, Order order)
            {
                Vendor.Cache.Put("customer", {|#0:c|});
                Vendor.Cache.Put("email:" + {|#1:c.Email|}, c.Id);
                Vendor.Cache.Put("vendor", {|#2:vendorCustomer|});
                Vendor.Cache.Put("json", Nsj.JsonConvert.SerializeObject({|#3:order|}));
                Vendor.Cache.Put("id", c.Id);
                Stj.JsonSerializer.Serialize({|#4:vendorCustomer|});
            }
        }
        """,
        At(0, "Customer.Name", "Name", "Cache.Put"),
        At(1, "Customer.Email", "Email", "Cache.Put"),
        At(2, "Customer.Email", "Email", "Cache.Put"),
        At(3, "Order.Buyer.Name", "Name", "JsonConvert.SerializeObject"),
        At(4, "Customer.Email", "Email", "JsonSerializer.Serialize"));

    [Fact]
    public Task WithoutTheConfiguration_TheVendorMethodIsNoSink() => ConfiguredAsync(
        "",
        Usings + """
        class C
        {
            void M(Customer c) => Vendor.Cache.Put("customer", c);
        }
        """);

    private static Task ConfiguredAsync(string configuration, string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<PersonalDataSerializedAnalyzer> { Sources = { source, DomainFixtures.Shop } };
        test.AdditionalFiles.Add(("PiiAnalyzers.txt", configuration));
        test.AdditionalReferences.Add(Vendor.Reference);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
