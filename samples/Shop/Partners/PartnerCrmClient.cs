using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Shop.Customers;
using Contoso.Shop.Privacy;
using Microsoft.Extensions.Logging;
using PiiAnalyzers;

namespace Contoso.Shop.Partners;

/// <summary>A contact as the partner's CRM expects it. Markers on a record's parameters mark its properties.</summary>
public sealed record CrmContact( // PII005
    [PersonalData(PersonalDataKind.Name)] string Name,
    [PersonalData(PersonalDataKind.Email)] string Email,
    [PersonalData(PersonalDataKind.Phone)] string Phone,
    [PersonalData(PersonalDataKind.PostalAddress)] string City);

/// <summary>
/// Sends customer profiles to the loyalty partner: through its API (<see cref="ILoyaltyPartnerApi"/>, a
/// <c>[ThirdParty]</c>), its newsletter, and its HTTP lookup. What goes out needs the customer's consent for the
/// partner's purpose (PII003); what is logged, consent to diagnostics (PII001).
/// </summary>
public sealed class PartnerCrmClient
{
    private readonly ILogger<PartnerCrmClient> _logger;
    private readonly IConsentRegistry _consents;
    private readonly ILoyaltyPartnerApi _partnerApi;
    private readonly INewsletterPartner _newsletter;
    private readonly HttpClient _http;
    private readonly List<CrmContact> _outbox = new();

    public PartnerCrmClient(
        ILogger<PartnerCrmClient> logger,
        string partnerName,
        IConsentRegistry consents,
        ILoyaltyPartnerApi partnerApi,
        INewsletterPartner newsletter,
        HttpClient http)
    {
        _logger = logger;
        PartnerName = partnerName;
        _consents = consents;
        _partnerApi = partnerApi;
        _newsletter = newsletter;
        _http = http;
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

    /// <summary>Uploads the queued contacts of the customers who agreed to share their profile with the partner.</summary>
    public async Task UploadAsync(Customer customer)
    {
        // Correct: only with consent to sharing.
        if (!_consents.HasConsent(customer, ConsentPurpose.ThirdPartySharing))
        {
            return;
        }

        foreach (CrmContact contact in _outbox)
        {
            await _partnerApi.UpsertContactAsync(contact);
        }

        _outbox.Clear();
    }

    /// <summary>Offers the partner's newsletter.</summary>
    public async Task OfferNewsletterAsync(Customer customer)
    {
        // Wrong: the newsletter is the partner's marketing; a customer who opted into the shop's marketing did not
        // consent to the partner's.
        if (customer.AcceptsMarketing)
        {
            await _newsletter.SubscribeAsync(customer.Email); // PII003
        }

        // Correct: consent to marketing, checked.
        if (_consents.HasConsent(customer, ConsentPurpose.Marketing))
        {
            await _newsletter.SubscribeAsync(customer.Email);
        }
    }

    /// <summary>Asks the partner for the customer's loyalty points.</summary>
    public async Task<string> LookupPointsAsync(Customer customer)
    {
        // Wrong: the e-mail address goes to the partner in the query string.
        HttpResponseMessage byEmail = await _http.GetAsync($"https://loyalty.example/members?email={customer.Email}"); // PII003

        // Correct: the shop's own customer id identifies the member to the partner.
        HttpResponseMessage byId = await _http.GetAsync($"https://loyalty.example/members/{customer.Id}");

        // Correct: the e-mail address, with the customer's consent to share it.
        if (_consents.HasConsent(customer, ConsentPurpose.ThirdPartySharing))
        {
            await _http.GetAsync($"https://loyalty.example/members?email={customer.Email}");
        }

        return $"{byEmail.StatusCode}/{byId.StatusCode}";
    }
}
