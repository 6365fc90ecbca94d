using System;
using System.Collections.Generic;
using Contoso.Shop.Customers;
using Contoso.Shop.Privacy;
using Microsoft.Extensions.Logging;
using SerilogLog = Serilog.Log;

namespace Contoso.Shop.Orders;

/// <summary>Places orders and charges them. Fulfilment logs through Serilog, payments through NLog.</summary>
public sealed class OrderService
{
    private static readonly NLog.Logger PaymentLog = NLog.LogManager.GetLogger("Contoso.Shop.Payments");

    private readonly ILogger<OrderService> _logger;
    private readonly TimeProvider _clock;

    public OrderService(ILogger<OrderService> logger, TimeProvider clock)
    {
        _logger = logger;
        _clock = clock;
    }

    public Order PlaceOrder(Customer buyer, IReadOnlyList<OrderLine> lines)
    {
        var order = new Order(Guid.NewGuid(), buyer, buyer.DeliveryAddress, lines, _clock.GetUtcNow());

        // Correct: identifiers, counts and amounts are not personal data.
        _logger.LogInformation("Placed order {OrderId} for customer {CustomerId}: {LineCount} lines, {Total:0.00}", order.OrderId, buyer.Id, order.Lines.Count, order.Total);

        // Wrong: the record's generated ToString prints ShipTo.
        _logger.LogDebug("Order details: {Order}", order); // PII001

        SerilogLog.Information("Order {OrderId} ready to ship ({LineCount} parcels)", order.OrderId, order.Lines.Count);
        SerilogLog.Information("Order {OrderId} ships to {@ShipTo}", order.OrderId, order.ShipTo); // PII001

        return order;
    }

    /// <summary>Charges the buyer's card on file; <see langword="false"/> when the card is declined.</summary>
    public bool Charge(Order order)
    {
        using (_logger.BeginScope("Payment for order {OrderId}", order.OrderId))
        {
            PaymentLog.Info("Charging {Card} {Amount} for order {OrderId}", ShopRedactors.CardTail(order.Buyer.CardNumber), order.Total, order.OrderId);

            bool approved = !order.Buyer.CardNumber.EndsWith("0002", StringComparison.Ordinal);
            if (!approved)
            {
                PaymentLog.Warn("Card {CardNumber} declined for order {OrderId}", order.Buyer.CardNumber, order.OrderId); // PII001
            }

            return approved;
        }
    }
}
