using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII001;

/// <summary>
/// A lambda or local function with no sink of its own is skipped by the flow analysis only where nothing it does can
/// reach a sink: in a method that declares a local function, a nested function may call it and decide what it starts
/// with, so every nested function is analysed there.
/// </summary>
public class NestedFunctionTests
{
    private const string Usings = "using System; using System.Collections.Generic; using Microsoft.Extensions.Logging; using Shop;\n";

    [Fact]
    public Task ALocalFunctionCalledOnlyFromALambda_Reports() => Pii001.VerifyAsync(Usings + """
        public sealed class WelcomeMailer(ILogger<WelcomeMailer> logger)
        {
            public void Queue(Customer customer)
            {
                Action send = () => Record(customer.Email);
                send();

                void Record(string recipient) => logger.LogInformation("Welcome mail queued for {Recipient}", {|#0:recipient|});
            }
        }
        """, Pii001.At(0, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task ALocalFunctionCalledOnlyFromAnotherLocalFunction_Reports() => Pii001.VerifyAsync(Usings + """
        public sealed class WelcomeMailer(ILogger<WelcomeMailer> logger)
        {
            public void Queue(Customer customer)
            {
                Prepare(customer.Email);

                void Prepare(string address) => Record(address.Trim());
                void Record(string recipient) => logger.LogInformation("Welcome mail queued for {Recipient}", {|#0:recipient|});
            }
        }
        """, Pii001.At(0, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task ALocalFunctionCalledFromAForEachLambda_Reports() => Pii001.VerifyAsync(Usings + """
        public sealed class WelcomeMailer(ILogger<WelcomeMailer> logger)
        {
            public void QueueAll(List<Customer> customers)
            {
                customers.ForEach(customer => Record(customer.Email));

                void Record(string recipient) => logger.LogInformation("Welcome mail queued for {Recipient}", {|#0:recipient|});
            }
        }
        """, Pii001.At(0, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task ALocalFunctionThatLogsACapturedLocal_Reports() => Pii001.VerifyAsync(Usings + """
        public sealed class WelcomeMailer(ILogger<WelcomeMailer> logger)
        {
            public void Queue(Customer customer)
            {
                string recipient = customer.Email;
                Action send = () => Record();
                send();

                void Record() => logger.LogInformation("Welcome mail queued for {Recipient}", {|#0:recipient|});
            }
        }
        """, Pii001.At(0, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task ALambdaWithoutASink_InAMethodWithout_LocalFunctions_ChangesNothing() => Pii001.VerifyAsync(Usings + """
        public sealed class WelcomeMailer(ILogger<WelcomeMailer> logger)
        {
            public void Queue(List<Customer> customers)
            {
                customers.Sort((a, b) => string.CompareOrdinal(a.Email, b.Email));
                logger.LogInformation("Welcome mails queued for {Count} customers", customers.Count);
                logger.LogInformation("First: {Recipient}", {|#0:customers[0].Email|});
            }
        }
        """, Pii001.At(0, "Customer.Email", "Email", "LogInformation"));
}
