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
    /// The consent checks <c>PiiAnalyzers.txt</c> declares (<c>consent_check</c> lines), for the fix that wraps a statement in
    /// one: each as its documentation-comment id, <see cref="ConsentCheckPurposeSeparator"/> and its purpose (empty when the
    /// call's <c>ConsentPurpose</c> argument names it), separated by <see cref="ConsentCheckSeparator"/>. Absent when none.
    /// </summary>
    public const string ConsentChecks = "PiiConsentChecks";

    /// <summary>Separates the checks in <see cref="ConsentChecks"/>; no documentation-comment id contains it.</summary>
    public const char ConsentCheckSeparator = '\n';

    /// <summary>Separates a check's id from its purpose in <see cref="ConsentChecks"/>.</summary>
    public const char ConsentCheckPurposeSeparator = ' ';

    /// <summary>
    /// PII005: the names of the record's own members whose printing shows personal data, separated by
    /// <see cref="MemberSeparator"/>, for the fix to leave out.
    /// </summary>
    public const string Members = "PiiMembers";

    /// <summary>Separates the names in <see cref="Members"/>; no member name contains it.</summary>
    public const char MemberSeparator = ',';

    /// <summary>
    /// When the data is a member a serializer writes of the serialized object's type: the serializer, one of
    /// <see cref="SerializerNames"/>. Set together with <see cref="Member"/>, <see cref="IgnoreAttribute"/> and <see cref="IgnoreBy"/>.
    /// </summary>
    public const string Serializer = "PiiSerializer";

    /// <summary>
    /// The documentation-comment id of the field or property the serializer writes (<c>P:Shop.Customer.Email</c>); for an
    /// auto-property's backing field, the property's.
    /// </summary>
    public const string Member = "PiiMember";

    /// <summary>
    /// The metadata name of the attribute that makes the serializer leave the member out
    /// (<c>System.Text.Json.Serialization.JsonIgnoreAttribute</c>), or that puts it in (<c>DataMemberAttribute</c>), by <see cref="IgnoreBy"/>.
    /// </summary>
    public const string IgnoreAttribute = "PiiIgnoreAttribute";

    /// <summary>What to do with <see cref="IgnoreAttribute"/>: one of <see cref="IgnoreByValues"/>.</summary>
    public const string IgnoreBy = "PiiIgnoreBy";

    /// <summary>
    /// PII006: the kind a member that is not marked looks like, a member name of <c>PersonalDataKind</c> (<c>Email</c>),
    /// which the fix writes in <c>[PersonalData(PersonalDataKind.Email)]</c>.
    /// </summary>
    public const string SuggestedKind = "PiiSuggestedKind";
}

/// <summary>The values of <see cref="DiagnosticPropertyNames.Serializer"/>.</summary>
internal static class SerializerNames
{
    /// <summary>System.Text.Json.</summary>
    public const string SystemTextJson = "SystemTextJson";

    /// <summary>Newtonsoft.Json.</summary>
    public const string NewtonsoftJson = "NewtonsoftJson";

    /// <summary>System.Xml.Serialization.XmlSerializer.</summary>
    public const string XmlSerializer = "XmlSerializer";

    /// <summary>DataContractSerializer and DataContractJsonSerializer.</summary>
    public const string DataContract = "DataContract";
}

/// <summary>The values of <see cref="DiagnosticPropertyNames.IgnoreBy"/>.</summary>
internal static class IgnoreByValues
{
    /// <summary>Add the attribute to the member's declaration.</summary>
    public const string Add = "Add";

    /// <summary>Add the attribute to the auto-property's backing field (<c>[field: NonSerialized]</c>).</summary>
    public const string AddToBackingField = "AddToBackingField";

    /// <summary>Remove the attribute from the member's declaration (<c>[DataMember]</c> of a data contract).</summary>
    public const string Remove = "Remove";
}
