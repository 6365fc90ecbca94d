using System;
using Microsoft.Extensions.Logging;

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
}
