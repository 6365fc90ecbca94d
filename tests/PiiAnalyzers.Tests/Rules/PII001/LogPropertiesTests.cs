using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII001;

/// <summary>
/// The logging source generator's <c>[LogProperties]</c> (Microsoft.Extensions.Telemetry.Abstractions, the real package): the
/// generated method logs every public property of an argument so marked by its text (a nested object as its
/// <c>ToString()</c>), and with <c>Transitive = true</c> the nested objects' properties too; <c>[LogPropertyIgnore]</c> leaves one out.
/// </summary>
public class LogPropertiesTests
{
    /// <summary>The usings, and leave to use <c>Transitive</c>, which the package marks experimental (EXTEXP0003).</summary>
    private const string Usings = "#pragma warning disable EXTEXP0003\nusing System; using Microsoft.Extensions.Logging; using PiiAnalyzers; using Shop;\n";

    [Fact]
    public Task AnArgumentLoggedWithItsPropertiesShowsEachPropertysText() => VerifyAsync(Usings + """
        public sealed class Visitor
        {
            [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
            [LogPropertyIgnore, PersonalData(PersonalDataKind.Phone)] public string Phone { get; set; } = "";
            public int Visits { get; set; }
        }

        public sealed record Stay(int Nights, Visitor Guest);

        static partial class CheckoutLog
        {
            [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Order placed")]
            static partial void OrderPlaced(ILogger logger, [LogProperties] Order order);

            [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Order placed")]
            static partial void OrderPlacedDeep(ILogger logger, [LogProperties(Transitive = true)] Order order);

            [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Customer seen")]
            static partial void CustomerSeen(ILogger logger, [LogProperties] Customer customer);

            [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Visitor seen")]
            static partial void VisitorSeen(ILogger logger, [LogProperties] Visitor visitor);

            [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Stay booked")]
            static partial void StayBooked(ILogger logger, [LogProperties] Stay stay);

            [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Summary")]
            static partial void Summarized(ILogger logger, [LogProperties] OrderSummary summary);

            public static void Placed(ILogger logger, Order order, Visitor visitor)
            {
                OrderPlaced(logger, order);
                OrderPlacedDeep(logger, {|#0:order|});
                CustomerSeen(logger, {|#1:order.Buyer|});
                VisitorSeen(logger, {|#2:visitor|});
                StayBooked(logger, new Stay(2, new Visitor { Visits = 1 }));
                Summarized(logger, new OrderSummary(order.Id, 12m));
            }
        }
        """,
        Pii001.At(0, "Order.Buyer.Name", "Name", "OrderPlacedDeep"),
        Pii001.At(1, "Customer.Name", "Name", "CustomerSeen"),
        Pii001.At(2, "Visitor.Email", "Email", "VisitorSeen"));

    [Fact]
    public Task InInferenceModeTheUnmarkedModelIsWalkedToo()
    {
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
        {
            TestCode = """
                #pragma warning disable EXTEXP0003
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

                    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Visit")]
                    static partial void VisitedDeep(ILogger logger, [LogProperties(Transitive = true)] Visit visit);

                    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Member")]
                    static partial void Seen(ILogger logger, [LogProperties] Member member);

                    public static void Track(ILogger logger, Member member)
                    {
                        Visited(logger, new Visit(3, member));
                        VisitedDeep(logger, {|#0:new Visit(3, member)|});
                        Seen(logger, {|#1:member|});
                    }
                }
                """,
            GlobalConfig = "is_global = true\npii_analyzers.infer_personal_data = true",
            AdditionalReferences = { TelemetryAbstractions },
        };
        test.ExpectedDiagnostics.Add(Pii001.At(0, "Visit.Member.Email", "Email", "VisitedDeep"));
        test.ExpectedDiagnostics.Add(Pii001.At(1, "Member.Email", "Email", "Seen"));
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
