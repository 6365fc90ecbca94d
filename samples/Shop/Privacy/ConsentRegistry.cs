using System;
using System.Collections.Generic;
using Contoso.Shop.Customers;
using PiiAnalyzers;

namespace Contoso.Shop.Privacy;

/// <summary>
/// What each customer consented to. The analyzers read the <see cref="ConsentCheckAttribute"/>s: code that runs
/// only after <see cref="HasConsent"/> answered yes (or after <see cref="Demand"/> returned) for a purpose may
/// send personal data to the sinks of that purpose, e.g. logs for <see cref="ConsentPurpose.Diagnostics"/>.
/// </summary>
public interface IConsentRegistry
{
    /// <summary>Whether the customer consented to the purpose.</summary>
    [ConsentCheck]
    bool HasConsent(Customer customer, ConsentPurpose purpose);

    /// <summary>Returns only when the customer consented to the purpose; throws otherwise.</summary>
    [ConsentCheck]
    void Demand(Customer customer, ConsentPurpose purpose);
}

/// <summary>The shop's consent registry, kept in memory for the sample.</summary>
public sealed class InMemoryConsentRegistry : IConsentRegistry
{
    private readonly Dictionary<Guid, HashSet<ConsentPurpose>> _given = new();

    public void Give(Customer customer, ConsentPurpose purpose)
    {
        if (!_given.TryGetValue(customer.Id, out HashSet<ConsentPurpose>? purposes))
        {
            purposes = new HashSet<ConsentPurpose>();
            _given.Add(customer.Id, purposes);
        }

        purposes.Add(purpose);
    }

    public bool HasConsent(Customer customer, ConsentPurpose purpose) =>
        _given.TryGetValue(customer.Id, out HashSet<ConsentPurpose>? purposes) && purposes.Contains(purpose);

    public void Demand(Customer customer, ConsentPurpose purpose)
    {
        if (!HasConsent(customer, purpose))
        {
            throw new InvalidOperationException($"Customer {customer.Id} did not consent to {purpose}.");
        }
    }
}
