using System;
using System.Collections.Generic;
using System.Linq;
using Contoso.Shop.Customers;

namespace Contoso.Shop.Orders;

/// <summary>One line of an order.</summary>
public sealed record OrderLine(string Sku, string ProductName, int Quantity, decimal UnitPrice)
{
    public decimal Amount => Quantity * UnitPrice;
}

/// <summary>
/// A placed order. It is a record, and a record's compiler-generated <c>ToString</c> prints its members: the
/// address it ships to is in every message that shows a whole <see cref="Order"/>.
/// </summary>
public sealed record Order(Guid OrderId, Customer Buyer, Address ShipTo, IReadOnlyList<OrderLine> Lines, DateTimeOffset PlacedAt) // PII005
{
    public decimal Total => Lines.Sum(line => line.Amount);
}
