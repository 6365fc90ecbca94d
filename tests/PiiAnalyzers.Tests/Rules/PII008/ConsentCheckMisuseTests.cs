using System.Threading.Tasks;
using Xunit;
using static PiiAnalyzers.Tests.Rules.PII008.Pii008;

namespace PiiAnalyzers.Tests.Rules.PII008;

/// <summary>PII008 on <c>[ConsentCheck]</c>: shapes the consent engine ignores, purposes missing or doubled.</summary>
public class ConsentCheckMisuseTests
{
    [Fact]
    public Task MethodThatReturnsNeitherBoolNorVoid() => VerifyAsync("""
        class Consents
        {
            [{|#0:ConsentCheck|}] public int Check(string customer, ConsentPurpose purpose) => 0;
            [{|#1:ConsentCheck(ConsentPurpose.Marketing)|}] public Task<int> LevelAsync(string customer) => Task.FromResult(0);
            [{|#2:ConsentCheck|}] public bool? Maybe(string customer, ConsentPurpose purpose) => null;
            [{|#3:ConsentCheck(ConsentPurpose.Analytics)|}] public static string Describe(string customer) => "";
            [{|#4:ConsentCheck|}] public System.Collections.Generic.IEnumerable<bool> Each(ConsentPurpose purpose) { yield return true; }
        }
        """,
        At(0, "ConsentCheck", "Consents.Check", Say(NotBoolOrVoid, "int")),
        At(1, "ConsentCheck", "Consents.LevelAsync", Say(NotBoolOrVoid, "Task<int>")),
        At(2, "ConsentCheck", "Consents.Maybe", Say(NotBoolOrVoid, "bool?")),
        At(3, "ConsentCheck", "Consents.Describe", Say(NotBoolOrVoid, "string")),
        At(4, "ConsentCheck", "Consents.Each", Say(NotBoolOrVoid, "IEnumerable<bool>")));

    [Fact]
    public Task PropertyThatIsNotBool() => VerifyAsync("""
        class Consents
        {
            [{|#0:ConsentCheck(ConsentPurpose.Marketing)|}] public int MarketingLevel => 0;
            [{|#1:ConsentCheck(ConsentPurpose.Marketing)|}] public bool? MarketingAnswer => null;
            [{|#2:ConsentCheck|}] public string Purpose { get; set; } = "";
        }
        """,
        At(0, "ConsentCheck", "Consents.MarketingLevel", Say(PropertyNotBool, "int")),
        At(1, "ConsentCheck", "Consents.MarketingAnswer", Say(PropertyNotBool, "bool?")),
        At(2, "ConsentCheck", "Consents.Purpose", Say(PropertyNotBool, "string")));

    [Fact]
    public Task AccessorIsNotTheProperty() => VerifyAsync("""
        class Consents
        {
            public bool MarketingAllowed { [{|#0:ConsentCheck(ConsentPurpose.Marketing)|}] get => true; }
        }
        """,
        At(0, "ConsentCheck", "Consents.MarketingAllowed", OnAccessor));

    [Fact]
    public Task CheckWithoutAPurpose() => VerifyAsync("""
        class Consents
        {
            [{|#0:ConsentCheck|}] public bool Check(string customer) => true;
            [{|#1:ConsentCheck|}] public void Ensure(string customer) { }
            [{|#2:ConsentCheck()|}] public Task<bool> CheckAsync(string customer, ConsentPurpose? purpose) => Task.FromResult(true);
            [{|#3:ConsentCheck|}] public bool Given => true;
        }
        """,
        At(0, "ConsentCheck", "Consents.Check", NoPurpose),
        At(1, "ConsentCheck", "Consents.Ensure", NoPurpose),
        At(2, "ConsentCheck", "Consents.CheckAsync", NoPurpose),
        At(3, "ConsentCheck", "Consents.Given", PropertyNoPurpose));

    [Fact]
    public Task CheckThatNamesAPurposeAndTakesOne() => VerifyAsync("""
        class Consents
        {
            [{|#0:ConsentCheck(ConsentPurpose.Marketing)|}] public bool Has(string customer, ConsentPurpose purpose) => true;
            [{|#1:ConsentCheck(ConsentPurpose.Analytics)|}] public void Ensure(ConsentPurpose purpose, string customer) { }
        }
        """,
        At(0, "ConsentCheck", "Consents.Has", TwoPurposes),
        At(1, "ConsentCheck", "Consents.Ensure", TwoPurposes));

