using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Contoso.Shop.Customers;
using Contoso.Shop.Privacy;
using PiiAnalyzers;

namespace Contoso.Shop.Orders;

/// <summary>What the warehouse queue receives about a placed order.</summary>
public sealed class OrderPlacedEvent
{
    public Guid OrderId { get; init; }

    public decimal Total { get; init; }

    /// <summary>The warehouse needs where the parcel goes.</summary>
    public Address ShipTo { get; init; } = null!;

    /// <summary>Kept for the shop's own records; System.Text.Json leaves it out of the payload.</summary>
    [JsonIgnore]
    [PersonalData(PersonalDataKind.Email)]
    public string BuyerEmail { get; init; } = "";
}

/// <summary>
/// Publishes order events as JSON. A serialized payload goes where the code no longer sees it; personal data in
/// it needs the customer's consent to <see cref="ConsentPurpose.Transfer"/> (PII002), or the serializer told to
/// leave it out.
/// </summary>
public sealed class OrderEvents
{
    private readonly IConsentRegistry _consents;

    public OrderEvents(IConsentRegistry consents)
    {
        _consents = consents;
    }

    public string Publish(Order order)
    {
        var placed = new OrderPlacedEvent { OrderId = order.OrderId, Total = order.Total, ShipTo = order.ShipTo, BuyerEmail = order.Buyer.Email };

        // Wrong: the delivery address goes into the queue's payload without the customer's consent.
        string payload = JsonSerializer.Serialize(placed); // PII002

        // Correct: with consent to transfer. (BuyerEmail is [JsonIgnore]d, so it is never written.)
        if (_consents.HasConsent(order.Buyer, ConsentPurpose.Transfer))
        {
            payload = JsonSerializer.Serialize(placed);
        }

        return payload;
    }
}
