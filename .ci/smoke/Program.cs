// The package smoke test's consumer (see Consumer.csproj): what a project that adds the PiiAnalyzers package
// writes. Each line ending in `// PIInnn` must warn with that rule, every other line must not (.ci/lib/pii-markers.sh).
using System;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PiiAnalyzers;

ILogger logger = NullLogger.Instance;
var member = new Member(42, "Jane Doe", "jane@example.com");

logger.LogInformation("Member {Email} signed in", member.Email); // PII001
logger.LogInformation("Member {MemberId} signed in", member.Id);
logger.LogInformation("Member {Email} signed in", Redact.Mask(member.Email));
logger.LogInformation("Member {MemberId} has an e-mail address: {HasEmail}", member.Id, member.Email.Length > 0);
Console.WriteLine($"Welcome back, {member.Name}!"); // PII001
Console.WriteLine($"Welcome back, member {member.Id}!");
new Greeter(logger).Greet(member);
var mail = new System.Net.Mail.MailAddress(member.Email);
logger.LogInformation("Mail goes to {Address}", mail.Address); // PII001
logger.LogInformation("Mail goes to {Host}", mail.Host);
var partner = new ReferralPartner();
partner.Refer(member.Email); // PII003
partner.Refer(member.Id.ToString());

/// <summary>A member of the consumer's loyalty club, marked with the package's attributes.</summary>
public sealed class Member
{
    public Member(int id, string name, string email)
    {
        Id = id;
        Name = name;
        Email = email;
    }

    public int Id { get; }

    [PersonalData(PersonalDataKind.Name)]
    public string Name { get; }

    [PersonalData(PersonalDataKind.Email)]
    public string Email { get; }
}

public sealed class Greeter
{
    private readonly ILogger _logger;

    public Greeter(ILogger logger)
    {
        _logger = logger;
    }

    public void Greet(Member member)
    {
        _logger.LogDebug("Greeting {Name}", member.Name); // PII001
        _logger.LogDebug("Greeting member {MemberId}", member.Id);
    }
}

/// <summary>A partner outside the organisation: what it receives is shared.</summary>
[ThirdParty]
public sealed class ReferralPartner
{
    public void Refer(string contact) => _ = contact;
}
