using System.Threading.Tasks;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Solutions;

/// <summary>
/// PiiAnalyzers.txt of the web project naming members of the domain project: resolved in both shapes of project
/// reference (PII900 only for what names nothing), and what it declares counts where the web project logs them.
/// </summary>
public class Pii900SolutionTests
{
    private const string Configuration = """
        # The domain model is generated: it cannot be annotated.
        personal_data P:Contoso.Shop.Domain.Customer.Email Email
        personal_data P:Contoso.Shop.Domain.Customer.Emial Email
        """;

    [Fact]
    public Task AnIdOfTheDomainProject_IsResolved_AndAMisspelledOneIsReported() => new AnalyzerTest<InvalidConfigurationAnalyzer>
    {
        TestCode = "namespace Contoso.Shop.Web; public sealed class Startup { }",
        AdditionalFiles = { ("PiiAnalyzers.txt", Configuration) },
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { ShopSolution.Unannotated } },
        ExpectedDiagnostics =
        {
            new DiagnosticResult(RuleDescriptors.InvalidConfiguration)
                .WithSpan("/0/PiiAnalyzers.txt", 3, 1, 3, 57)
                .WithArguments("PiiAnalyzers.txt line 3", "'P:Contoso.Shop.Domain.Customer.Emial' names nothing in this compilation"),
        },
    }.RunAsync();

    [Fact]
    public Task WhatTheFileDeclaresAboutTheDomainProject_CountsInTheWebProject() => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        TestCode = """
            using Contoso.Shop.Domain;
            using Microsoft.Extensions.Logging;

            namespace Contoso.Shop.Web;

            public sealed class Registration(ILogger<Registration> logger)
            {
                public void Registered(Customer customer) => logger.LogInformation("Registered {Email} {Name}", {|#0:customer.Email|}, customer.FirstName);
            }
            """,
        AdditionalFiles = { ("PiiAnalyzers.txt", Configuration.Replace("personal_data P:Contoso.Shop.Domain.Customer.Emial Email\n", "")) },
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { ShopSolution.Unannotated } },
        ExpectedDiagnostics =
        {
            new DiagnosticResult(RuleDescriptors.PersonalDataWrittenToLog).WithLocation(0).WithArguments("Customer.Email", "Email", "LogInformation"),
        },
    }.RunAsync();
}
