using System;
using Microsoft.Extensions.Logging;
using Contoso.Shop.Customers;

namespace Contoso.Shop;

/// <summary>
/// The shop's high-performance log messages. A <c>[LoggerMessage]</c> method is a log sink like
/// <c>LogInformation</c>: the analyzers check what its callers pass in.
/// </summary>
internal static partial class ShopLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Customer {CustomerId} changed the phone number to {Phone}")]
    public static partial void PhoneChanged(ILogger logger, Guid customerId, string phone);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Customer {CustomerId} updated {Field}")]
    public static partial void ProfileUpdated(ILogger logger, Guid customerId, string field);

    // [LogProperties] (Microsoft.Extensions.Telemetry.Abstractions) has the generator log every property of the customer:
    // its callers pass the whole object graph to the log.
    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "Customer stored")]
    public static partial void CustomerStored(ILogger logger, [LogProperties] Customer customer);
}
