using Microsoft.Extensions.Logging;

namespace Contoso.Shop.Privacy;

/// <summary>
/// The shop's audit log. <see cref="Record"/> writes what it is given to the log, so the analyzers treat every
/// call to it as a log sink for its argument (the warning is at the caller and names <c>Record</c>).
/// </summary>
public sealed class AuditTrail
{
    private readonly ILogger<AuditTrail> _logger;

    public AuditTrail(ILogger<AuditTrail> logger)
    {
        _logger = logger;
    }

    public void Record(string entry) => _logger.LogInformation("Audit: {Entry}", entry);
}
