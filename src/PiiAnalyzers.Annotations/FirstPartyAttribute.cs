using System;

namespace PiiAnalyzers
{
    /// <summary>
    /// Marks a client of one of the organisation's own services (a typed <c>HttpClient</c> of the solution's ordering
    /// API, an interface of an internal service): requests it sends are not sharing with a third party. Personal data
    /// it sends is still subject to the other rules (logs, serialization into files, caches and queues).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, AllowMultiple = false, Inherited = true)]
    public sealed class FirstPartyAttribute : Attribute
    {
    }
}
