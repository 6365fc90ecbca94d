using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Records;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Solutions;

/// <summary>PII005 on a record of the domain project, in a solution analyzed in both shapes of project reference.</summary>
public class Pii005SolutionTests
{
    private const string Handler = """
        using Contoso.Shop.Domain;

        namespace Contoso.Shop.Web.Ordering;

        public sealed class OrderPlacedPublisher
        {
            public OrderPlaced Create(Order order) => new(order.Id, order.Buyer.Email, order.Total);
        }
        """;

    private static string DomainWithMarkup => ShopSolution.Annotated.Replace("public sealed record OrderPlaced(", "public sealed record {|#0:OrderPlaced|}(");

    [Fact]
    public Task ARecordOfTheDomainProject_IsReportedWhereItIsDeclared() => new AnalyzerTest<GeneratedToStringExposesPersonalDataAnalyzer>
    {
        TestCode = Handler,
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { DomainWithMarkup } },
        ExpectedDiagnostics =
        {
            new DiagnosticResult(RuleDescriptors.GeneratedToStringExposesPersonalData).WithLocation(0).WithArguments("OrderPlaced", "OrderPlaced.BuyerEmail", "Email"),
        },
    }.RunAsync();

    [Fact]
    public Task ARecordOfTheWebProject_WithAMemberOfADomainType_IsReported() => new AnalyzerTest<GeneratedToStringExposesPersonalDataAnalyzer>
    {
        TestCode = """
            using Contoso.Shop.Domain;

            namespace Contoso.Shop.Web.Ordering;

            public sealed record {|#0:ShipmentRequested|}(System.Guid OrderId, Address Destination);
            """,
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { ShopSolution.Annotated.Replace("public sealed record OrderPlaced(", "public sealed record {|#1:OrderPlaced|}(") } },
        ExpectedDiagnostics =
        {
            new DiagnosticResult(RuleDescriptors.GeneratedToStringExposesPersonalData).WithLocation(0).WithArguments("ShipmentRequested", "ShipmentRequested.Destination", "PostalAddress"),
            new DiagnosticResult(RuleDescriptors.GeneratedToStringExposesPersonalData).WithLocation(1).WithArguments("OrderPlaced", "OrderPlaced.BuyerEmail", "Email"),
        },
    }.RunAsync();

    [Fact]
    public Task ThePrintMembersFix_OverridesItInTheDomainProject() => new CodeFixTest<GeneratedToStringExposesPersonalDataAnalyzer, OverridePrintMembersCodeFixProvider>
    {
        TestCode = Handler,
        FixedCode = Handler,
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { DomainWithMarkup } },
        FixedAdditionalProjects =
        {
            [ShopSolution.DomainProject] = new()
            {
                ShopSolution.Annotated
                    .Replace("using System.Collections.Generic;\n", "using System.Collections.Generic;\nusing System.Text;\n")
                    .Replace(
                        "string BuyerEmail, decimal Total);",
                        """
                        string BuyerEmail, decimal Total)
                        {
                            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: BuyerEmail.
                            private bool PrintMembers(StringBuilder builder)
                            {
                                builder.Append("OrderId = ");
                                builder.Append(OrderId);
                                builder.Append(", Total = ");
                                builder.Append(Total);
                                return true;
                            }
                        }
                        """),
            },
        },
        ExpectedDiagnostics =
        {
            new DiagnosticResult(RuleDescriptors.GeneratedToStringExposesPersonalData).WithLocation(0).WithArguments("OrderPlaced", "OrderPlaced.BuyerEmail", "Email"),
        },
    }.RunAsync();
}
