using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII001;

/// <summary>State a type keeps: a field or auto-property assigned personal data in one method carries it wherever the type reads it.</summary>
public class KeptStateTests
{
    private const string Usings = "using System; using Microsoft.Extensions.Logging; using PiiAnalyzers; using Shop;\n";

    [Fact]
    public Task AFieldAssignedInOneMethodIsLoggedInAnother() => Pii001.VerifyAsync(Usings + """
        public sealed class SupportSession
        {
            private readonly ILogger<SupportSession> _logger;
            private string _contact = "";
            private int _customerId;

            public SupportSession(ILogger<SupportSession> logger) => _logger = logger;

            private string Contact { get; set; } = "";

            public void Open(Customer customer)
            {
                _contact = customer.Email;
                Contact = customer.Phone ?? "";
                _customerId = customer.Id;
            }

            public void Close()
            {
                _logger.LogInformation("Closing the session of {Contact}", {|#0:_contact|});
                _logger.LogInformation("Closing the session of {Contact}", {|#1:Contact|});
                _logger.LogInformation("Closing the session of customer {CustomerId}", _customerId);
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(1, "Customer.Phone", "Phone", "LogInformation"));

    [Fact]
    public Task AFieldAssignedRedactedOrDeclaredNotPersonalIsFine() => Pii001.VerifyAsync(Usings + """
        public sealed class SupportSession
        {
            private readonly ILogger<SupportSession> _logger;
            private string _contact = "";
            [NotPersonalData("the support team's shared mailbox")] private string _mailbox = "";

            public SupportSession(ILogger<SupportSession> logger) => _logger = logger;

            public void Open(Customer customer)
            {
                _contact = Redact.Mask(customer.Email);
                _mailbox = customer.Email;
            }

            public void Close()
            {
                _logger.LogInformation("Closing the session of {Contact} via {Mailbox}", _contact, _mailbox);
            }
        }
        """);
}
