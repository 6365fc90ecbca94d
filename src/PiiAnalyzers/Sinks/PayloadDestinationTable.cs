using System.Collections.Immutable;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// Where a serialized payload leaves the application, one row per library: the namespace of its types and the starts of
/// the names of the methods that send or store what they are given out of the process (distributed caches, Redis,
/// RabbitMQ, Service Bus). <c>Analysis.PayloadDepartures</c> reads it for PII002 on inferred data, besides logs, third
/// parties, files and the solution's own publishing methods.
/// </summary>
internal static class PayloadDestinationTable
{
    public static ImmutableArray<PayloadDestination> Rows { get; } = ImmutableArray.Create(
        new PayloadDestination("Microsoft.Extensions.Caching.Distributed", exact: true, "Set", "SetAsync", "SetString", "SetStringAsync"),
        new PayloadDestination("Microsoft.Extensions.Caching.Hybrid", exact: true, "Set", "SetAsync", "SetString", "SetStringAsync"),

        // StackExchange.Redis: the writes of IDatabase/IDatabaseAsync and ISubscriber.
        new PayloadDestination(
            "StackExchange.Redis", exact: false,
            "StringSet", "StringAppend", "StringGetSet", "HashSet", "ListLeftPush", "ListRightPush", "ListInsert", "ListSetByIndex",
            "SetAdd", "SortedSetAdd", "StreamAdd", "Publish", "GeoAdd", "HyperLogLogAdd"),
        new PayloadDestination("RabbitMQ.Client", exact: false, "BasicPublish"),
        new PayloadDestination("Azure.Messaging.ServiceBus", exact: false, "SendMessage", "ScheduleMessage"));

    /// <summary>The row of a type's namespace, or <see langword="null"/>.</summary>
    public static PayloadDestination? For(string typeNamespace)
    {
        foreach (PayloadDestination row in Rows)
        {
            if (row.Namespace == typeNamespace)
            {
                return row;
            }
        }

        return null;
    }
}
