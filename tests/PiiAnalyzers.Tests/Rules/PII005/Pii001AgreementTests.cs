using System.Text.RegularExpressions;
using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Records;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII005;

/// <summary>
/// PII001 and PII005 see records the same way: logging a record PII005 reports (or one that inherits the reported
/// members) is a PII001 leak of the same member, logging one it does not report is not, and after the
/// PrintMembers fix no record leaks.
/// </summary>
public class Pii001AgreementTests
{
    private const string Usings = "using Microsoft.Extensions.Logging;\nusing PiiAnalyzers;\n";

    private const string Models = """
        public record {|#10:Buyer|}(int Id, [PersonalData(PersonalDataKind.Email)] string Email);

        public record Product(int Id, string Name);

        public record {|#11:Order|}(int Id, Product Item, Buyer Buyer);

        public record {|#12:Gift|}(int Id, [PersonalData(PersonalDataKind.Name)] string To) : Product(Id, "gift");

        public record VipBuyer(int Id, string Email, int Level) : Buyer(Id, Email);

        public readonly record struct {|#13:Visit|}([PersonalData(PersonalDataKind.IpAddress)] string Ip, int Pages);

        public record Audited(int Id, [PersonalData(PersonalDataKind.Email)] string Email)
        {
            public override string ToString() => $"Audited {Id}";
        }
        """;

    private const string FixedModels = """
        public record Buyer(int Id, [PersonalData(PersonalDataKind.Email)] string Email)
        {
            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Email.
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                builder.Append("Id = ");
                builder.Append(Id);
                return true;
            }
        }

        public record Product(int Id, string Name);

        public record Order(int Id, Product Item, Buyer Buyer)
        {
            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Buyer.
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                builder.Append("Id = ");
                builder.Append(Id);
                builder.Append(", Item = ");
                builder.Append(Item);
                return true;
            }
        }

        public record Gift(int Id, [PersonalData(PersonalDataKind.Name)] string To) : Product(Id, "gift")
        {
            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: To.
            protected override bool PrintMembers(StringBuilder builder)
            {
                return base.PrintMembers(builder);
            }
        }

        public record VipBuyer(int Id, string Email, int Level) : Buyer(Id, Email);

        public readonly record struct Visit([PersonalData(PersonalDataKind.IpAddress)] string Ip, int Pages)
        {
            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Ip.
            private bool PrintMembers(StringBuilder builder)
            {
                builder.Append("Pages = ");
                builder.Append(Pages);
                return true;
            }
        }

        public record Audited(int Id, [PersonalData(PersonalDataKind.Email)] string Email)
        {
            public override string ToString() => $"Audited {Id}";
        }
        """;

    private const string Logging = """

        public class Shop
        {
            public void Log(ILogger logger, Buyer buyer, Product product, Order order, Gift gift, VipBuyer vip, Visit visit, Audited audited)
            {
                logger.LogInformation("{Buyer}", {|#0:buyer|});
                logger.LogInformation("{Product}", product);
                logger.LogInformation("{Order}", {|#1:order|});
                logger.LogInformation("{Gift}", {|#2:gift|});
                logger.LogInformation("{Vip}", {|#3:vip|});
                logger.LogInformation("{Visit}", {|#4:visit|});
                logger.LogInformation("{Audited}", audited);
                logger.LogInformation($"Order {{|#5:order|}} placed");
            }
        }
        """;

    [Fact]
    public Task Pii005ReportsTheRecordsThatPrintPersonalData()
    {
        var test = new AnalyzerTest<GeneratedToStringExposesPersonalDataAnalyzer> { TestCode = Usings + Models + Plain(Logging) };
        test.ExpectedDiagnostics.Add(Pii005.At(10, "Buyer", "Buyer.Email", "Email"));
        test.ExpectedDiagnostics.Add(Pii005.At(11, "Order", "Order.Buyer.Email", "Email"));
        test.ExpectedDiagnostics.Add(Pii005.At(12, "Gift", "Gift.To", "Name"));
        test.ExpectedDiagnostics.Add(Pii005.At(13, "Visit", "Visit.Ip", "IpAddress"));
        return test.RunAsync();
    }

    [Fact]
    public Task Pii001ReportsLoggingThoseRecordsAndTheirDerivedRecords()
    {
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer> { TestCode = Usings + Plain(Models) + Logging };
        test.ExpectedDiagnostics.Add(Pii001(0, "Buyer.Email", "Email"));
        test.ExpectedDiagnostics.Add(Pii001(1, "Order.Buyer.Email", "Email"));
        test.ExpectedDiagnostics.Add(Pii001(2, "Gift.To", "Name"));
        test.ExpectedDiagnostics.Add(Pii001(3, "VipBuyer.Email", "Email"));
        test.ExpectedDiagnostics.Add(Pii001(4, "Visit.Ip", "IpAddress"));
        test.ExpectedDiagnostics.Add(Pii001(5, "Order.Buyer.Email", "Email"));
        return test.RunAsync();
    }

    [Fact]
    public Task TheFixMakesEveryRecordSafeToLog()
    {
        var test = new CodeFixTest<GeneratedToStringExposesPersonalDataAnalyzer, OverridePrintMembersCodeFixProvider>
        {
            TestCode = Usings + Models + Plain(Logging),
        };
        test.ExpectedDiagnostics.Add(Pii005.At(10, "Buyer", "Buyer.Email", "Email"));
        test.ExpectedDiagnostics.Add(Pii005.At(11, "Order", "Order.Buyer.Email", "Email"));
        test.ExpectedDiagnostics.Add(Pii005.At(12, "Gift", "Gift.To", "Name"));
        test.ExpectedDiagnostics.Add(Pii005.At(13, "Visit", "Visit.Ip", "IpAddress"));

        // One at a time, fixing Buyer first leaves Order nothing to report, so the one-by-one result keeps Buyer in Order.
        test.FixedCode = "using System.Text;\n" + Usings + FixedModels.Replace(OrderFixed, OrderUnchanged) + Plain(Logging);
        test.BatchFixedCode = "using System.Text;\n" + Usings + FixedModels + Plain(Logging);
        return test.RunAsync();
    }

    [Fact]
    public Task AfterTheFixPii001FindsNoLeak() =>
        CSharpAnalyzerVerifier<PersonalDataWrittenToLogAnalyzer>.VerifyAnalyzerAsync("using System.Text;\n" + Usings + FixedModels + Plain(Logging));

    private const string OrderFixed = """
        public record Order(int Id, Product Item, Buyer Buyer)
        {
            // Prints the members as the compiler-generated PrintMembers does, leaving out personal data: Buyer.
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                builder.Append("Id = ");
                builder.Append(Id);
                builder.Append(", Item = ");
                builder.Append(Item);
                return true;
            }
        }
        """;

    private const string OrderUnchanged = "public record Order(int Id, Product Item, Buyer Buyer);";

    /// <summary>The source without its location markup, for the analyzer the markup is not for.</summary>
    private static string Plain(string markup) => Regex.Replace(markup, @"\{\|#\d+:(.*?)\|\}", "$1");

    private static DiagnosticResult Pii001(int location, string data, string kind) =>
        CSharpAnalyzerVerifier<PersonalDataWrittenToLogAnalyzer>.Diagnostic().WithLocation(location).WithArguments(data, kind, "LogInformation");
}
