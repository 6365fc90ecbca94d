using System.Threading.Tasks;
using PiiAnalyzers.Tests.Rules.PII001;
using Xunit;

namespace PiiAnalyzers.Tests.Consent;

/// <summary>
/// Same-compilation summaries: a method whose parameter reaches a log makes its call sites log sinks for that
/// argument, named after the method; redaction and consent inside the method, or at the call site, count.
/// </summary>
public class SummaryTests
{
    private const string Usings = "using System; using Microsoft.Extensions.Logging; using PiiAnalyzers; using Shop;\n";

    private const string Audit = """

        public interface IConsents { [ConsentCheck] bool Has(Customer customer, ConsentPurpose purpose); }

        public class Audit
        {
            private readonly ILogger _log = null!;
            private readonly IConsents _consents = null!;

            public void Write(string what) => _log.LogInformation("Audit {What}", what);
            public void Prefixed(string what) => Write("again: " + what);
            public void Deeper(string what) => Prefixed(what.Trim());
            public void Count(int count) => _log.LogInformation("Count {N}", count);
            public void Masked(string what) => _log.LogInformation("Audit {What}", Redact.Mask(what));
            public void Consented(Customer customer, string what)
            {
                if (_consents.Has(customer, ConsentPurpose.Diagnostics)) _log.LogInformation("{W}", what);
            }

            public void Recursive(string what, int depth)
            {
                if (depth > 0) Recursive(what, depth - 1);
                else _log.LogInformation("{W}", what);
            }

            public void PingPong(string what, int depth) { if (depth > 0) Pong(what, depth - 1); }
            private void Pong(string what, int depth) { if (depth > 0) PingPong(what, depth - 1); else _log.LogInformation("{W}", what); }

            public static void Static(ILogger log, string what) => log.LogWarning("{W}", what);
            public void Stored(string what) { _last = what; }
            private string _last = "";
        }

        public static class AuditExtensions
        {
            public static void Trace(this ILogger log, string what) => log.LogTrace("{W}", what);
        }
        """;

    private static Task VerifyAsync(string body, params Harness.DiagnosticResult[] expected) =>
        Pii001.VerifyAsync(Usings + "class C\n{\n    private readonly Audit _audit = new Audit();\n    private readonly IConsents _consents = null!;\n" + body + "\n}\n" + Audit, expected);

    [Fact]
    public Task WrappersOneAndTwoCallsDeepAreSinks() => VerifyAsync("""
            void M(Customer c, ILogger log)
            {
                _audit.Write({|#0:c.Email|});
                _audit.Prefixed({|#1:c.Name|});
                _audit.Deeper({|#2:c.Email|});
                Audit.Static(log, {|#3:c.Email|});
                log.Trace({|#4:c.Email|});
                _audit.Write("constant");
                _audit.Write(c.Id.ToString());
            }
        """,
        Pii001.At(0, "Customer.Email", "Email", "Write"),
        Pii001.At(1, "Customer.Name", "Name", "Prefixed"),
        Pii001.At(2, "Customer.Email", "Email", "Deeper"),
        Pii001.At(3, "Customer.Email", "Email", "Audit.Static"),
        Pii001.At(4, "Customer.Email", "Email", "Trace"));

    [Fact]
    public Task WrappersThatRedactOrCheckConsentOrDoNotLogAreNotSinks() => VerifyAsync("""
            void M(Customer c)
            {
                _audit.Count(c.Id);
                _audit.Masked(c.Email);
                _audit.Consented(c, c.Email);
                _audit.Stored(c.Email);
            }
        """);

    [Fact]
    public Task ConsentAtTheCallSiteCoversTheWrapper() => VerifyAsync("""
            void M(Customer c)
            {
                if (_consents.Has(c, ConsentPurpose.Diagnostics)) _audit.Write(c.Email);
                _audit.Write(Redact.Mask(c.Email));
            }
        """);

    [Fact]
    public Task RecursiveWrappersAreBoundedAndStillFound() => VerifyAsync("""
            void M(Customer c)
            {
                _audit.Recursive({|#0:c.Email|}, 3);
                _audit.PingPong({|#1:c.Email|}, 4);
            }
        """,
        Pii001.At(0, "Customer.Email", "Email", "Recursive"),
        Pii001.At(1, "Customer.Email", "Email", "PingPong"));
}