    [Fact]
    public Task CheckThatRequiresTheConsentItChecks() => VerifyAsync("""
        class Consents
        {
            [ConsentCheck(ConsentPurpose.Marketing), {|#0:RequiresConsent(ConsentPurpose.Marketing)|}]
            public bool MayMarket(string customer) => true;

            [ConsentCheck]
            [{|#1:RequiresConsent(ConsentPurpose.Diagnostics)|}]
            [RequiresConsent(ConsentPurpose.Marketing)]
            public bool Has(string customer, ConsentPurpose purpose) => true;

            [ConsentCheck(ConsentPurpose.Analytics)]
            [{|#2:RequiresConsent(ConsentPurpose.Analytics)|}]
            public bool AnalyticsAllowed => true;

            [ConsentCheck(ConsentPurpose.Marketing), RequiresConsent(ConsentPurpose.Diagnostics)]
            public bool MayMarketLogged(string customer) => true;
        }
        """,
        At(0, "RequiresConsent", "Consents.MayMarket", RequiresWhatItChecks),
        At(1, "RequiresConsent", "Consents.Has", RequiresWhatItChecks),
        At(2, "RequiresConsent", "Consents.AnalyticsAllowed", RequiresWhatItChecks));

    [Fact]
    public Task MisuseIsReportedWhereTheAttributeIsWrittenNotWhereItIsInherited() => VerifyAsync("""
        interface IConsents
        {
            [{|#0:ConsentCheck|}] int Level(string customer, ConsentPurpose purpose);
            [{|#1:ConsentCheck|}] bool Has(string customer);
        }

        class Consents : IConsents
        {
            public int Level(string customer, ConsentPurpose purpose) => 0;
            bool IConsents.Has(string customer) => true;
        }

        class Explicit : IConsents
        {
            [{|#2:ConsentCheck|}] int IConsents.Level(string customer, ConsentPurpose purpose) => 0;
            [ConsentCheck(ConsentPurpose.Marketing)] bool IConsents.Has(string customer) => true;
        }

        abstract class Base
        {
            [{|#3:ConsentCheck(ConsentPurpose.Marketing)|}] public abstract string Describe(string customer);
        }

        class Derived : Base
        {
            public override string Describe(string customer) => "";
        }
        """,
        At(0, "ConsentCheck", "IConsents.Level", Say(NotBoolOrVoid, "int")),
        At(1, "ConsentCheck", "IConsents.Has", NoPurpose),
        At(2, "ConsentCheck", "Explicit.Level", Say(NotBoolOrVoid, "int")),
        At(3, "ConsentCheck", "Base.Describe", Say(NotBoolOrVoid, "string")));

    [Fact]
    public Task AnIgnoredCheckIsReportedOnceForItsShape() => VerifyAsync("""
        class Consents
        {
            [{|#0:ConsentCheck|}, RequiresConsent(ConsentPurpose.Marketing)] public int Level(string customer) => 0;
            [{|#1:ConsentCheck|}] public string Purpose => "";
        }
        """,
        At(0, "ConsentCheck", "Consents.Level", Say(NotBoolOrVoid, "int")),
        At(1, "ConsentCheck", "Consents.Purpose", Say(PropertyNotBool, "string")));

    [Fact]
    public Task PartialDeclarationsAreReportedOnce() => VerifyAsync("""
        partial class Consents
        {
            [{|#0:ConsentCheck|}] public partial int Level(string customer, ConsentPurpose purpose);
            public partial void Send([{|#1:PersonalData|}] string email);
        }

        partial class Consents
        {
            public partial int Level(string customer, ConsentPurpose purpose) => 0;
            public partial void Send([NotPersonalData("A role address.")] string email) { }
        }
        """,
        At(0, "ConsentCheck", "Consents.Level", Say(NotBoolOrVoid, "int")),
        At(1, "PersonalData", "Consents.Send(email)", Say(Contradicts, "parameter")));
}
