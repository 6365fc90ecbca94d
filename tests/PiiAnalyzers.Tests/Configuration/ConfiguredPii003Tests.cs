using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Configuration;

/// <summary>
/// End to end with PII003: recipients of a referenced assembly declared <c>third_party</c> in
/// <c>PiiAnalyzers.txt</c>, with their purposes, together with a declared consent check, redactor and personal
/// data.
/// </summary>
public class ConfiguredPii003Tests
{
    private const string Configuration = """
        # The partners' SDKs, which we cannot annotate.
        third_party    T:Segment.Analytics                  Analytics
        third_party    M:Vendor.Crm.Client.Push(System.String)
        personal_data  P:Vendor.Models.Customer.Email       Email
        consent_check  M:Vendor.Consents.Allowed(System.String,PiiAnalyzers.ConsentPurpose)
        redactor       M:Vendor.Text.Masked(System.String)
        """;

    private const string Usings = "using PiiAnalyzers; using Vendor; using Vendor.Models;\n";

    [Fact]
    public Task DeclaredRecipientsNeedConsentForTheirPurpose() => VerifyAsync(Configuration, Usings + """
        class C
        {
            void M(Customer customer, Segment.Analytics analytics, Crm.Client crm, Consents consents)
            {
                analytics.Track("signup", {|#0:customer.Email|});
                crm.Push({|#1:customer.Email|});
                crm.Push(customer.Name);
                if (consents.Allowed(customer.Email, ConsentPurpose.Analytics))
                {
                    analytics.Track("signup", customer.Email);
                    crm.Push({|#2:customer.Email|});
                }

                if (consents.Allowed(customer.Email, ConsentPurpose.ThirdPartySharing))
                {
                    crm.Push(customer.Email);
                }

                crm.Push(customer.Email.Masked());
            }
        }
        """,
        At(0, "Customer.Email", "Email", "Analytics.Track", "Analytics"),
        At(1, "Customer.Email", "Email", "Client.Push", "ThirdPartySharing"),
        At(2, "Customer.Email", "Email", "Client.Push", "ThirdPartySharing"));

    [Fact]
    public Task WithoutTheConfigurationTheVendorsClientsAreNotRecipients() => VerifyAsync(string.Empty, Usings + """
        class Person { [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = ""; }

        class C
        {
            void M(Person person, Segment.Analytics analytics, Crm.Client crm)
            {
                analytics.Track("signup", person.Email);
                crm.Push(person.Email);
            }
        }
        """);

    private static DiagnosticResult At(int location, string data, string kind, string recipient, string purpose) =>
        CSharpAnalyzerVerifier<PersonalDataSharedWithThirdPartyAnalyzer>.Diagnostic()
            .WithLocation(location)
            .WithArguments(data, kind, recipient, purpose);

    private static Task VerifyAsync(string configuration, string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<PersonalDataSharedWithThirdPartyAnalyzer> { TestCode = source };
        test.AdditionalFiles.Add(("PiiAnalyzers.txt", configuration));
        test.AdditionalReferences.Add(Vendor.Reference);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
