using System.Threading.Tasks;
using PiiAnalyzers.Tests.Rules.PII001;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII007;

/// <summary>
/// What the PII007 page promises about the consent engine: an ignored answer establishes no consent, so PII001
/// still reports what follows it, and a tested answer does.
/// </summary>
public class ConsentEngineAgreementTests
{
    private const string Usings = "using System.Threading.Tasks; using Microsoft.Extensions.Logging; using PiiAnalyzers; using Shop;\n";

    private const string Consents = """

        namespace Shop
        {
            public class Consents
            {
                [PiiAnalyzers.ConsentCheck] public bool Has(Customer customer, PiiAnalyzers.ConsentPurpose purpose) => true;
                [PiiAnalyzers.ConsentCheck] public Task<bool> HasAsync(Customer customer, PiiAnalyzers.ConsentPurpose purpose) => Task.FromResult(true);
            }
        }
        """;

    [Fact]
    public Task AnIgnoredAnswerIsNoConsentForTheLog() => Pii001.VerifyAsync(Usings + """
        class C
        {
            async Task M(ILogger logger, Consents consents, Customer customer)
            {
                consents.Has(customer, ConsentPurpose.Diagnostics);
                logger.LogInformation("{E}", {|#0:customer.Email|});
                _ = await consents.HasAsync(customer, ConsentPurpose.Diagnostics);
                logger.LogInformation("{E}", {|#1:customer.Email|});
            }
        }
        """ + Consents,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(1, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task ATestedAnswerIsConsentForTheLog() => Pii001.VerifyAsync(Usings + """
        class C
        {
            async Task M(ILogger logger, Consents consents, Customer customer)
            {
                if (consents.Has(customer, ConsentPurpose.Diagnostics))
                {
                    logger.LogInformation("{E}", customer.Email);
                }

                if (!await consents.HasAsync(customer, ConsentPurpose.Diagnostics))
                {
                    return;
                }

                logger.LogInformation("{E}", customer.Email);
            }
        }
        """ + Consents);
}
