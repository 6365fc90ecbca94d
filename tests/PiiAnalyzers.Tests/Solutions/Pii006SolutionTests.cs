using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Marking;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Solutions;

/// <summary>
/// PII006 in a solution: each project is told about its own unmarked members only (a member of another project is
/// marked there), in both shapes of project reference. The domain project marks a member already, so PII006 speaks in
/// it, and in the web project, which has that marker within its reach.
/// </summary>
public class Pii006SolutionTests
{
    private const string Subscriber = """
        namespace Contoso.Shop.Domain.Newsletter;

        public sealed class Subscriber
        {
            public System.Guid Id { get; set; }

            [PiiAnalyzers.PersonalData(PiiAnalyzers.PersonalDataKind.Name)]
            public string FullName { get; set; } = "";

            public string {|#0:Email|} { get; set; } = "";
        }
        """;

    private const string Web = """
        using Contoso.Shop.Domain.Newsletter;

        namespace Contoso.Shop.Web.Newsletter;

        public sealed class SubscribeRequest
        {
            public string {|#1:EmailAddress|} { get; set; } = "";

            public Subscriber ToSubscriber() => new() { Email = EmailAddress };
        }
        """;

    private static DiagnosticResult At(int location, string member, string word) =>
        new DiagnosticResult(RuleDescriptors.UnmarkedPersonalData).WithLocation(location).WithArguments(member, "Email", word);

    [Fact]
    public Task EachProjectIsToldAboutItsOwnMembers() => new AnalyzerTest<UnmarkedPersonalDataAnalyzer>
    {
        TestCode = Web,
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { Subscriber } },
        ExpectedDiagnostics = { At(0, "Subscriber.Email", "Email"), At(1, "SubscribeRequest.EmailAddress", "EmailAddress") },
    }.RunAsync();

    [Fact]
    public Task TheMarkFix_MarksTheMemberInItsOwnProject() => new CodeFixTest<UnmarkedPersonalDataAnalyzer, MarkPersonalDataCodeFixProvider>
    {
        TestCode = Web,
        FixedCode = Web
            .Replace("using Contoso.Shop.Domain.Newsletter;\n", "using Contoso.Shop.Domain.Newsletter;\nusing PiiAnalyzers;\n")
            .Replace("    public string {|#1:EmailAddress|}", "    [PersonalData(PersonalDataKind.Email)]\n    public string EmailAddress"),
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { Subscriber } },
        FixedAdditionalProjects =
        {
            [ShopSolution.DomainProject] = new()
            {
                Subscriber
                    .Replace("namespace Contoso.Shop.Domain.Newsletter;", "using PiiAnalyzers;\n\nnamespace Contoso.Shop.Domain.Newsletter;")
                    .Replace("    public string {|#0:Email|}", "    [PersonalData(PersonalDataKind.Email)]\n    public string Email"),
            },
        },
        CodeActionEquivalenceKey = MarkPersonalDataCodeFixProvider.MarkPersonalDataKey,
        ExpectedDiagnostics = { At(0, "Subscriber.Email", "Email"), At(1, "SubscribeRequest.EmailAddress", "EmailAddress") },
    }.RunAsync();
}
