using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Consent;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Configuration;

/// <summary>
/// A consent check declared in <c>PiiAnalyzers.txt</c> (a vendor's that cannot be annotated) is offered by the consent fix,
/// as the analyzers honour it: the sink diagnostics carry the declared checks to the fix.
/// </summary>
public class ConfiguredConsentFixTests
{
    private const string Configuration = """
        personal_data P:Vendor.Models.Customer.Email Email
        consent_check M:Vendor.Consents.Allowed(System.String,PiiAnalyzers.ConsentPurpose)
        consent_check P:Vendor.Consents.MarketingAllowed Marketing
        """;

    [Fact]
    public Task AVendorsDeclaredCheck_IsOfferedAndHonoured()
    {
        var test = new CodeFixTest<PersonalDataWrittenToLogAnalyzer, WrapInConsentCheckCodeFixProvider>
        {
            TestCode = """
                using Microsoft.Extensions.Logging;
                using Vendor;
                using Vendor.Models;

                class Registration
                {
                    private readonly Consents _consents = new();

                    void Log(ILogger logger, Customer customer, string subject)
                    {
                        logger.LogInformation("Registered {Email}", {|#0:customer.Email|});
                    }
                }
                """,
            FixedCode = """
                using Microsoft.Extensions.Logging;
                using PiiAnalyzers;
                using Vendor;
                using Vendor.Models;

                class Registration
                {
                    private readonly Consents _consents = new();

                    void Log(ILogger logger, Customer customer, string subject)
                    {
                        if (_consents.Allowed(subject, ConsentPurpose.Diagnostics))
                        {
                            logger.LogInformation("Registered {Email}", customer.Email);
                        }
                    }
                }
                """,
            AdditionalFiles = { ("PiiAnalyzers.txt", Configuration) },
            AdditionalReferences = { Vendor.Reference },
        };
        test.ExpectedDiagnostics.Add(Rules.PII001.Pii001.At(0, "Customer.Email", "Email", "LogInformation"));
        return test.RunAsync();
    }
}
