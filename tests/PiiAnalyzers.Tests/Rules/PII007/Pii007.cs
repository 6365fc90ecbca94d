using System.Threading.Tasks;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using PiiAnalyzers.Rules;

namespace PiiAnalyzers.Tests.Rules.PII007;

using Verify = CSharpAnalyzerVerifier<ConsentCheckResultIgnoredAnalyzer>;

/// <summary>
/// Shorthands of the PII007 tests: sources get the consent models appended, and the customer the checks take
/// (<see cref="DomainFixtures.Customer"/>) as a second file.
/// </summary>
internal static class Pii007
{
    /// <summary>What every test source starts with.</summary>
    public const string Usings = "using System; using System.Threading.Tasks; using PiiAnalyzers; using Privacy; using Shop;\n";

    /// <summary>
    /// Consent checks of every shape (well-formed: PII008 reports nothing here) and a method that merely
    /// answers a question. They take the shop's customer: add <see cref="DomainFixtures.Customer"/> beside them.
    /// </summary>
    public const string Consents = """

        namespace Privacy
        {
            using System.Threading.Tasks;
            using PiiAnalyzers;
            using Shop;

            public class Consents
            {
                [ConsentCheck] public bool Has(Customer customer, ConsentPurpose purpose) => true;
                [ConsentCheck] public Task<bool> HasAsync(Customer customer, ConsentPurpose purpose) => Task.FromResult(true);
                [ConsentCheck] public ValueTask<bool> HasNowAsync(Customer customer, ConsentPurpose purpose) => new ValueTask<bool>(true);
                [ConsentCheck(ConsentPurpose.Marketing)] public bool MayMarket(Customer customer) => true;
                [ConsentCheck] public static bool Given(Customer customer, ConsentPurpose purpose) => true;
                [ConsentCheck] public void Ensure(Customer customer, ConsentPurpose purpose) { }
                [ConsentCheck] public Task EnsureAsync(Customer customer, ConsentPurpose purpose) => Task.CompletedTask;
                [ConsentCheck(ConsentPurpose.Analytics)] public bool AnalyticsAllowed => true;
                public bool IsActive(Customer customer) => true;
                public Task<bool> IsActiveAsync(Customer customer) => Task.FromResult(true);
            }

            public static class ConsentExtensions
            {
                [ConsentCheck] public static bool Allows(this Customer customer, ConsentPurpose purpose) => true;
            }

            public interface IConsentStore
            {
                [ConsentCheck] bool Has(Customer customer, ConsentPurpose purpose);
            }

            public class ConsentStore : IConsentStore
            {
                public bool Has(Customer customer, ConsentPurpose purpose) => true;
            }
        }

        """;

    /// <summary>PII007 at markup location <paramref name="location"/> for the check named <paramref name="check"/>.</summary>
    public static DiagnosticResult At(int location, string check) => Verify.Diagnostic().WithLocation(location).WithArguments(check);

    /// <summary>Runs PII007 over the source (plus the consent models and the customer) and compares every diagnostic.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<ConsentCheckResultIgnoredAnalyzer> { Sources = { Usings + source + Consents, DomainFixtures.Customer } };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
