using System.Collections.Generic;
using System.Threading.Tasks;
using PiiAnalyzers;

namespace Contoso.Shop.Partners;

/// <summary>
/// The loyalty partner's API. <see cref="ThirdPartyAttribute"/> makes every call to it (and to its
/// implementations) a sharing of what it is given: personal data needs the customer's consent to
/// <see cref="ConsentPurpose.ThirdPartySharing"/> first (PII003).
/// </summary>
[ThirdParty]
public interface ILoyaltyPartnerApi
{
    Task UpsertContactAsync(CrmContact contact);
}

/// <summary>The partner's newsletter service: it uses the address for its own marketing, which needs that consent.</summary>
[ThirdParty(ConsentPurpose.Marketing)]
public interface INewsletterPartner
{
    Task SubscribeAsync(string email);
}

/// <summary>Stands in for the partner's services in the sample: remembers what it received.</summary>
public sealed class RecordingPartner : ILoyaltyPartnerApi, INewsletterPartner
{
    public List<string> Received { get; } = new();

    public Task UpsertContactAsync(CrmContact contact)
    {
        Received.Add("contact " + contact.Email);
        return Task.CompletedTask;
    }

    public Task SubscribeAsync(string email)
    {
        Received.Add("newsletter " + email);
        return Task.CompletedTask;
    }
}
