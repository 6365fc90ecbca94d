using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII001;

/// <summary>PII001 on Microsoft.Extensions.Logging: extensions, ILogger.Log, scopes, [LoggerMessage], LoggerMessage.Define.</summary>
public class MicrosoftLoggingSinkTests
{
    private const string Usings = "using System; using System.Collections.Generic; using Microsoft.Extensions.Logging; using PiiAnalyzers; using Shop;\n";

    [Theory]
    [InlineData("LogTrace")]
    [InlineData("LogDebug")]
    [InlineData("LogInformation")]
    [InlineData("LogWarning")]
    [InlineData("LogError")]
    [InlineData("LogCritical")]
    public Task EveryLevelExtensionIsASink(string method) => Pii001.VerifyAsync(Usings + $$"""
        class C
        {
            void M(ILogger logger, Customer customer) => logger.{{method}}("Registered {Email}", {|#0:customer.Email|});
        }
        """, Pii001.At(0, "Customer.Email", "Email", method));

    [Fact]
    public Task LogWithLevelEventIdAndExceptionReportsOnlyTheData() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer, Exception error)
            {
                logger.Log(LogLevel.Warning, new EventId(7), error, "Failed for {Email} {Id}", {|#0:customer.Email|}, customer.Id);
                logger.LogError(error, "Failed for {Id}", customer.Id);
            }
        }
        """, Pii001.At(0, "Customer.Email", "Email", "Log"));

    [Fact]
    public Task GenericLoggerIsASink() => Pii001.VerifyAsync(Usings + """
        class C
        {
            private readonly ILogger<C> _logger;
            C(ILogger<C> logger) { _logger = logger; }
            void M(Customer customer) => _logger.LogInformation("Call {Phone}", {|#0:customer.Phone|});
        }
        """, Pii001.At(0, "Customer.Phone", "Phone", "LogInformation"));

    [Fact]
    public Task ILoggerLogStateIsASink() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer) =>
                logger.Log(LogLevel.Information, new EventId(1), {|#0:customer.Email|}, null, (state, error) => state);
        }
        """, Pii001.At(0, "Customer.Email", "Email", "Log"));

    [Fact]
    public Task BeginScopeWithTemplateAndWithStateAreSinks() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer)
            {
                using (logger.BeginScope("Customer {Email}", {|#0:customer.Email|})) { }
                var state = new Dictionary<string, object> { ["Email"] = customer.Email };
                using (logger.BeginScope({|#1:state|})) { }
                using (logger.BeginScope("Customer {Id}", customer.Id)) { }
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "BeginScope"),
        Pii001.At(1, "Customer.Email", "Email", "BeginScope"));

    [Fact]
    public Task LoggerMessageMethodIsASinkForItsDataParameters() => Pii001.VerifyAsync(Usings + """
        static partial class Log
        {
            [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Registered {Email} as {Id}")]
            static partial void Registered(ILogger logger, string email, int id);

            public static void Call(ILogger logger, Customer customer) => Registered(logger, {|#0:customer.Email|}, customer.Id);
        }
        """, Pii001.At(0, "Customer.Email", "Email", "Registered"));

    [Fact]
    public Task LoggerMessageDefineDelegateIsASink() => Pii001.VerifyAsync(Usings + """
        class C
        {
            private static readonly Action<ILogger, string, Exception?> s_registered =
                LoggerMessage.Define<string>(LogLevel.Information, new EventId(2), "Registered {Email}");

            void M(ILogger logger, Customer customer) => s_registered(logger, {|#0:customer.Email|}, null);
        }
        """, Pii001.At(0, "Customer.Email", "Email", "s_registered"));

    [Fact]
    public Task TemplateBuiltFromPersonalDataIsReportedAtTheHole() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer) => logger.LogInformation($"Registered {{|#0:customer.Email|}} as {customer.Id}");
        }
        """, Pii001.At(0, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task EveryPersonalDataArgumentIsReportedOnce() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer) =>
                logger.LogInformation("{Name} <{Email}>", {|#0:customer.Name|}, {|#1:customer.Email|});
        }
        """,
        Pii001.At(0, "Customer.Name", "Name", "LogInformation"),
        Pii001.At(1, "Customer.Email", "Email", "LogInformation"));
}
