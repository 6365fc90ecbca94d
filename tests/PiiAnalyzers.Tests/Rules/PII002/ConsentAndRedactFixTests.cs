using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Consent;
using PiiAnalyzers.CodeFixes.Redaction;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII002;

/// <summary>The fixes PII002 shares with the other sink rules: a consent check for Transfer, and redaction.</summary>
public class ConsentAndRedactFixTests
{
    private const string Models = """

        namespace Shop
        {
            using PiiAnalyzers;

            public class Customer
            {
                public int Id { get; set; }
                [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
            }

            public interface IConsents { [ConsentCheck] bool Has(Customer customer, ConsentPurpose purpose); }
        }
        """;

    private static DiagnosticResult At(int location, string data, string sink) =>
        CSharpAnalyzerVerifier<PersonalDataSerializedAnalyzer>.Diagnostic().WithLocation(location).WithArguments(data, "Email", sink, "Transfer");

    [Fact]
    public Task WrapsTheSerializationInATransferConsentCheck()
    {
        var test = new CodeFixTest<PersonalDataSerializedAnalyzer, WrapInConsentCheckCodeFixProvider>
        {
            TestCode = """
                using System.IO;
                using Shop;

                class Exporter
                {
                    private readonly IConsents _consents = null!;

                    void Export(Customer customer, Stream stream)
                    {
                        // One file per customer.
                        System.Text.Json.JsonSerializer.Serialize(stream, {|#0:customer|});
                    }
                }
                """ + Models,
            FixedCode = """
                using System.IO;
                using PiiAnalyzers;
                using Shop;

                class Exporter
                {
                    private readonly IConsents _consents = null!;

                    void Export(Customer customer, Stream stream)
                    {
                        // One file per customer.
                        if (_consents.Has(customer, ConsentPurpose.Transfer))
                        {
                            System.Text.Json.JsonSerializer.Serialize(stream, customer);
                        }
                    }
                }
                """ + Models,
        };
        test.ExpectedDiagnostics.Add(At(0, "Customer.Email", "JsonSerializer.Serialize"));
        return test.RunAsync();
    }

    [Fact]
    public Task RedactsASerializedValue()
    {
        var test = new CodeFixTest<PersonalDataSerializedAnalyzer, RedactPersonalDataCodeFixProvider>
        {
            TestCode = """
                using Shop;

                class Exporter
                {
                    string Export(Customer customer) => Newtonsoft.Json.JsonConvert.SerializeObject(new[] { {|#0:customer.Email|} });
                }
                """ + Models,
            FixedCode = """
                using PiiAnalyzers;
                using Shop;

                class Exporter
                {
                    string Export(Customer customer) => Newtonsoft.Json.JsonConvert.SerializeObject(new[] { Redact.Mask(customer.Email) });
                }
                """ + Models,
        };
        test.ExpectedDiagnostics.Add(At(0, "Customer.Email", "JsonConvert.SerializeObject"));
        return test.RunAsync();
    }
}
