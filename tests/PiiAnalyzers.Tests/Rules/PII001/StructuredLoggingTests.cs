using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII001;

/// <summary>
/// Microsoft.Extensions.Logging message templates: a structured provider behind it (Serilog, the most common set-up)
/// destructures a <c>{@X}</c> hole, so the whole object graph is written, as with Serilog's own API.
/// </summary>
public class StructuredLoggingTests
{
    private const string Usings = "using System; using Microsoft.Extensions.Logging; using PiiAnalyzers; using Shop;\n";

    [Fact]
    public Task ADestructuringHoleWritesTheWholeObject() => Pii001.VerifyAsync(Usings + """
        class OrderController
        {
            private readonly ILogger<OrderController> _logger;

            public OrderController(ILogger<OrderController> logger) => _logger = logger;

            public void Place(Order order)
            {
                _logger.LogInformation("Placed {@Order}", {|#0:order|});
                _logger.LogInformation("Placed {Order}", order);
                _logger.LogInformation("Placed {OrderId} for {@Summary}", order.Id, new { order.Id, Lines = 3 });
                using (_logger.BeginScope("Order {@Order}", {|#1:order|}))
                {
                    _logger.LogDebug("Charging {OrderId}", order.Id);
                }
            }
        }
        """,
        Pii001.At(0, "Order.Buyer.Name", "Name", "LogInformation"),
        Pii001.At(1, "Order.Buyer.Name", "Name", "BeginScope"));

    [Fact]
    public Task AGenericWrapperIsWalkedToTheDataItCarries() => Pii001.VerifyAsync(Usings + """
        public sealed class IdentifiedCommand<T>
        {
            public IdentifiedCommand(T command, Guid id) { Command = command; Id = id; }
            public T Command { get; }
            public Guid Id { get; }
        }

        public sealed record OrderItemDto(string ProductName, int Units);

        public sealed record CreateOrderCommand(
            string City,
            [property: PersonalData(PersonalDataKind.PaymentCard)] string CardNumber,
            System.Collections.Generic.List<OrderItemDto> Items);

        public sealed class CreateOrderCommandHandler
        {
            private readonly ILogger<CreateOrderCommandHandler> _logger;

            public CreateOrderCommandHandler(ILogger<CreateOrderCommandHandler> logger) => _logger = logger;

            public void Handle(IdentifiedCommand<CreateOrderCommand> message)
            {
                _logger.LogInformation("Handling {CommandName} {@Command}", nameof(CreateOrderCommand), {|#0:message|});
                _logger.LogInformation("Handling {CommandName} ({Id})", nameof(CreateOrderCommand), message.Id);
                _logger.LogInformation("Items {@Items}", message.Command.Items);
            }
        }
        """,
        Pii001.At(0, "IdentifiedCommand.Command.CardNumber", "PaymentCard", "LogInformation"));
}
