using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Inference;

/// <summary>
/// Inference mode (<c>pii_analyzers.infer_personal_data = true</c>): what PII006 would report counts as personal data for
/// the sink rules, end to end with PII001 and PII003, on code that marks nothing.
/// </summary>
public class InferenceModeTests
{
    private const string On = """
        is_global = true
        pii_analyzers.infer_personal_data = true
        """;

    /// <summary>A legacy code base: nothing is marked; a partner client and a mailer.</summary>
    private const string Legacy = """

        namespace Legacy
        {
            using PiiAnalyzers;

            public class Member
            {
                public int Id { get; set; }
                public string Email { get; set; } = "";
                public string EmailTemplate { get; set; } = "";
                public string PasswordHash { get; set; } = "";
                public bool IsEmailConfirmed { get; set; }
                public string Phone { get; set; } = "";
                [NotPersonalData("the shop's switchboard, printed on every invoice")] public string SupportPhone { get; set; } = "";
                [PersonalData(PersonalDataKind.Name)] public string Handle { get; set; } = "";
            }

            public record Signup(string Email, int Attempts);

            [ThirdParty] public class Crm { public void Push(string value) { } }
        }
        """;

    private const string LogUsings = "using Microsoft.Extensions.Logging; using Legacy;\n";

    [Fact]
    public Task Off_UnmarkedMembersAreNotFollowed() =>
        RunPii001(globalConfig: null, LogUsings + """
            class C
            {
                void M(ILogger logger, Member member) => logger.LogInformation("{E}", member.Email);
            }
            """);

    [Fact]
    public Task On_MembersNamedLikePersonalDataAreFollowedToLogs() =>
        RunPii001(On, LogUsings + """
            class C
            {
                void M(ILogger logger, Member member)
                {
                    logger.LogInformation("{E}", {|#0:member.Email|});
                    var phone = member.Phone;
                    logger.LogInformation($"Calling {{|#1:phone|}}");
                    logger.LogInformation("{Id} {T} {H} {C}", member.Id, member.EmailTemplate, member.PasswordHash, member.IsEmailConfirmed);
                    logger.LogInformation("{S}", member.SupportPhone);
                    logger.LogInformation("{H}", {|#2:member.Handle|});
                }
            }
            """,
            PII001.Pii001.At(0, "Member.Email", "Email", "LogInformation"),
            PII001.Pii001.At(1, "Member.Phone", "Phone", "LogInformation"),
            PII001.Pii001.At(2, "Member.Handle", "Name", "LogInformation"));

    [Fact]
    public Task On_ParametersAndRecordsAreInferredToo() =>
        RunPii001(On, LogUsings + """
            public class Mailer
            {
                public void Send(ILogger logger, string email, int retries) => logger.LogInformation("{E} {R}", {|#0:email|}, retries);

                public void Track(ILogger logger, Signup signup)
                {
                    logger.LogInformation("{S}", {|#1:signup|});
                    logger.LogInformation("{E} {A}", {|#2:signup.Email|}, signup.Attempts);
                }
            }
            """,
            PII001.Pii001.At(0, "email", "Email", "LogInformation"),
            PII001.Pii001.At(1, "Signup.Email", "Email", "LogInformation"),
            PII001.Pii001.At(2, "Signup.Email", "Email", "LogInformation"));

    [Fact]
    public Task On_FromAnEditorConfigSection_SharingWithAThirdPartyNeedsConsent()
    {
        var test = new AnalyzerTest<PersonalDataSharedWithThirdPartyAnalyzer>
        {
            TestCode = "using Legacy;\n" + """
                class C
                {
                    void M(Crm crm, Member member)
                    {
                        crm.Push({|#0:member.Email|});
                        crm.Push(member.Id.ToString());
                        crm.Push(member.EmailTemplate);
                    }
                }
                """ + Legacy,
            EditorConfig = """
                root = true

                [*.cs]
                pii_analyzers.infer_personal_data = TRUE
                """,
        };
        test.ExpectedDiagnostics.Add(PII003.Pii003.At(0, "Member.Email", "Email", "Crm.Push"));
        return test.RunAsync();
    }

    [Fact]
    public Task OnlyWhereTheMemberIsDeclared_AFileCanTurnItOff()
    {
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
        {
            GlobalConfig = On,
            EditorConfig = """
                root = true

                [Test1.cs]
                pii_analyzers.infer_personal_data = false
                """,
        };
        test.Sources.Add(LogUsings + """
            public class Visitor { public string Email { get; set; } = ""; }

            class C
            {
                void M(ILogger logger, Member member, Visitor visitor)
                {
                    logger.LogInformation("{E}", member.Email);
                    logger.LogInformation("{E}", {|#0:visitor.Email|});
                }
            }
            """);
        test.Sources.Add(Legacy);
        test.ExpectedDiagnostics.Add(PII001.Pii001.At(0, "Visitor.Email", "Email", "LogInformation"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("")]
    [InlineData("false")]
    [InlineData("1")]
    public Task AnythingButTrueLeavesItOff(string value) =>
        RunPii001("is_global = true\npii_analyzers.infer_personal_data = " + value, LogUsings + """
            class C
            {
                void M(ILogger logger, Member member) => logger.LogInformation("{E}", member.Email);
            }
            """);

    [Fact]
    public Task Pii006StillReportsWhatIsInferred()
    {
        var test = new AnalyzerTest<UnmarkedPersonalDataAnalyzer>
        {
            TestCode = """
                using PiiAnalyzers;
                public class Member
                {
                    public string {|#0:Email|} { get; set; } = "";
                    [PersonalData(PersonalDataKind.Phone)] public string Phone { get; set; } = "";
                }
                """,
            GlobalConfig = On,
        };
        test.ExpectedDiagnostics.Add(PII006.Pii006.At(0, "Member.Email", "Email", "Email"));
        return test.RunAsync();
    }

    private static Task RunPii001(string? globalConfig, string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer> { TestCode = source + Legacy, GlobalConfig = globalConfig };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
