using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII003;

/// <summary>
/// Recipients are looked for only where <c>[ThirdParty]</c> is written within reach (a cost gate): the attribute under an
/// alias, and a vendor's project that declares its own copy of the attribute (as a built assembly or as the editor loads
/// it), still count.
/// </summary>
public class RecipientReachTests
{
    private const string Usings = "using System.Threading.Tasks; using Shop;\n";

    [Fact]
    public Task TheAttributeUnderAnAlias_NamesARecipient()
    {
        var test = new AnalyzerTest<PersonalDataSharedWithThirdPartyAnalyzer>
        {
            Sources =
            {
                "using Recipient = PiiAnalyzers.ThirdPartyAttribute;\n" + Usings + """
                [Recipient] public interface IMailingList { Task SubscribeAsync(string email); }

                public sealed class NewsletterSignup(IMailingList list)
                {
                    public Task SignUpAsync(Customer customer) => list.SubscribeAsync({|#0:customer.Email|});
                }
                """,
                DomainFixtures.Shop,
            },
        };
        test.ExpectedDiagnostics.Add(Pii003.At(0, "Customer.Email", "Email", "IMailingList.SubscribeAsync"));
        return test.RunAsync();
    }

    [Fact]
    public Task AVendorAssemblyWithItsOwnCopyOfTheAttribute_NamesARecipient()
    {
        var test = new AnalyzerTest<PersonalDataSharedWithThirdPartyAnalyzer>
        {
            Sources =
            {
                Usings + """
                public sealed class NewsletterSignup(Vendor.Mailing.IMailingList list)
                {
                    public Task SignUpAsync(Customer customer) => list.SubscribeAsync({|#0:customer.Email|});
                }
                """,
                DomainFixtures.Shop,
            },
        };
        test.AdditionalProjects["Vendor.Mailing"] = new()
        {
            """
            namespace PiiAnalyzers
            {
                [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Interface | System.AttributeTargets.Method)]
                internal sealed class ThirdPartyAttribute : System.Attribute { }
            }

            namespace Vendor.Mailing
            {
                [PiiAnalyzers.ThirdParty]
                public interface IMailingList { System.Threading.Tasks.Task SubscribeAsync(string email); }
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Pii003.At(0, "Customer.Email", "Email", "IMailingList.SubscribeAsync"));
        return test.RunAsync();
    }
}
