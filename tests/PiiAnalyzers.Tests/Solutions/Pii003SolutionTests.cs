using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Consent;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Solutions;

/// <summary>
/// PII003 in a web project whose partner client and consent registry are declared in the domain project, in both
/// shapes of project reference: the attributes of another project count, whatever the shape.
/// </summary>
public class Pii003SolutionTests
{
    private const string Partners = """
        using System.Threading;
        using System.Threading.Tasks;
        using PiiAnalyzers;

        namespace Contoso.Shop.Domain.Partners;

        [ThirdParty(ConsentPurpose.Marketing)]
        public interface IMarketingPlatform
        {
            Task SubscribeAsync(string email, string firstName, CancellationToken cancellationToken);
        }

        public interface IConsentRegistry
        {
            [ConsentCheck]
            bool HasConsent(Customer customer, ConsentPurpose purpose);
        }
        """;

    private const string Newsletter = """
        using System.Threading;
        using System.Threading.Tasks;
        using Contoso.Shop.Domain;
        using Contoso.Shop.Domain.Partners;

        namespace Contoso.Shop.Web.Newsletter;

        public sealed class NewsletterSignup(IMarketingPlatform platform, IConsentRegistry consents)
        {
            public async Task SignUpAsync(Customer customer, CancellationToken cancellationToken)
            {
                await platform.SubscribeAsync({|#0:customer.Email|}, {|#1:customer.FirstName|}, cancellationToken);
            }
        }
        """;

    private static DiagnosticResult At(int location, string data, string kind) =>
        new DiagnosticResult(RuleDescriptors.PersonalDataSharedWithThirdParty).WithLocation(location).WithArguments(data, kind, "IMarketingPlatform.SubscribeAsync", "Marketing");

    [Fact]
    public Task ARecipientDeclaredInTheDomainProject_NeedsConsent() => new AnalyzerTest<PersonalDataSharedWithThirdPartyAnalyzer>
    {
        TestCode = Newsletter,
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { ShopSolution.Annotated, Partners } },
        ExpectedDiagnostics = { At(0, "Customer.Email", "Email"), At(1, "Customer.FirstName", "Name") },
    }.RunAsync();

    [Fact]
    public Task AConsentCheckDeclaredInTheDomainProject_EstablishesConsent() => new AnalyzerTest<PersonalDataSharedWithThirdPartyAnalyzer>
    {
        TestCode = Newsletter.Replace(
            "        await platform.SubscribeAsync({|#0:customer.Email|}, {|#1:customer.FirstName|}, cancellationToken);",
            """
                    if (consents.HasConsent(customer, PiiAnalyzers.ConsentPurpose.Marketing))
                    {
                        await platform.SubscribeAsync(customer.Email, customer.FirstName, cancellationToken);
                    }
            """),
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { ShopSolution.Annotated, Partners } },
    }.RunAsync();

    [Fact]
    public Task TheConsentFix_UsesTheRegistryOfTheDomainProject() => new CodeFixTest<PersonalDataSharedWithThirdPartyAnalyzer, WrapInConsentCheckCodeFixProvider>
    {
        TestCode = Newsletter,
        FixedCode = Newsletter.Replace("using Contoso.Shop.Domain.Partners;\n", "using Contoso.Shop.Domain.Partners;\nusing PiiAnalyzers;\n").Replace(
            "        await platform.SubscribeAsync({|#0:customer.Email|}, {|#1:customer.FirstName|}, cancellationToken);",
            """
                    if (consents.HasConsent(customer, ConsentPurpose.Marketing))
                    {
                        await platform.SubscribeAsync(customer.Email, customer.FirstName, cancellationToken);
                    }
            """),
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { ShopSolution.Annotated, Partners } },
        ExpectedDiagnostics = { At(0, "Customer.Email", "Email"), At(1, "Customer.FirstName", "Name") },
    }.RunAsync();
}
