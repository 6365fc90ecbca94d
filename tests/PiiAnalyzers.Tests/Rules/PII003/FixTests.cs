using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Consent;
using PiiAnalyzers.CodeFixes.Redaction;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII003;

/// <summary>The fixes on PII003: consent for the recipient's own purpose, and redaction.</summary>
public class FixTests
{
    /// <summary>A consent registry and a marketing recipient, appended to the test's source (the customer is <see cref="DomainFixtures.Customer"/>).</summary>
    private const string Recipients = """

        namespace Partners
        {
            using PiiAnalyzers;
            using Shop;

            public interface IConsents { [ConsentCheck] bool Has(Customer customer, ConsentPurpose purpose); }

            [ThirdParty(ConsentPurpose.Marketing)] public class Newsletter { public void Subscribe(string email) { } }
        }
        """;

    [Fact]
    public Task WrapsInAConsentCheckForTheRecipientsPurpose()
    {
        var test = new CodeFixTest<PersonalDataSharedWithThirdPartyAnalyzer, WrapInConsentCheckCodeFixProvider>
        {
            TestCode = """
                using Partners;
                using Shop;

                class C
                {
                    private readonly IConsents _consents = null!;

                    void M(Customer customer, Newsletter newsletter)
                    {
                        newsletter.Subscribe({|#0:customer.Email|});
                    }
                }
                """ + Recipients,
            FixedCode = """
                using Partners;
                using PiiAnalyzers;
                using Shop;

                class C
                {
                    private readonly IConsents _consents = null!;

                    void M(Customer customer, Newsletter newsletter)
                    {
                        if (_consents.Has(customer, ConsentPurpose.Marketing))
                        {
                            newsletter.Subscribe(customer.Email);
                        }
                    }
                }
                """ + Recipients,
        };
        test.Sources.Add(DomainFixtures.Customer);
        test.FixedSources.Add(DomainFixtures.Customer);
        test.ExpectedDiagnostics.Add(Pii003Diagnostic(0));
        return test.RunAsync();
    }

    [Fact]
    public Task RedactsTheArgument()
    {
        var test = new CodeFixTest<PersonalDataSharedWithThirdPartyAnalyzer, RedactPersonalDataCodeFixProvider>
        {
            TestCode = """
                using Partners;
                using Shop;

                class C
                {
                    void M(Customer customer, Newsletter newsletter) => newsletter.Subscribe({|#0:customer.Email|});
                }
                """ + Recipients,
            FixedCode = """
                using Partners;
                using PiiAnalyzers;
                using Shop;

                class C
                {
                    void M(Customer customer, Newsletter newsletter) => newsletter.Subscribe(Redact.Mask(customer.Email));
                }
                """ + Recipients,
        };
        test.Sources.Add(DomainFixtures.Customer);
        test.FixedSources.Add(DomainFixtures.Customer);
        test.ExpectedDiagnostics.Add(Pii003Diagnostic(0));
        return test.RunAsync();
    }

    private static DiagnosticResult Pii003Diagnostic(int location) =>
        CSharpAnalyzerVerifier<PersonalDataSharedWithThirdPartyAnalyzer>.Diagnostic()
            .WithLocation(location)
            .WithArguments("Customer.Email", "Email", "Newsletter.Subscribe", "Marketing");
}
