namespace PiiAnalyzers.Configuration;

/// <summary>
/// Metadata names of the attributes the analyzers understand. They are matched by name, never by reference to
/// the annotations assembly, so a project may declare its own copies.
/// </summary>
internal static class PrivacyAttributeNames
{
    public const string PersonalData = "PiiAnalyzers.PersonalDataAttribute";
    public const string NotPersonalData = "PiiAnalyzers.NotPersonalDataAttribute";
    public const string Redactor = "PiiAnalyzers.RedactorAttribute";
    public const string ConsentCheck = "PiiAnalyzers.ConsentCheckAttribute";
    public const string ThirdParty = "PiiAnalyzers.ThirdPartyAttribute";
    public const string FirstParty = "PiiAnalyzers.FirstPartyAttribute";
    public const string RequiresConsent = "PiiAnalyzers.RequiresConsentAttribute";
    public const string ConsentPurpose = "PiiAnalyzers.ConsentPurpose";

    /// <summary>ASP.NET Core Identity's marker (<c>IdentityUser.Id</c>, <c>UserName</c>, …).</summary>
    public const string IdentityPersonalData = "Microsoft.AspNetCore.Identity.PersonalDataAttribute";

    /// <summary>ASP.NET Core Identity's marker for data it may encrypt at rest (<c>Email</c>, <c>PhoneNumber</c>, …).</summary>
    public const string IdentityProtectedPersonalData = "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute";

    /// <summary>The base of Microsoft.Extensions.Compliance's classifications; every subclass marks personal data.</summary>
    public const string DataClassification = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";

    /// <summary>The names of <c>PiiAnalyzers.PersonalDataKind</c>, by value.</summary>
    public static readonly string[] PersonalDataKinds =
    {
        "Other", "Name", "Email", "Phone", "PostalAddress", "DateOfBirth", "Gender", "GovernmentId", "PaymentCard",
        "BankAccount", "Credential", "IpAddress", "DeviceId", "Location", "OnlineIdentifier", "Behavior", "Transaction",
    };
}
