using System.Text.Json;
using System.Threading.Tasks;
using Contoso.Shop.Domain.Loyalty;
using Microsoft.Extensions.Logging;
using PiiAnalyzers;

namespace Contoso.Shop.Loyalty;

/// <summary>
/// Awards loyalty points. The members come from another project of the solution (samples/Domain), which marks nothing:
/// inference mode (on in this project, samples/Shop/.editorconfig) reads them like the shop's own members, so what looks
/// like personal data there warns here, where it is logged or serialized.
/// </summary>
public sealed class LoyaltyDesk
{
    private readonly ILogger<LoyaltyDesk> _logger;

    public LoyaltyDesk(ILogger<LoyaltyDesk> logger) => _logger = logger;

    public PointsEarned Award(LoyaltyMember member, int points)
    {
        member.Earn(points);

        // Correct: the id, the points and the tier are not personal data; a masked address is not either.
        _logger.LogInformation("Member {MemberId} earned {Points} points ({Tier})", member.Id, points, member.Tier);
        _logger.LogDebug("Points mailed to {Email}", Redact.Mask(member.Email));

        // Inferred across projects: an e-mail address and a name of another project, though nothing marks them.
        _logger.LogInformation("Points mailed to {Email}", member.Email); // PII001
        _logger.LogInformation("Congratulations sent to {Name}", member.FullName); // PII001

        var earned = new PointsEarned(member.Id, member.Email, points, member.Tier);

        // A record of another project prints its members with the compiler's ToString, the e-mail address among them.
        _logger.LogInformation("Published {Event}", earned); // PII001
        return earned;
    }

    /// <summary>
    /// The member card, the app's own endpoint's response: every public property, the phone number and birth date among
    /// them. What is personal only by inference is reported where it leaves the application, not in its own response.
    /// </summary>
    public string CardJson(LoyaltyMember member) => JsonSerializer.Serialize(member);

    /// <summary>The same card exported to a file for the print shop: there the payload leaves the application.</summary>
    public Task ExportCardAsync(LoyaltyMember member, string path) =>
        System.IO.File.WriteAllTextAsync(path, JsonSerializer.Serialize(member)); // PII002
}
