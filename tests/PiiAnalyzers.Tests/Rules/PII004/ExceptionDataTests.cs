using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII004;

/// <summary>An exception's <c>Data</c> travels with it to logs and error trackers, like its message.</summary>
public class ExceptionDataTests
{
    private const string Usings = "using System; using PiiAnalyzers; using Shop;\n";

    [Fact]
    public Task AValueAddedToAnExceptionsDataGoesIntoTheException() => Pii004.VerifyAsync(Usings + """
        public sealed class PaymentGateway
        {
            public void Charge(Customer customer, decimal amount)
            {
                try
                {
                    Authorize(amount);
                }
                catch (InvalidOperationException ex)
                {
                    ex.Data.Add("CustomerEmail", {|#0:customer.Email|});
                    ex.Data.Add("CustomerId", customer.Id);
                    ex.Data.Add("Masked", Redact.Mask(customer.Email));
                    throw;
                }
            }

            private static void Authorize(decimal amount)
            {
                var error = new Exception("declined");
                error.Data.Add("Amount", amount);
                throw error;
            }
        }
        """,
        Pii004.At(0, "Customer.Email", "Email", "InvalidOperationException.Data"));

    [Fact]
    public Task AnotherDictionarysAddIsNoSink() => Pii004.VerifyAsync(Usings + """
        public sealed class Cache
        {
            private readonly System.Collections.Hashtable _entries = new();

            public void Remember(Customer customer) => _entries.Add("email", customer.Email);
        }
        """);
}
