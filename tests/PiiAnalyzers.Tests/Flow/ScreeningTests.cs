using System.Threading.Tasks;
using PiiAnalyzers.Analysis;
using PiiAnalyzers.Diagnostics;
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

    [Theory]
    [InlineData("note = member.Name;")]
    [InlineData("note += member.Name;")]
    [InlineData("(note, _) = (member.Name, member.Id);")]
    [InlineData("note ??= member.Name;")]
    public Task AParameterTheMethodAssigns_CarriesWhatItIsAssigned(string assignment) => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        // An unchanged parameter carries only its marking; one the method assigns may carry anything.
        TestCode = Usings + """
            public sealed class Notes(ILogger<Notes> logger)
            {
                public void Record(string? note, Member member)
                {
                    ASSIGNMENT
                    logger.LogInformation("Note: {Note}", {|#0:note|});
                }
            }
            """.Replace("ASSIGNMENT", assignment) + Models,
        ExpectedDiagnostics = { Log(0, "Member.Name", "Name") },
    }.RunAsync();

    [Theory]
    [InlineData("builder.Append(member.Name);")]
    [InlineData("builder.Append(\"Member \").Append(member.Name);")]
    [InlineData("builder.AppendLine().AppendFormat(\"{0}\", member.Name);")]
    [InlineData("builder?.Append(member.Name);")]
    [InlineData("builder?.AppendLine().Append(member.Name);")]
    public Task AParameterThatACallStoresInto_CarriesWhatIsStored(string call) => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        TestCode = Usings + """
            public sealed class Report(ILogger<Report> logger)
            {
                public void Write(System.Text.StringBuilder? builder, Member member)
                {
                    CALL
                    logger.LogInformation("Report: {Report}", {|#0:builder|});
                }
            }
            """.Replace("CALL", call) + Models,
        ExpectedDiagnostics = { Log(0, "Member.Name", "Name") },
    }.RunAsync();

    [Theory]
    [InlineData("string text = \"\"; text = member.Name;")]
    [InlineData("string? text = null; text ??= member.Name;")]
    [InlineData("var name = member.Name; var text = name.Trim();")]
    [InlineData("string text = \"\"; string other = \"\"; for (int i = 0; i < 2; i++) { text = other; other = text + member.Name; }")]
    [InlineData("string text = \"\"; (text, _) = (member.Name, member.Id);")]
    [InlineData("var (text, _) = (member.Name, member.Id);")]
    [InlineData("var names = new System.Collections.Generic.List<string>(); names.Add(member.Name); var text = string.Join(\", \", names);")]
    [InlineData("var names = new System.Collections.Generic.Dictionary<int, string> { [member.Id] = member.Name }; names.TryGetValue(member.Id, out var text);")]
    [InlineData("string text = \"\"; foreach (var name in new[] { member.Name }) { text = name; }")]
    [InlineData("var first = new System.Collections.Generic.List<string>(); var names = new System.Collections.Generic.List<string>(); (first.Count > 0 ? first : names).Add(member.Name); var text = string.Join(\", \", names);")]
    [InlineData("var names = new System.Collections.Generic.List<string> { $\"{member.Id}\" + $\" {member.Name}\" }; var text = names[0];")]
    [InlineData("var line = new System.Text.StringBuilder(); line.Append($\"Member \" + $\"{member.Name}\"); var text = line.ToString();")]
    public Task ALocal_CarriesWhateverIsWrittenToIt(string statements) => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        TestCode = Usings + """
            public sealed class Notes(ILogger<Notes> logger)
            {
                public void Record(Member member)
                {
                    STATEMENTS
                    logger.LogInformation("Note: {Note}", {|#0:text|});
                }
            }
            """.Replace("STATEMENTS", statements) + Models,
        ExpectedDiagnostics = { Log(0, "Member.Name", "Name") },
    }.RunAsync();
}
