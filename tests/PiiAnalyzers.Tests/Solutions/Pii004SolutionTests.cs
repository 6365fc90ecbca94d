using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Redaction;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Solutions;

/// <summary>PII004 in a web project over the domain project, in both shapes of project reference.</summary>
public class Pii004SolutionTests
{
    private const string Service = """
        using System;
        using Contoso.Shop.Domain;

        namespace Contoso.Shop.Web.Customers;

        public sealed class EmailChangeService
        {
            public void Change(Customer customer, string newEmail)
            {
                if (string.Equals(customer.Email, newEmail, StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"Customer {customer.Id} already uses {{|#0:customer.Email|}}");
                }

                customer.ChangeEmail(newEmail);
            }
        }
        """;

    private static DiagnosticResult At(int location, string data, string kind) =>
        new DiagnosticResult(RuleDescriptors.PersonalDataInExceptionMessage).WithLocation(location).WithArguments(data, kind, "InvalidOperationException", "Diagnostics");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task PersonalDataOfTheDomainProject_InAnExceptionMessage(bool annotated) => new AnalyzerTest<PersonalDataInExceptionMessageAnalyzer>
    {
        TestCode = Service,
        GlobalConfig = annotated ? null : ShopSolution.Inference,
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { annotated ? ShopSolution.Annotated : ShopSolution.Unannotated } },
        ExpectedDiagnostics = { At(0, "Customer.Email", "Email") },
    }.RunAsync();

    [Fact]
    public Task TheRedactFix() => new CodeFixTest<PersonalDataInExceptionMessageAnalyzer, RedactPersonalDataCodeFixProvider>
    {
        TestCode = Service,
        FixedCode = Service
            .Replace("using Contoso.Shop.Domain;\n", "using Contoso.Shop.Domain;\nusing PiiAnalyzers;\n")
            .Replace("{{|#0:customer.Email|}}", "{Redact.Mask(customer.Email)}"),
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { ShopSolution.Annotated } },
        ExpectedDiagnostics = { At(0, "Customer.Email", "Email") },
    }.RunAsync();
}
