using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Redaction;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using PiiAnalyzers.Rules;

namespace PiiAnalyzers.Tests.Rules.PII003;

using Verify = CSharpCodeFixVerifier<PersonalDataSharedWithThirdPartyAnalyzer, RedactPersonalDataCodeFixProvider>;

/// <summary>Shorthands of the PII003 tests: sources get the shop model (<see cref="DomainFixtures.Shop"/>) and the partners as files of their own.</summary>
internal static class Pii003
{
    /// <summary>Partners of the tests: every shape of recipient, and a consent registry.</summary>
    public const string Partners = """

        namespace Partners
        {
            using System.Collections.Generic;
            using PiiAnalyzers;
            using Shop;

            public interface IConsents { [ConsentCheck] bool Has(Customer customer, ConsentPurpose purpose); }

            [ThirdParty] public class CrmClient
            {
                public CrmClient() { }
                public CrmClient(string account) { }
                public void Push(string email) { }
                public void Upsert(Customer customer) { }
                public void Report(OrderSummary summary) { }
                public void PushAll(IEnumerable<string> emails) { }
                public static void Ping(string text) { }
            }

            public class PremiumCrmClient : CrmClient { public void Sync(string name) { } }

            [ThirdParty] public interface IAnalytics { void Track(string userId); }
            public class Analytics : IAnalytics { public void Track(string userId) { } public void Flush(string batch) { } }

            [ThirdParty(ConsentPurpose.Marketing)] public struct Newsletter { public void Subscribe(string email) { } }

            public class Shipping
            {
                [ThirdParty] public void Book(string address) { }
                public void Quote(string city) { }
            }
        }
        """;

    public static DiagnosticResult At(int location, string data, string kind, string recipient, string purpose = "ThirdPartySharing") =>
        Verify.Diagnostic().WithLocation(location).WithArguments(data, kind, recipient, purpose);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<PersonalDataSharedWithThirdPartyAnalyzer> { Sources = { source, DomainFixtures.Shop, Partners } };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
