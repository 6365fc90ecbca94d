using System.Threading.Tasks;
using PiiAnalyzers.Tests.Rules.PII001;
using Xunit;

namespace PiiAnalyzers.Tests.Consent;

/// <summary>
/// A sink is fine only where a consent check for its purpose dominates it: every shape of guard, in the
/// manner of CA1416's guarded-call suite. PII001 (purpose Diagnostics) is the rule under test.
/// </summary>
public class ConsentGuardTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Diagnostics; using System.Threading.Tasks; using Microsoft.Extensions.Logging; using PiiAnalyzers; using Shop;\n";

    /// <summary>The consent service of the tests: every shape of check.</summary>
    private const string Consents = """

        public interface IConsents
        {
            [ConsentCheck] bool Has(Customer customer, ConsentPurpose purpose);
            [ConsentCheck(ConsentPurpose.Diagnostics)] bool DiagnosticsAllowed { get; }
            [ConsentCheck(ConsentPurpose.Marketing)] bool MarketingAllowed { get; }
            [ConsentCheck] void Ensure(Customer customer, ConsentPurpose purpose);
            [ConsentCheck] Task<bool> HasAsync(Customer customer, ConsentPurpose purpose);
            [ConsentCheck] Task EnsureAsync(Customer customer, ConsentPurpose purpose);
        }

        public static class Guard
        {
            [System.Diagnostics.CodeAnalysis.DoesNotReturn]
            public static void Fail(string reason) => throw new InvalidOperationException(reason);
        }
        """;

    private static Task VerifyAsync(string body, params Harness.DiagnosticResult[] expected) =>
        Pii001.VerifyAsync(Usings + "class C\n{\n    private readonly ILogger _log = null!;\n    private readonly IConsents _consents = null!;\n" + body + "\n}\n" + Consents, expected);

    private static Harness.DiagnosticResult Leak(int location) => Pii001.At(location, "Customer.Email", "Email", "LogInformation");

    [Fact]
    public Task IfElseAndElseIf() => VerifyAsync("""
            void If(Customer c)
            {
                if (_consents.Has(c, ConsentPurpose.Diagnostics))
                {
                    _log.LogInformation("{E}", c.Email);
                }
                else
                {
                    _log.LogInformation("{E}", {|#0:c.Email|});
                }

                _log.LogInformation("{E}", {|#1:c.Email|});
            }

            void ElseIf(Customer c, bool first)
            {
                if (first)
                {
                    _log.LogInformation("{E}", {|#2:c.Email|});
                }
                else if (_consents.Has(c, ConsentPurpose.Diagnostics))
                {
                    _log.LogInformation("{E}", c.Email);
                }
            }
        """, Leak(0), Leak(1), Leak(2));

    [Fact]
    public Task NegationWithReturnThrowContinueAndBreak() => VerifyAsync("""
            void Return(Customer c)
            {
                if (!_consents.Has(c, ConsentPurpose.Diagnostics)) return;
                _log.LogInformation("{E}", c.Email);
            }

            void Throw(Customer c)
            {
                if (!_consents.Has(c, ConsentPurpose.Diagnostics))
                {
                    throw new InvalidOperationException("no consent");
                }

                _log.LogInformation("{E}", c.Email);
            }

            void ThrowHelper(Customer c)
            {
                if (!_consents.Has(c, ConsentPurpose.Diagnostics)) Guard.Fail("no consent");
                _log.LogInformation("{E}", c.Email);
            }

            void Continue(List<Customer> all)
            {
                foreach (var c in all)
                {
                    if (!_consents.Has(c, ConsentPurpose.Diagnostics)) continue;
                    _log.LogInformation("{E}", c.Email);
                }
            }

            void Break(List<Customer> all)
            {
                foreach (var c in all)
                {
                    if (!_consents.Has(c, ConsentPurpose.Diagnostics)) break;
                    _log.LogInformation("{E}", c.Email);
                }

                _log.LogInformation("{E}", {|#0:all[0].Email|});
            }

            void NotReturning(Customer c)
            {
                if (!_consents.Has(c, ConsentPurpose.Diagnostics)) { _log.LogWarning("No consent"); }
                _log.LogInformation("{E}", {|#1:c.Email|});
            }
        """, Leak(0), Leak(1));

    [Fact]
    public Task AndOrNotAndNestedConditions() => VerifyAsync("""
            void And(Customer c, bool verbose)
            {
                if (verbose && _consents.Has(c, ConsentPurpose.Diagnostics)) _log.LogInformation("{E}", c.Email);
                if (_consents.Has(c, ConsentPurpose.Diagnostics) && verbose) _log.LogInformation("{E}", c.Email);
            }

            void Or(Customer c, bool verbose)
            {
                if (verbose || _consents.Has(c, ConsentPurpose.Diagnostics)) _log.LogInformation("{E}", {|#0:c.Email|});
                if (_consents.Has(c, ConsentPurpose.Diagnostics) || _consents.DiagnosticsAllowed) _log.LogInformation("{E}", c.Email);
                if (_consents.Has(c, ConsentPurpose.Diagnostics) || _consents.MarketingAllowed) _log.LogInformation("{E}", {|#1:c.Email|});
            }

            void NotNot(Customer c)
            {
                if (!!_consents.Has(c, ConsentPurpose.Diagnostics)) _log.LogInformation("{E}", c.Email);
                if (_consents.Has(c, ConsentPurpose.Diagnostics) == true) _log.LogInformation("{E}", c.Email);
                if (_consents.Has(c, ConsentPurpose.Diagnostics) != false) _log.LogInformation("{E}", c.Email);
                if (_consents.Has(c, ConsentPurpose.Diagnostics) == false) _log.LogInformation("{E}", {|#2:c.Email|});
                if (!(verboseOff() || !_consents.Has(c, ConsentPurpose.Diagnostics))) _log.LogInformation("{E}", c.Email);
            }

            void Nested(Customer c, bool a, bool b)
            {
                if (a)
                {
                    if (_consents.DiagnosticsAllowed)
                    {
                        if (b) { _log.LogInformation("{E}", c.Email); }
                    }
                    _log.LogInformation("{E}", {|#3:c.Email|});
                }
            }

            static bool verboseOff() => false;
        """, Leak(0), Leak(1), Leak(2), Leak(3));

    [Fact]
    public Task StoredAnswersAndConditionalExpressions() => VerifyAsync("""
            void Stored(Customer c, bool verbose)
            {
                bool ok = _consents.Has(c, ConsentPurpose.Diagnostics);
                if (ok) _log.LogInformation("{E}", c.Email);
                var both = verbose && _consents.Has(c, ConsentPurpose.Diagnostics);
                if (both) _log.LogInformation("{E}", c.Email);
                var either = verbose || _consents.Has(c, ConsentPurpose.Diagnostics);
                if (either) _log.LogInformation("{E}", {|#0:c.Email|});
                ok = false;
                if (ok) _log.LogInformation("{E}", c.Email);
                ok = verbose;
                if (ok) _log.LogInformation("{E}", {|#1:c.Email|});
            }

            void Conditional(Customer c)
            {
                var text = _consents.Has(c, ConsentPurpose.Diagnostics) ? c.Email : "(hidden)";
                _log.LogInformation("{E}", {|#2:text|});
                _ = _consents.Has(c, ConsentPurpose.Diagnostics) ? Write(c.Email) : 0;
            }

            int Write(string email) { _log.LogInformation("{E}", email); return 0; }
        """, Leak(0), Leak(1), Leak(2));

    [Fact]
    public Task SwitchStatementsAndExpressions() => VerifyAsync("""
            void Switch(Customer c, int mode)
            {
                switch (mode)
                {
                    case 1:
                        if (!_consents.Has(c, ConsentPurpose.Diagnostics)) break;
                        _log.LogInformation("{E}", c.Email);
                        break;
                    case 2:
                        _log.LogInformation("{E}", {|#0:c.Email|});
                        break;
                }

                switch (_consents.Has(c, ConsentPurpose.Diagnostics))
                {
                    case true:
                        _log.LogInformation("{E}", c.Email);
                        break;
                    default:
                        _log.LogInformation("{E}", {|#1:c.Email|});
                        break;
                }
            }
        """, Leak(0), Leak(1));

    [Fact]
    public Task TryCatchFinallyAndUsing() => VerifyAsync("""
            void Try(Customer c)
            {
                try
                {
                    _consents.Ensure(c, ConsentPurpose.Diagnostics);
                    _log.LogInformation("{E}", c.Email);
                }
                catch (InvalidOperationException)
                {
                    _log.LogInformation("{E}", {|#0:c.Email|});
                }
                finally
                {
                    _log.LogInformation("{E}", {|#1:c.Email|});
                }
            }

            void GuardedTry(Customer c)
            {
                if (!_consents.Has(c, ConsentPurpose.Diagnostics)) return;
                try { _log.LogInformation("{E}", c.Email); }
                catch (Exception) { _log.LogInformation("{E}", c.Email); }
                finally { _log.LogInformation("{E}", c.Email); }
            }

            void EarlyReturnInsideUsing(Customer c)
            {
                using (_log.BeginScope("Export"))
                {
                    if (!_consents.DiagnosticsAllowed)
                    {
                        return;
                    }

                    _log.LogInformation("{E}", c.Email);
                }

                _log.LogInformation("{E}", c.Email);
            }
        """, Leak(0), Leak(1));

    [Fact]
    public Task LoopsAndContinue() => VerifyAsync("""
            void While(Customer c, int n)
            {
                while (n-- > 0)
                {
                    if (!_consents.Has(c, ConsentPurpose.Diagnostics)) continue;
                    _log.LogInformation("{E}", c.Email);
                }

                for (int i = 0; i < n; i++)
                {
                    _log.LogInformation("{E}", {|#0:c.Email|});
                    if (!_consents.Has(c, ConsentPurpose.Diagnostics)) return;
                }

                do
                {
                    _log.LogInformation("{E}", {|#1:c.Email|});
                }
                while (!_consents.DiagnosticsAllowed);
                _log.LogInformation("{E}", c.Email);
            }
        """, Leak(0), Leak(1));

    [Fact]
    public Task WrongPurposeCheckAfterTheSinkAndNonConstantPurpose() => VerifyAsync("""
            void WrongPurpose(Customer c)
            {
                if (_consents.Has(c, ConsentPurpose.Marketing)) _log.LogInformation("{E}", {|#0:c.Email|});
                if (_consents.MarketingAllowed) _log.LogInformation("{E}", {|#1:c.Email|});
            }

            void CheckAfter(Customer c)
            {
                _log.LogInformation("{E}", {|#2:c.Email|});
                _consents.Ensure(c, ConsentPurpose.Diagnostics);
            }

            void NonConstant(Customer c, ConsentPurpose purpose)
            {
                if (_consents.Has(c, purpose)) _log.LogInformation("{E}", {|#3:c.Email|});
            }
        """, Leak(0), Leak(1), Leak(2), Leak(3));

    [Fact]
    public Task VoidPropertyAsyncAndAssertChecks() => VerifyAsync("""
            void Void(Customer c)
            {
                _consents.Ensure(c, ConsentPurpose.Diagnostics);
                _log.LogInformation("{E}", c.Email);
            }

            void Property(Customer c)
            {
                if (_consents.DiagnosticsAllowed) _log.LogInformation("{E}", c.Email);
            }

            async Task Async(Customer c)
            {
                await Task.Yield();
                if (await _consents.HasAsync(c, ConsentPurpose.Diagnostics)) _log.LogInformation("{E}", c.Email);
                if (!await _consents.HasAsync(c, ConsentPurpose.Diagnostics)) return;
                await Task.Delay(1);
                _log.LogInformation("{E}", c.Email);
            }

            async Task NotGuardedAcrossAwait(Customer c)
            {
                await Task.Delay(1);
                _log.LogInformation("{E}", {|#0:c.Email|});
            }

            async Task ConfiguredAndAwaitedChecks(Customer c)
            {
                if (await _consents.HasAsync(c, ConsentPurpose.Diagnostics).ConfigureAwait(false)) _log.LogInformation("{E}", c.Email);
                await _consents.EnsureAsync(c, ConsentPurpose.Diagnostics);
                _log.LogInformation("{E}", c.Email);
            }

            void TaskCheckNotAwaited(Customer c)
            {
                _ = _consents.EnsureAsync(c, ConsentPurpose.Diagnostics);
                _log.LogInformation("{E}", {|#1:c.Email|});
            }

            void Asserted(Customer c)
            {
                Debug.Assert(_consents.Has(c, ConsentPurpose.Diagnostics));
                _log.LogInformation("{E}", c.Email);
            }
        """, Leak(0), Leak(1));

    [Fact]
    public Task RequiresConsentMovesTheDutyToTheCallers() => VerifyAsync("""
            [RequiresConsent(ConsentPurpose.Diagnostics)]
            void Export(Customer c) => _log.LogInformation("{E}", c.Email);

            [RequiresConsent(ConsentPurpose.Marketing)]
            void Campaign(Customer c) => _log.LogInformation("{E}", {|#0:c.Email|});

            void Unguarded(Customer c) => Export({|#1:c|});

            void Guarded(Customer c)
            {
                if (_consents.DiagnosticsAllowed) Export(c);
            }
        """, Leak(0), Pii001.At(1, "Customer.Name", "Name", "Export"));

    [Fact]
    public Task LambdasStartWithTheStateWhereTheyAreCreated() => VerifyAsync("""
            void Inside(Customer c)
            {
                if (_consents.Has(c, ConsentPurpose.Diagnostics))
                {
                    Action write = () => _log.LogInformation("{E}", c.Email);
                    write();
                }
            }

            void Outside(Customer c)
            {
                Action write = () => _log.LogInformation("{E}", {|#0:c.Email|});
                if (_consents.Has(c, ConsentPurpose.Diagnostics)) write();
            }

            void Checked(List<Customer> all)
            {
                all.ForEach(c => { if (_consents.Has(c, ConsentPurpose.Diagnostics)) _log.LogInformation("{E}", c.Email); });
                all.ForEach(c => _log.LogInformation("{E}", {|#1:c.Email|}));
            }
        """, Leak(0), Leak(1));

    [Fact]
    public Task LocalFunctionsStartWithWhatAllTheirCallSitesShare() => VerifyAsync("""
            void AllGuarded(Customer c)
            {
                if (!_consents.DiagnosticsAllowed) return;
                Write();
                Write();
                void Write() => _log.LogInformation("{E}", c.Email);
            }

            void OneUnguarded(Customer c)
            {
                if (_consents.DiagnosticsAllowed) Write();
                Write();
                void Write() => _log.LogInformation("{E}", {|#0:c.Email|});
            }

            void NeverCalled(Customer c)
            {
                void Write() => _log.LogInformation("{E}", {|#1:c.Email|});
            }
        """, Leak(0), Leak(1));
}
