using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Diagnostics;

/// <summary>
/// The one place that builds the package's diagnostic descriptors, each with its help link to
/// <c>docs/rules/PIInnn.md</c>. Ids and categories are the registry's constants, written out at each
/// creation so that release tracking (RS2008) sees them.
/// </summary>
public static class RuleDescriptors
{
    /// <summary>Where the rule pages are published; each rule's page is <c>{HelpLinkBase}{id}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/piianalyzers/PiiAnalyzers/blob/main/docs/rules/";

    /// <summary>PII001: personal data is written to a log.</summary>
    public static readonly DiagnosticDescriptor PersonalDataWrittenToLog = new(
        RuleIds.PersonalDataWrittenToLog,
        title: "Personal data is written to a log",
        messageFormat: "'{0}' ({1}) is written to a log by '{2}' without redaction or a Diagnostics consent check",
        RuleCategories.Privacy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Logs are copied, shipped and kept far longer, and read by more people, than the data they " +
            "mention. Personal data may reach a log only redacted, or after a consent check for the Diagnostics purpose.",
        helpLinkUri: HelpLink(RuleIds.PersonalDataWrittenToLog));

    /// <summary>PII002: personal data is serialized.</summary>
    public static readonly DiagnosticDescriptor PersonalDataSerialized = new(
        RuleIds.PersonalDataSerialized,
        title: "Personal data is serialized",
        messageFormat: "'{0}' ({1}) is serialized by '{2}' without redaction or a consent check for {3}",
        RuleCategories.Privacy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A serialized payload goes where the code no longer sees it: a cache, a queue, a response, a file. " +
            "Personal data may be serialized only when the serializer is told to leave it out, redacted, or after a " +
            "consent check for the Transfer purpose.",
        helpLinkUri: HelpLink(RuleIds.PersonalDataSerialized));

    /// <summary>PII003: personal data is shared with a third party without consent.</summary>
    public static readonly DiagnosticDescriptor PersonalDataSharedWithThirdParty = new(
        RuleIds.PersonalDataSharedWithThirdParty,
        title: "Personal data is shared with a third party without consent",
        messageFormat: "'{0}' ({1}) is shared with '{2}' without redaction or a consent check for {3}",
        RuleCategories.Privacy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Privacy policies promise that personal data is not provided, sold, rented, shared or traded to " +
            "third parties without the person's prior consent. Personal data may reach a [ThirdParty] recipient or an " +
            "HTTP request only redacted, or after a consent check for the recipient's purpose.",
        helpLinkUri: HelpLink(RuleIds.PersonalDataSharedWithThirdParty));

    /// <summary>PII004: personal data is put in an exception message.</summary>
    public static readonly DiagnosticDescriptor PersonalDataInExceptionMessage = new(
        RuleIds.PersonalDataInExceptionMessage,
        title: "Personal data is put in an exception message",
        messageFormat: "'{0}' ({1}) goes into exception '{2}' without redaction or a consent check for {3}",
        RuleCategories.Privacy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Exception messages end up in logs, error trackers and error pages, far from the code that wrote " +
            "them. Personal data may go into one only redacted, or after a consent check for the Diagnostics purpose.",
        helpLinkUri: HelpLink(RuleIds.PersonalDataInExceptionMessage));

    /// <summary>PII005: a compiler-generated ToString exposes personal data.</summary>
    public static readonly DiagnosticDescriptor GeneratedToStringExposesPersonalData = new(
        RuleIds.GeneratedToStringExposesPersonalData,
        title: "A compiler-generated ToString exposes personal data",
        messageFormat: "The compiler-generated ToString of '{0}' prints '{1}' ({2}): override PrintMembers to leave personal data out",
        RuleCategories.Privacy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A record's compiler-generated ToString prints every public member. Anything that turns the " +
            "record into text (a log call, string interpolation, a debugger display, an error tracker) then shows its " +
            "personal data.",
        helpLinkUri: HelpLink(RuleIds.GeneratedToStringExposesPersonalData));

    /// <summary>PII006: a member looks like personal data but is not marked.</summary>
    public static readonly DiagnosticDescriptor UnmarkedPersonalData = new(
        RuleIds.UnmarkedPersonalData,
        title: "Member looks like personal data but is not marked",
        messageFormat: "'{0}' looks like personal data ({1}, from the word '{2}') but is not marked: mark it [PersonalData(PersonalDataKind.{1})] or [NotPersonalData(\"why\")]",
        RuleCategories.Annotations,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The analyzers follow what is marked. A member named like personal data that carries no marker is " +
            "not followed to logs, payloads and third parties; marking it, or saying why it is not personal data, " +
            "closes the gap.",
        helpLinkUri: HelpLink(RuleIds.UnmarkedPersonalData));

    /// <summary>PII007: the result of a consent check is ignored.</summary>
    public static readonly DiagnosticDescriptor ConsentCheckResultIgnored = new(
        RuleIds.ConsentCheckResultIgnored,
        title: "The result of a consent check is ignored",
        messageFormat: "The answer of consent check '{0}' is ignored, so it protects nothing: test it, and go on only when it is true",
        RuleCategories.Consent,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A [ConsentCheck] that returns bool answers whether the person consented. Calling it without " +
            "testing the answer looks like a consent check in review but lets the code go on either way.",
        helpLinkUri: HelpLink(RuleIds.ConsentCheckResultIgnored));

    /// <summary>PII008: a privacy attribute is misused.</summary>
    public static readonly DiagnosticDescriptor PrivacyAttributeMisused = new(
        RuleIds.PrivacyAttributeMisused,
        title: "A privacy attribute is misused",
        messageFormat: "[{0}] on '{1}' {2}",
        RuleCategories.Annotations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A privacy attribute that cannot mean what it says is silently ignored by the analyzers: a " +
            "consent check that returns neither bool nor void, or has no purpose; a redactor that returns nothing.",
        helpLinkUri: HelpLink(RuleIds.PrivacyAttributeMisused));

    /// <summary>PII900: a line of the PiiAnalyzers.txt configuration cannot be used.</summary>
    public static readonly DiagnosticDescriptor InvalidConfiguration = new(
        RuleIds.InvalidConfiguration,
        title: "The PiiAnalyzers configuration has an error",
        messageFormat: "{0}: {1}",
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A declaration in PiiAnalyzers.txt or an analyzer option that cannot be used is ignored, so the " +
            "code it describes is not checked as intended: an unknown declaration, kind or purpose, an id that names " +
            "nothing, an option value that cannot be read or an option that does not exist.",
        helpLinkUri: HelpLink(RuleIds.InvalidConfiguration));

    /// <summary>Every descriptor of the package.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        PersonalDataWrittenToLog,
        PersonalDataSerialized,
        PersonalDataSharedWithThirdParty,
        PersonalDataInExceptionMessage,
        GeneratedToStringExposesPersonalData,
        UnmarkedPersonalData,
        ConsentCheckResultIgnored,
        PrivacyAttributeMisused,
        InvalidConfiguration);

    /// <summary>The rule page of a rule id.</summary>
    /// <param name="ruleId">A rule id of <see cref="RuleIds"/>.</param>
    /// <returns>The address of <c>docs/rules/{ruleId}.md</c>.</returns>
    public static string HelpLink(string ruleId) => HelpLinkBase + ruleId + ".md";
}
