using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Consent;
using PiiAnalyzers.Diagnostics;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII004;

/// <summary>What PII004 leaves alone: consented and redacted messages, other data, other rules' sinks, broken code.</summary>
public class NegativeTests
{
    [Fact]
    public Task ConsentForDiagnosticsOnEveryPath() => Pii004.VerifyAsync("""
        class C
        {
            private readonly IConsents _consents = null!;

            void M(Customer customer)
            {
                if (_consents.Has(customer, ConsentPurpose.Diagnostics))
                {
                    throw new InvalidOperationException($"No account for {customer.Email}");
                }

                if (!_consents.Has(customer, ConsentPurpose.Diagnostics)) throw new InvalidOperationException("No account");
                throw new InvalidOperationException($"No account for {customer.Name}");
            }

            void Other(Customer customer)
            {
                if (_consents.Has(customer, ConsentPurpose.Marketing))
                {
                    throw new InvalidOperationException($"No account for {{|#0:customer.Email|}}");
                }
            }
        }
        """, Pii004.At(0, "Customer.Email", "Email", "InvalidOperationException"));

    [Fact]
    public Task RedactedMeasuredOrNotPersonal() => Pii004.VerifyAsync("""
        class C
        {
            void M(Customer customer, int mode)
            {
                if (mode == 1) throw new InvalidOperationException($"No account for {Redact.Mask(customer.Email)}");
                if (mode == 2) throw new InvalidOperationException($"No account for {Masks.MaskEmail(customer.Email)}");
                if (mode == 3) throw new InvalidOperationException($"E-mail of {customer.Email.Length} characters, id {customer.Id}");
                if (mode == 4) throw new InvalidOperationException($"Active: {customer.IsActive}, ships from {customer.ShipFrom}");
                if (mode == 5) throw new InvalidOperationException(nameof(customer.Email) + " is missing");
                throw new InvalidOperationException("Customer " + customer);
            }
        }
        """);

    [Fact]
    public Task OtherObjectsAreNotExceptions() => Pii004.VerifyAsync("""
        class Notice { public Notice(string message) { } }

        class C
        {
            void M(Customer customer)
            {
                var notice = new Notice(customer.Email);
                var text = new string(customer.Name.ToCharArray());
                var list = new List<string> { customer.Email };
            }
        }
        """);

    [Fact]
    public Task RequiresConsentForDiagnosticsIsPii001s() => Pii004.VerifyAsync("""
        class C
        {
            [RequiresConsent(ConsentPurpose.Diagnostics)] static void Trace(string text) { }

            void M(Customer customer) => Trace(customer.Email);
        }
        """);

    [Fact]
    public Task InsideAMemberThatRequiresDiagnosticsConsent() => Pii004.VerifyAsync("""
        class C
        {
            [RequiresConsent(ConsentPurpose.Diagnostics)]
            void M(Customer customer) => throw new InvalidOperationException("No account for " + customer.Email);
        }
        """);

    [Fact]
    public Task HalfTypedCodeDoesNotThrow() => Pii004.VerifyAsync("""
        class C
        {
            void M(Customer customer, int mode)
            {
                if (mode == 1) throw new {|CS0246:UnknownException|}(customer.Email);
                if (mode == 2) throw new InvalidOperationException(customer.{|CS1061:Emial|});
                if (mode == 3) throw new InvalidOperationException($"For {customer.Email}", {|CS1503:42|});
                throw new InvalidOperationException({|#0:customer.Email|}{|CS1026:;|}
            }
        }
        """, Pii004.At(0, "Customer.Email", "Email", "InvalidOperationException"));

    [Fact]
    public void TheConsentFixIsNotOfferedForExceptionMessages() =>
        Assert.DoesNotContain(RuleIds.PersonalDataInExceptionMessage, new WrapInConsentCheckCodeFixProvider().FixableDiagnosticIds);
}
