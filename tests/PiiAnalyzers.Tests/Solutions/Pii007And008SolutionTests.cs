using System.Threading.Tasks;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Solutions;

/// <summary>PII007 and PII008 over attributes declared in the domain project, in both shapes of project reference.</summary>
public class Pii007And008SolutionTests
{
    private const string Consents = """
        using PiiAnalyzers;

        namespace Contoso.Shop.Domain.Privacy;

        public interface IConsentRegistry
        {
            [ConsentCheck]
            bool HasConsent(Customer customer, ConsentPurpose purpose);

            [ConsentCheck(ConsentPurpose.Marketing)]
            System.Threading.Tasks.Task<bool> AllowsMarketingAsync(Customer customer);
        }
        """;

    [Fact]
    public Task Pii007_TheAnswerOfACheckOfTheDomainProject_IsIgnored() => new AnalyzerTest<ConsentCheckResultIgnoredAnalyzer>
    {
        TestCode = """
            using System.Threading.Tasks;
            using Contoso.Shop.Domain;
            using Contoso.Shop.Domain.Privacy;
            using PiiAnalyzers;

            namespace Contoso.Shop.Web.Newsletter;

            public sealed class Campaign(IConsentRegistry consents)
            {
                public async Task<bool> PrepareAsync(Customer customer)
                {
                    {|#0:consents.HasConsent(customer, ConsentPurpose.Marketing)|};
                    await {|#1:consents.AllowsMarketingAsync(customer)|};
                    return consents.HasConsent(customer, ConsentPurpose.Analytics);
                }
            }
            """,
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { ShopSolution.Annotated, Consents } },
        ExpectedDiagnostics =
        {
            new DiagnosticResult(RuleDescriptors.ConsentCheckResultIgnored).WithLocation(0).WithArguments("HasConsent"),
            new DiagnosticResult(RuleDescriptors.ConsentCheckResultIgnored).WithLocation(1).WithArguments("AllowsMarketingAsync"),
        },
    }.RunAsync();

    [Fact]
    public Task Pii008_EachProjectIsToldAboutItsOwnMisuse() => new AnalyzerTest<PrivacyAttributeMisuseAnalyzer>
    {
        TestCode = """
            using Contoso.Shop.Domain;
            using Contoso.Shop.Domain.Privacy;
            using PiiAnalyzers;

            namespace Contoso.Shop.Web.Privacy;

            public sealed class ConsentScores(IConsentRegistry consents)
            {
                [{|#0:ConsentCheck(ConsentPurpose.Marketing)|}]
                public int Score(Customer customer) => consents.HasConsent(customer, ConsentPurpose.Marketing) ? 1 : 0;
            }
            """,
        AdditionalProjects =
        {
            [ShopSolution.DomainProject] = new()
            {
                ShopSolution.Annotated,
                Consents,
                """
                using PiiAnalyzers;

                namespace Contoso.Shop.Domain.Privacy;

                public static class Masks
                {
                    [{|#1:Redactor|}]
                    public static void Clear(Customer customer) { }
                }
                """,
            },
        },
        ExpectedDiagnostics =
        {
            new DiagnosticResult(RuleDescriptors.PrivacyAttributeMisused).WithLocation(0).WithArguments(
                "ConsentCheck", "ConsentScores.Score",
                "is ignored: a consent check must return bool (true means consent is given) or be void (it returns only with consent); this one returns 'int'"),
            new DiagnosticResult(RuleDescriptors.PrivacyAttributeMisused).WithLocation(1).WithArguments(
                "Redactor", "Masks.Clear", "is ignored: a redactor takes the personal data and returns what may be shown instead"),
        },
    }.RunAsync();
}
