using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Redaction;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Solutions;

/// <summary>
/// PII001 in a web project over the shop's domain project, each case with the project reference as a compilation
/// reference and as a built assembly: the same diagnostics, and never an analyzer exception.
/// </summary>
public class Pii001SolutionTests
{
    private const string Controller = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Contoso.Shop.Domain;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Logging;

        namespace Contoso.Shop.Web.Controllers;

        [ApiController]
        [Route("api/customers")]
        public sealed class CustomersController : ControllerBase
        {
            private readonly ICustomerRepository _customers;
            private readonly ILogger<CustomersController> _logger;

            public CustomersController(ICustomerRepository customers, ILogger<CustomersController> logger)
            {
                _customers = customers;
                _logger = logger;
            }

            [HttpGet("{id:guid}")]
            public async Task<IActionResult> Get(Guid id, CancellationToken cancellationToken)
            {
                Customer? customer = await _customers.FindAsync(id, cancellationToken);
                if (customer is null)
                {
                    _logger.LogWarning("Customer {CustomerId} not found", id);
                    return NotFound();
                }

                _logger.LogInformation("Customer {CustomerId} ({Email}) viewed", customer.Id, {|#0:customer.Email|});
                return Ok(new { customer.Id, customer.RegisteredAt });
            }
        }
        """;

    private static DiagnosticResult At(int location, string data, string kind, string sink) =>
        new DiagnosticResult(RuleDescriptors.PersonalDataWrittenToLog).WithLocation(location).WithArguments(data, kind, sink);

    [Fact]
    public Task AMemberMarkedInTheDomainProject_IsReportedWhereItIsLogged() => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        TestCode = Controller,
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { ShopSolution.Annotated } },
        ExpectedDiagnostics = { At(0, "Customer.Email", "Email", "LogInformation") },
    }.RunAsync();

    [Fact]
    public Task AnUnannotatedDomainProject_WithInferenceOn_IsInferredAcrossProjects() => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        TestCode = Controller,
        GlobalConfig = ShopSolution.Inference,
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { ShopSolution.Unannotated } },
        ExpectedDiagnostics = { At(0, "Customer.Email", "Email", "LogInformation") },
    }.RunAsync();

    [Fact]
    public Task AnUnannotatedDomainProject_WithInferenceOff_IsNotReported() => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        TestCode = Controller.Replace("{|#0:customer.Email|}", "customer.Email"),
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { ShopSolution.Unannotated } },
    }.RunAsync();

    [Fact]
    public Task InferenceOnForOneFolder_ReportsTheOtherProjectsMembersOnlyInThatFolder() => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        // Test0.cs is outside the folder: the same log call is not reported there.
        Sources =
        {
            Controller.Replace("{|#0:customer.Email|}", "customer.Email"),
            """
            using Contoso.Shop.Domain;
            using Microsoft.Extensions.Logging;

            namespace Contoso.Shop.Web.Legacy;

            public sealed class LegacyExport(ILogger<LegacyExport> logger)
            {
                public void Export(Customer customer) =>
                    logger.LogInformation("Exporting {Email}", {|#0:customer.Email|});
            }
            """,
        },
        EditorConfig = "[Test1.cs]\n" + ShopSolution.Inference + "\n",
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { ShopSolution.Unannotated } },
        ExpectedDiagnostics = { At(0, "Customer.Email", "Email", "LogInformation") },
    }.RunAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task ARecordOfTheDomainProject_PrintsItsMembersWithTheCompilersToString(bool annotated) => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        TestCode = """
            using Contoso.Shop.Domain;
            using Microsoft.Extensions.Logging;

            namespace Contoso.Shop.Web.Ordering;

            public sealed class OrderPlacedHandler(ILogger<OrderPlacedHandler> logger)
            {
                public void Handle(OrderPlaced message)
                {
                    logger.LogInformation("Handling {OrderId}", message.OrderId);
                    logger.LogInformation("Handling {Message}", {|#0:message|});
                }
            }
            """,
        GlobalConfig = annotated ? null : ShopSolution.Inference,
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { annotated ? ShopSolution.Annotated : ShopSolution.Unannotated } },
        ExpectedDiagnostics = { At(0, "OrderPlaced.BuyerEmail", "Email", "LogInformation") },
    }.RunAsync();

    [Fact]
    public Task ASealedRecordOfAnotherProject_WithItsOwnPrintMembers_IsTakenToPrintEveryMember() => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        // Known limit: a sealed record's own PrintMembers is private, so neither a built assembly nor the editor's view
        // of another project shows whether it is the compiler's. The analyzer assumes the compiler's, in both shapes.
        TestCode = """
            using Contoso.Guests;
            using Microsoft.Extensions.Logging;

            namespace Contoso.Shop.Web;

            public sealed class CheckIn(ILogger<CheckIn> logger)
            {
                public void Arrived(Guest guest) => logger.LogInformation("Arrived: {Guest}", {|#0:guest|});
            }
            """,
        AdditionalProjects =
        {
            ["Contoso.Guests"] = new()
            {
                """
                using System.Text;
                using PiiAnalyzers;

                namespace Contoso.Guests;

                public sealed record Guest(int Id, [property: PersonalData(PersonalDataKind.Name)] string Name)
                {
                    private bool PrintMembers(StringBuilder builder)
                    {
                        builder.Append("Id = ").Append(Id);
                        return true;
                    }
                }
                """,
            },
        },
        ExpectedDiagnostics = { At(0, "Guest.Name", "Name", "LogInformation") },
    }.RunAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task AWholeOrderDestructuredBySerilog_NamesThePathIntoTheDomainModel(bool annotated) => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        TestCode = """
            using Contoso.Shop.Domain;

            namespace Contoso.Shop.Web.Ordering;

            public sealed class CheckoutService(Serilog.ILogger log)
            {
                public void Complete(Order order)
                {
                    log.Information("Order {OrderId} completed for {Total}", order.Id, order.Total);
                    log.Information("Order completed: {@Order}", {|#0:order|});
                }
            }
            """,
        GlobalConfig = annotated ? null : ShopSolution.Inference,
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { annotated ? ShopSolution.Annotated : ShopSolution.Unannotated } },
        ExpectedDiagnostics = { At(0, "Order.Buyer.FirstName", "Name", "Information") },
    }.RunAsync();

    [Fact]
    public Task ALoggingWrapperOfTheDomainProject_IsReadLikeMetadata_OnlyItsAttributesCount() => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        // The wrapper's body is in another project: the analyzers read no syntax of another compilation (an editor
        // would otherwise show an analyzer exception), so a wrapper across projects is not a sink unless configured.
        TestCode = """
            using Contoso.Shop.Domain;
            using Contoso.Shop.Domain.Auditing;

            namespace Contoso.Shop.Web;

            public sealed class ProfileService(AuditLog audit)
            {
                public void ChangeEmail(Customer customer, string email)
                {
                    customer.ChangeEmail(email);
                    audit.Record(customer.Email);
                }
            }
            """,
        AdditionalProjects =
        {
            [ShopSolution.DomainProject] = new()
            {
                ShopSolution.Annotated,
                """
                using Microsoft.Extensions.Logging;

                namespace Contoso.Shop.Domain.Auditing;

                public sealed class AuditLog(ILogger<AuditLog> logger)
                {
                    public void Record(string change) => logger.LogInformation("Changed: {Change}", change);

                    public void Record(Customer customer) => logger.LogInformation("Changed: {Email}", {|#0:customer.Email|});
                }
                """,
            },
        },
        ExpectedDiagnostics = { At(0, "Customer.Email", "Email", "LogInformation") },
    }.RunAsync();

    [Fact]
    public Task TheRedactFix_WorksInTheWebProject() => new CodeFixTest<PersonalDataWrittenToLogAnalyzer, RedactPersonalDataCodeFixProvider>
    {
        TestCode = Controller,
        FixedCode = Controller
            .Replace("using Microsoft.Extensions.Logging;\n", "using Microsoft.Extensions.Logging;\nusing PiiAnalyzers;\n")
            .Replace("{|#0:customer.Email|}", "Redact.Mask(customer.Email)"),
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { ShopSolution.Annotated } },
        ExpectedDiagnostics = { At(0, "Customer.Email", "Email", "LogInformation") },
    }.RunAsync();
}
