using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace Contoso.Shop.Legacy;

/// <summary>
/// A subscriber of the old newsletter system, as its CSV export has it. Nothing here is marked: samples/Shop/.editorconfig
/// turns inference mode on for Legacy/, so the members named like personal data count as personal data anyway.
/// </summary>
public sealed class NewsletterSubscriber
{
    public int SubscriberId { get; set; }

    public string EmailAddress { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string EmailFormat { get; set; } = "html";

    public bool IsEmailConfirmed { get; set; }
}

/// <summary>Imports the old newsletter's subscribers into the shop.</summary>
public sealed class NewsletterImport
{
    private readonly ILogger<NewsletterImport> _logger;

    public NewsletterImport(ILogger<NewsletterImport> logger) => _logger = logger;

    public int Import(IEnumerable<NewsletterSubscriber> subscribers)
    {
        int imported = 0;
        foreach (NewsletterSubscriber subscriber in subscribers)
        {
            if (!subscriber.IsEmailConfirmed)
            {
                // Inferred: an e-mail address, though nothing marks it.
                _logger.LogWarning("Skipping unconfirmed subscriber {Email}", subscriber.EmailAddress); // PII001
                continue;
            }

            // Correct: the id, the preferred format and the yes-or-no are not personal data.
            _logger.LogDebug("Importing subscriber {Id} ({Format}, confirmed: {Confirmed})", subscriber.SubscriberId, subscriber.EmailFormat, subscriber.IsEmailConfirmed);
            imported++;
        }

        return imported;
    }
}
