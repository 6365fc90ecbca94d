using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII004;

/// <summary>How personal data gets into an exception's message: composed text, locals, records, wrappers.</summary>
public class MessageTests
{
    [Fact]
    public Task InterpolatedMessage() => Pii004.VerifyAsync("""
        class C
        {
            void M(Customer customer)
            {
                throw new InvalidOperationException($"No account for {{|#0:customer.Email|}} (id {customer.Id})");
            }
        }
        """, Pii004.At(0, "Customer.Email", "Email", "InvalidOperationException"));

    [Fact]
    public Task ConcatenatedMessageAndFormat() => Pii004.VerifyAsync("""
        class C
        {
            void M(Customer customer, int mode)
            {
                if (mode == 1) throw new Exception("Customer " + {|#0:customer.Name|} + " is blocked");
                if (mode == 2) throw new InvalidOperationException(string.Format("Born {0:d}", {|#1:customer.BirthDate|}));
                if (mode == 3) throw new KeyNotFoundException(string.Concat("Phone ", {|#2:customer.Phone|}));
                throw new NotSupportedException("Customer " + customer.Id);
            }
        }
        """,
        Pii004.At(0, "Customer.Name", "Name", "Exception"),
        Pii004.At(1, "Customer.BirthDate", "DateOfBirth", "InvalidOperationException"),
        Pii004.At(2, "Customer.Phone", "Phone", "KeyNotFoundException"));

    [Fact]
    public Task MessageBuiltInLocals() => Pii004.VerifyAsync("""
        class C
        {
            void M(Customer customer)
            {
                var email = customer.Email;
                var message = $"Duplicate e-mail {email}";
                var builder = new StringBuilder("Customer ").Append(customer.Name);
                if (customer.Id > 0) throw new InvalidOperationException({|#0:message|});
                throw new ArgumentException({|#1:builder.ToString()|});
            }
        }
        """,
        Pii004.At(0, "Customer.Email", "Email", "InvalidOperationException"),
        Pii004.At(1, "Customer.Name", "Name", "ArgumentException"));

    [Fact]
    public Task ExceptionsThatAreNotThrownAtOnceAndThrowExpressions() => Pii004.VerifyAsync("""
        class C
        {
            List<Exception> _errors = new();

            string M(ILogger logger, Customer customer, string? nickname)
            {
                var failure = new InvalidOperationException($"Invalid {{|#0:customer.Phone|}}");
                _errors.Add(new FormatException({|#1:customer.Email|}));
                logger.LogError(new Exception("Lookup failed for " + {|#2:customer.Name|}), "Lookup failed");
                return nickname ?? throw new ArgumentNullException(nameof(nickname), $"{{|#3:customer.Name|}} has no nickname");
            }
        }
        """,
        Pii004.At(0, "Customer.Phone", "Phone", "InvalidOperationException"),
        Pii004.At(1, "Customer.Email", "Email", "FormatException"),
        Pii004.At(2, "Customer.Name", "Name", "Exception"),
        Pii004.At(3, "Customer.Name", "Name", "ArgumentNullException"));

    [Fact]
    public Task RethrownInACatchWithTheInnerException() => Pii004.VerifyAsync("""
        class C
        {
            void M(Customer customer, Action save)
            {
                try { save(); }
                catch (Exception ex) { throw new InvalidOperationException($"Saving {{|#0:customer.Email|}} failed", ex); }
            }
        }
        """, Pii004.At(0, "Customer.Email", "Email", "InvalidOperationException"));

    [Fact]
    public Task RecordsPrintTheirPersonalDataInAMessage() => Pii004.VerifyAsync("""
        class C
        {
            void M(OrderPlaced placed, OrderSummary summary, Customer customer)
            {
                if (summary.Total < 0) throw new InvalidOperationException($"Bad total in {summary}");
                if (customer.Id < 0) throw new InvalidOperationException($"Bad customer {customer}");
                throw new InvalidOperationException($"Unpaid order {{|#0:placed|}}");
            }
        }
        """, Pii004.At(0, "OrderPlaced.BuyerEmail", "Email", "InvalidOperationException"));

    [Fact]
    public Task MarkedParametersAndMarkedTypes() => Pii004.VerifyAsync("""
        class C
        {
            void M([PersonalData(PersonalDataKind.IpAddress)] string ip, Address address)
            {
                if (ip.Length == 0) throw new ArgumentException("Blocked address " + {|#0:ip|});
                throw new InvalidOperationException($"Cannot ship to {{|#1:address|}}, {{|#2:address.City|}}");
            }
        }
        """,
        Pii004.At(0, "ip", "IpAddress", "ArgumentException"),
        Pii004.At(1, "address", "PostalAddress", "InvalidOperationException"),
        Pii004.At(2, "Address.City", "PostalAddress", "InvalidOperationException"));

    [Fact]
    public Task AHelperThatBuildsTheExceptionIsASinkForItsCallers() => Pii004.VerifyAsync("""
        class C
        {
            static Exception NotFound(string what) => new KeyNotFoundException("Nothing found for " + what);

            void M(Customer customer)
            {
                if (customer.Id == 0) throw NotFound(customer.Id.ToString());
                throw NotFound({|#0:customer.Email|});
            }
        }
        """, Pii004.At(0, "Customer.Email", "Email", "C.NotFound"));
}
