using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Shop.Customers;
using Microsoft.Extensions.Logging;
using PiiAnalyzers;

namespace Contoso.Shop.Partners;

/// <summary>A contact as the partner's CRM expects it. Markers on a record's parameters mark its properties.</summary>
public sealed record CrmContact(
    [PersonalData(PersonalDataKind.Name)] string Name,
    [PersonalData(PersonalDataKind.Email)] string Email,
    [PersonalData(PersonalDataKind.Phone)] string Phone,
    [PersonalData(PersonalDataKind.PostalAddress)] string City);

/// <summary>
/// Sends customer profiles to the loyalty partner's CRM. Today only its logging is checked (PII001); sharing with
/// a third party without consent gets its own rule later.
/// </summary>
public sealed class PartnerCrmClient
{
    private readonly ILogger<PartnerCrmClient> _logger;
    private readonly List<CrmContact> _outbox = new();

    public PartnerCrmClient(ILogger<PartnerCrmClient> logger, string partnerName)
    {
        _logger = logger;
        PartnerName = partnerName;
    }

    public string PartnerName { get; }

    /// <summary>Contacts waiting for the next upload.</summary>
    public int Pending => _outbox.Count;

    public Task SyncAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using (_logger.BeginScope("CRM sync of {Email}", customer.Email)) // PII001
        {
            _logger.LogDebug("Syncing customer {CustomerId} to {Partner}", customer.Id, PartnerName);

            var contact = new CrmContact(customer.FullName, customer.Email, customer.Phone, customer.DeliveryAddress.City);
            _outbox.Add(contact);

            _logger.LogDebug("Queued {Contact}", contact); // PII001
            _logger.LogInformation("Queued contact for {Partner}, phone on file: {HasPhone}", PartnerName, customer.Phone.Length > 0);

            if (!customer.Phone.StartsWith('+'))
            {
                _logger.LogWarning("Phone number {Phone} has no country code; {Partner} may reject it", customer.Phone, PartnerName); // PII001
            }
        }

        return Task.CompletedTask;
    }
}
