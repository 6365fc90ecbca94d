using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII001;

/// <summary>
/// The logging source generator's <c>[LogProperties]</c> (Microsoft.Extensions.Telemetry.Abstractions, the real package): the
/// generated method logs every property of an argument so marked, so its object graph is written as destructuring writes it.
/// </summary>
public class LogPropertiesTests
{
    private const string Usings = "using System; using Microsoft.Extensions.Logging; using PiiAnalyzers; using Shop;\n";

    [Fact]
    public Task AnArgumentLoggedWithItsPropertiesShowsItsMembers() => VerifyAsync(Usings + """
        static partial class CheckoutLog
        {
            [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Order placed")]
            static partial void OrderPlaced(ILogger logger, [LogProperties] Order order);

            [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Order {Order} placed")]
            static partial void OrderPlacedAsText(ILogger logger, Order order);

            [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Summary")]
            static partial void Summarized(ILogger logger, [LogProperties] OrderSummary summary);

            public static void Placed(ILogger logger, Order order)
            {
                OrderPlaced(logger, {|#0:order|});
                OrderPlacedAsText(logger, order);
                Summarized(logger, new OrderSummary(order.Id, 12m));
            }
        }
        """,
        Pii001.At(0, "Order.Buyer.Name", "Name", "OrderPlaced"));

    [Fact]
    public Task InInferenceModeTheUnmarkedModelIsWalkedToo()
    {
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
        {
            TestCode = """
                using Microsoft.Extensions.Logging;

                public class Member
                {
                    public int Id { get; set; }
                    public string Email { get; set; } = "";
                }

                public sealed record Visit(int Pages, Member Member);

                static partial class SiteLog
                {
                    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Visit")]
                    static partial void Visited(ILogger logger, [LogProperties] Visit visit);

                    public static void Track(ILogger logger, Member member) => Visited(logger, {|#0:new Visit(3, member)|});
                }
                """,
            GlobalConfig = "is_global = true\npii_analyzers.infer_personal_data = true",
            AdditionalReferences = { TelemetryAbstractions },
        };
        test.ExpectedDiagnostics.Add(Pii001.At(0, "Visit.Member.Email", "Email", "Visited"));
        return test.RunAsync();
    }

    private static readonly Microsoft.CodeAnalysis.MetadataReference TelemetryAbstractions =
        TestReferences.FromAssembly(typeof(Microsoft.Extensions.Logging.LogPropertiesAttribute).Assembly);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
        {
            Sources = { source, DomainFixtures.Shop },
            AdditionalReferences = { TelemetryAbstractions },
        };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
