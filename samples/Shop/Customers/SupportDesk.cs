using System.Security.Claims;
using Contoso.Shop.Privacy;
using Microsoft.Extensions.Logging;
using PiiAnalyzers;

namespace Contoso.Shop.Customers;

/// <summary>
/// Customer support. Troubleshooting needs the customer's details in the logs, which the privacy policy allows
/// only with the customer's consent to <see cref="ConsentPurpose.Diagnostics"/>: the consented lines are fine, the
/// others warn.
/// </summary>
public sealed class SupportDesk
{
    private readonly ILogger<SupportDesk> _logger;
    private readonly IConsentRegistry _consents;
    private readonly AuditTrail _audit;

    public SupportDesk(ILogger<SupportDesk> logger, IConsentRegistry consents, AuditTrail audit)
    {
        _logger = logger;
        _consents = consents;
        _audit = audit;
    }

    public bool Verbose { get; set; }

    public void OpenSession(Customer customer)
    {
        // Correct: logged only when the customer consented to diagnostics.
        if (_consents.HasConsent(customer, ConsentPurpose.Diagnostics))
        {
            _logger.LogInformation("Support session for {Email}", customer.Email);
            _audit.Record($"Support session opened for {customer.FullName}");
        }

        // Wrong: consent to marketing is not consent to diagnostics.
        if (_consents.HasConsent(customer, ConsentPurpose.Marketing))
        {
            _logger.LogDebug("Newsletter reader {Email} opened a session", customer.Email); // PII001
        }

        // Wrong: when Verbose is on, the check is skipped.
        if (Verbose || _consents.HasConsent(customer, ConsentPurpose.Diagnostics))
        {
            _logger.LogDebug("Session phone number: {Phone}", customer.Phone); // PII001
        }

        // Wrong: the audit trail writes to the log.
        _audit.Record($"Support contacted by {customer.Email}"); // PII001
        _audit.Record($"Support contacted by customer {customer.Id}");
    }

    /// <summary>Hands the session to a support agent, signed in with their company account.</summary>
    public void AssignAgent(ClaimsPrincipal agent, Customer customer)
    {
        // Wrong: the agent is a person too, and the sign-in claims carry their e-mail address (no attribute needed).
        _logger.LogInformation("Session of customer {CustomerId} goes to {Agent}", customer.Id, agent.FindFirst(ClaimTypes.Email)?.Value); // PII001

        // Correct: the agent's team, not the agent.
        _logger.LogInformation("Session of customer {CustomerId} goes to team {Team}", customer.Id, ShopRedactors.EmailDomain(agent.FindFirst(ClaimTypes.Email)?.Value ?? ""));
    }

    public void Escalate(Customer customer)
    {
        if (!_consents.HasConsent(customer, ConsentPurpose.Diagnostics))
        {
            _logger.LogInformation("Escalating customer {CustomerId} without their details", customer.Id);
            DumpProfile(customer); // PII001
            return;
        }

        // Correct: only reached with consent.
        DumpProfile(customer);
    }

    /// <summary>Writes the whole profile for second-level support. Consent is the callers' duty.</summary>
    [RequiresConsent(ConsentPurpose.Diagnostics)]
    private void DumpProfile(Customer customer)
    {
        _logger.LogInformation(
            "Profile: {Name}, {Email}, {Phone}, born {DateOfBirth}",
            customer.FullName,
            customer.Email,
            customer.Phone,
            customer.DateOfBirth);
    }
}
