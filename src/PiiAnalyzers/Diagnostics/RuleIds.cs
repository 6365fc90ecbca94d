namespace PiiAnalyzers.Diagnostics;

/// <summary>
/// The registry of rule ids: every diagnostic the package reports has its id here. The code fixes
/// read it from the analyzer assembly, which they reference.
/// </summary>
internal static class RuleIds
{
    /// <summary>Personal data is written to a log.</summary>
    public const string PersonalDataWrittenToLog = "PII001";

    /// <summary>Personal data is serialized.</summary>
    public const string PersonalDataSerialized = "PII002";

    /// <summary>Personal data is shared with a third party without consent.</summary>
    public const string PersonalDataSharedWithThirdParty = "PII003";

    /// <summary>Personal data is put in an exception message.</summary>
    public const string PersonalDataInExceptionMessage = "PII004";

    /// <summary>A compiler-generated ToString exposes personal data.</summary>
    public const string GeneratedToStringExposesPersonalData = "PII005";

    /// <summary>A member looks like personal data but is not marked.</summary>
    public const string UnmarkedPersonalData = "PII006";

    /// <summary>The result of a consent check is ignored.</summary>
    public const string ConsentCheckResultIgnored = "PII007";

    /// <summary>A privacy attribute is misused.</summary>
    public const string PrivacyAttributeMisused = "PII008";

    /// <summary>A line of the PiiAnalyzers.txt configuration cannot be used.</summary>
    public const string InvalidConfiguration = "PII900";
}
