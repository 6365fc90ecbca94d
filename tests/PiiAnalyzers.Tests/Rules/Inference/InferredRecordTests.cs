using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Inference;

/// <summary>
/// Issue 11, item 1: in inference mode a record whose members are personal data only by their names is reported where it
/// is rendered (logged, interpolated, concatenated, its <c>ToString()</c> called and sent on), by the sink rule there,
/// not at its declaration: most records of a code base (MVC view models, commands) are never printed. A record the team
/// marked keeps its PII005 at the declaration.
/// </summary>
public class InferredRecordTests
{
    private const string On = Solutions.ShopSolution.Inference;

    /// <summary>View models and an integration event, declared as records, as an MVC and messaging code base writes them.</summary>
    private const string Web = """

        namespace Shop.Web.Models
        {
            using System;

            public record RegisterViewModel(string Email, string Password, string ConfirmPassword, bool RememberMe);

            public record CustomerDetailsViewModel
            {
                public Guid Id { get; init; }
                public string FullName { get; init; } = "";
                public string PhoneNumber { get; init; } = "";
            }

            public record OrderStartedIntegrationEvent(Guid OrderId, string BuyerEmail, DateTime StartedAt);

            public record ProductCreated(Guid ProductId, string Name, decimal Price);
        }
        """;

    private const string Usings = "using System; using Microsoft.Extensions.Logging; using Shop.Web.Models;\n";

    [Fact]
    public Task ARecordNeverRenderedIsSilent() =>
        RunPii005(Usings + """
            public class AccountController
            {
                public string Register(RegisterViewModel model) => model.RememberMe ? "/home" : "/login";
            }
            """);

    [Fact]
    public Task AMarkedRecordKeepsItsDeclarationDiagnostic() =>
        RunPii005(Usings + """
            public record {|#0:Subscriber|}([property: PiiAnalyzers.PersonalData(PiiAnalyzers.PersonalDataKind.Email)] string Contact, string Email);
            """,
            PII005.Pii005.At(0, "Subscriber", "Subscriber.Contact", "Email"));

    [Fact]
    public Task TheSameRecordRenderedIsReportedWhereItIsRendered() =>
        RunPii001(Usings + """
            public class OrderingService
            {
                private readonly ILogger<OrderingService> _logger;

                public OrderingService(ILogger<OrderingService> logger) => _logger = logger;

                public void Publish(OrderStartedIntegrationEvent @event, CustomerDetailsViewModel customer, ProductCreated product)
                {
                    _logger.LogInformation("Publishing integration event: {IntegrationEventId} - ({@IntegrationEvent})", @event.OrderId, {|#0:@event|});
                    _logger.LogInformation($"Customer details shown: {{|#1:customer|}}");
                    _logger.LogWarning("Shown " + {|#2:customer.ToString()|});
                    var text = customer.ToString();
                    _logger.LogDebug({|#3:text|});
                    _logger.LogInformation("Product created: {@Product}", product);
                }
            }
            """,
            PII001.Pii001.At(0, "OrderStartedIntegrationEvent.BuyerEmail", "Email", "LogInformation"),
            PII001.Pii001.At(1, "CustomerDetailsViewModel.FullName", "Name", "LogInformation"),
            PII001.Pii001.At(2, "CustomerDetailsViewModel.FullName", "Name", "LogWarning"),
            PII001.Pii001.At(3, "CustomerDetailsViewModel.FullName", "Name", "LogDebug"));

    [Fact]
    public Task InAnExceptionMessageToo()
    {
        var test = new AnalyzerTest<PersonalDataInExceptionMessageAnalyzer>
        {
            TestCode = Usings + """
                public class Checkout
                {
                    public void Fail(OrderStartedIntegrationEvent @event) =>
                        throw new InvalidOperationException($"Could not start {{|#0:@event|}}");
                }
                """ + Web,
            GlobalConfig = On,
        };
        test.ExpectedDiagnostics.Add(PII004.Pii004.At(0, "OrderStartedIntegrationEvent.BuyerEmail", "Email", "InvalidOperationException"));
        return test.RunAsync();
    }

    [Fact]
    public Task AcrossProjects_TheRecordsOfAnotherProjectAreReportedWhereRendered()
    {
        // The web models in a project of their own, run as a compilation reference and as a built assembly.
        var pii005 = new AnalyzerTest<GeneratedToStringExposesPersonalDataAnalyzer>
        {
            TestCode = Usings + "public record Shown(CustomerDetailsViewModel Customer);\n",
            GlobalConfig = On,
        };
        pii005.AdditionalProjects["Shop.Web.Models"] = new() { Web };

        var pii001 = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
        {
            TestCode = Usings + """
                public class Handler
                {
                    public void Handle(ILogger logger, OrderStartedIntegrationEvent @event) =>
                        logger.LogInformation("Handling {@IntegrationEvent}", {|#0:@event|});
                }
                """,
            GlobalConfig = On,
        };
        pii001.AdditionalProjects["Shop.Web.Models"] = new() { Web };
        pii001.ExpectedDiagnostics.Add(PII001.Pii001.At(0, "OrderStartedIntegrationEvent.BuyerEmail", "Email", "LogInformation"));
        return Task.WhenAll(pii005.RunAsync(), pii001.RunAsync());
    }

    private static Task RunPii005(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<GeneratedToStringExposesPersonalDataAnalyzer> { TestCode = source + Web, GlobalConfig = On };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static Task RunPii001(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer> { TestCode = source + Web, GlobalConfig = On };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
