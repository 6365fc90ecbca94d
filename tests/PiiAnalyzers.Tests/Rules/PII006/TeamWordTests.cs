using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII006;

/// <summary>
/// A team's own words in <c>PiiAnalyzers.txt</c>: <c>personal_data_word</c> makes names that end in the word personal data
/// of the kind (PII006 reports them, inference mode follows them); <c>not_personal_data_word</c> keeps names that end in
/// the word out, whatever the package's vocabulary says. The context rules still apply.
/// </summary>
public class TeamWordTests
{
    private const string Words = """
        # The loyalty programme's member numbers identify a person; our user names are generated handles.
        personal_data_word MemberNo Other
        personal_data_word KvkkConsentText Behavior
        not_personal_data_word UserName
        """;

    [Fact]
    public Task TheTeamsWordsWinForTheName() => Pii006.VerifyConfiguredAsync(Words, """
        public class LoyaltyMember
        {
            public string {|#0:MemberNo|} { get; set; } = "";
            public string {|#1:PartnerMemberNoValue|} { get; set; } = "";
            public string MemberNoFormat { get; set; } = "";
            public string UserName { get; set; } = "";
            public string {|#2:KvkkConsentText|} { get; set; } = "";
            public string {|#3:Email|} { get; set; } = "";
        }

        public class LoyaltySettings
        {
            public string MemberNo { get; set; } = "";
        }
        """,
        Pii006.At(0, "LoyaltyMember.MemberNo", "Other", "MemberNo"),
        Pii006.At(1, "LoyaltyMember.PartnerMemberNoValue", "Other", "MemberNo"),
        Pii006.At(2, "LoyaltyMember.KvkkConsentText", "Behavior", "KvkkConsentText"),
        Pii006.At(3, "LoyaltyMember.Email", "Email", "Email"));

    [Fact]
    public Task InferenceModeFollowsThem()
    {
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
        {
            TestCode = """
                using Microsoft.Extensions.Logging;

                public class LoyaltyMember
                {
                    public string MemberNo { get; set; } = "";
                    public string UserName { get; set; } = "";
                }

                public class Points
                {
                    public void Award(ILogger logger, LoyaltyMember member) =>
                        logger.LogInformation("Points for {MemberNo} ({UserName})", {|#0:member.MemberNo|}, member.UserName);
                }
                """,
            GlobalConfig = Solutions.ShopSolution.Inference,
            AdditionalFiles = { ("PiiAnalyzers.txt", Words) },
        };
        test.ExpectedDiagnostics.Add(PII001.Pii001.At(0, "LoyaltyMember.MemberNo", "Other", "LogInformation"));
        return test.RunAsync();
    }
}
