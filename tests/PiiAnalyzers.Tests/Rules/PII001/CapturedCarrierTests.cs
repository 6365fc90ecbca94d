using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII001;

/// <summary>A lambda that captures personal data carries it into what it returns, where it is invoked or handed to a sink.</summary>
public class CapturedCarrierTests
{
    private const string Usings = "using System; using Microsoft.Extensions.Logging; using PiiAnalyzers; using Shop;\n";

    [Fact]
    public Task ALambdaThatCapturesPersonalDataReturnsIt() => Pii001.VerifyAsync(Usings + """
        public sealed class Notifier
        {
            private readonly ILogger<Notifier> _logger;

            public Notifier(ILogger<Notifier> logger) => _logger = logger;

            public void Notify(Customer customer)
            {
                string email = customer.Email;
                Func<string> describe = () => $"customer {email}";
                Func<string> id = () => $"customer {customer.Id}";
                _logger.LogInformation("Notifying {Who}", {|#0:describe()|});
                _logger.LogInformation("Notifying {Who}", id());
                _logger.Log(LogLevel.Information, default, customer.Id, null, {|#1:(state, error) => $"Notifying {email}"|});
                _logger.Log(LogLevel.Information, default, customer.Id, null, (state, error) => $"Notifying {state}");
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(1, "Customer.Email", "Email", "Log"));

    [Fact]
    public Task ADelegateInvokedLaterReturnsWhatItsLambdaCaptured() => Pii001.VerifyAsync(Usings + """
        public sealed class Notifier
        {
            public void Notify(ILogger logger, Customer customer)
            {
                string email = customer.Email;
                Func<string> d = () => email;
                logger.LogInformation("{W}", {|#0:d()|});
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"));
}
