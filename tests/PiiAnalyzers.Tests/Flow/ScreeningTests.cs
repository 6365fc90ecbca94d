using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Flow;

/// <summary>
/// The shallow screening that decides whether a method's flow is analysed at all (MethodScreening) lets through every
/// method where personal data can reach a sink: turned into text by a compound assignment, or arriving in a marked
/// parameter of a local function or lambda, with no marked member read anywhere else in the method.
/// </summary>
public class ScreeningTests
{
    private const string Usings = "using System; using Microsoft.Extensions.Logging; using PiiAnalyzers;\n";

    private const string Models = """

        public class Member
        {
            public int Id { get; set; }

            [PersonalData(PersonalDataKind.Name)]
            public string Name { get; set; } = "";

            public override string ToString() => Name;
        }

        public record Guest(int Id, [PersonalData(PersonalDataKind.Name)] string Name);
        """;

    private static DiagnosticResult Log(int location, string data, string kind) =>
        new DiagnosticResult(RuleDescriptors.PersonalDataWrittenToLog).WithLocation(location).WithArguments(data, kind, "LogInformation");

    [Fact]
    public Task AnObjectWhoseToStringPrintsPersonalData_AppendedWithPlusEquals() => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        TestCode = Usings + """
            public sealed class MemberAudit(ILogger<MemberAudit> logger)
            {
                public void Record(Member member)
                {
                    string line = "Member: ";
                    line += member;
                    logger.LogInformation({|#0:line|});
                }
            }
            """ + Models,
        ExpectedDiagnostics = { Log(0, "Member.Name", "Name") },
    }.RunAsync();

    [Fact]
    public Task ARecordAppendedWithPlusEquals() => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        TestCode = Usings + """
            public sealed class GuestAudit(ILogger<GuestAudit> logger)
            {
                public void Record(Guest guest)
                {
                    string line = "Guest: ";
                    line += guest;
                    logger.LogInformation({|#0:line|});
                }
            }
            """ + Models,
        ExpectedDiagnostics = { Log(0, "Guest.Name", "Name") },
    }.RunAsync();

    [Fact]
    public Task AMarkedParameterOfALocalFunction() => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        TestCode = Usings + """
            public sealed class Newsletter(ILogger<Newsletter> logger)
            {
                public void Subscribe(string address)
                {
                    Confirm(address);

                    void Confirm([PersonalData(PersonalDataKind.Email)] string email) =>
                        logger.LogInformation("Confirmation sent to {Email}", {|#0:email|});
                }
            }
            """ + Models,
        ExpectedDiagnostics = { Log(0, "email", "Email") },
    }.RunAsync();

    [Fact]
    public Task AMarkedParameterOfALambda() => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        TestCode = Usings + """
            public sealed class Newsletter(ILogger<Newsletter> logger)
            {
                public Action<string> Confirmation() =>
                    ([PersonalData(PersonalDataKind.Email)] string email) =>
                        logger.LogInformation("Confirmation sent to {Email}", {|#0:email|});
            }
            """ + Models,
        ExpectedDiagnostics = { Log(0, "email", "Email") },
    }.RunAsync();
}
