namespace PiiAnalyzers.Rules;

/// <summary>
/// The registry of rule ids: every diagnostic the package reports has its id here. This file is compiled into
/// the analyzers and, linked, into the code fixes (which do not reference the analyzer assembly).
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

/// <summary>
/// Names of the properties the analyzers attach to diagnostics for the code fixes. Linked into the code fixes
/// with <see cref="RuleIds"/>.
/// </summary>
internal static class DiagnosticPropertyNames
{
    /// <summary>The consent purpose the sink needs (<c>Diagnostics</c>, <c>Transfer</c>, …).</summary>
    public const string Purpose = "PiiPurpose";

    /// <summary>How the message names the sink.</summary>
    public const string Sink = "PiiSink";

    /// <summary>The kind of personal data (<c>Email</c>, <c>ProtectedPersonalData</c>, …).</summary>
    public const string Kind = "PiiKind";

    /// <summary>
    /// PII006: the kind a member that is not marked looks like, a member name of <c>PersonalDataKind</c> (<c>Email</c>),
    /// which the fix writes in <c>[PersonalData(PersonalDataKind.Email)]</c>.
    /// </summary>
    public const string SuggestedKind = "PiiSuggestedKind";
}
