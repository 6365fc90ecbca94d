namespace PiiAnalyzers.Diagnostics;

/// <summary>
/// Names of the properties the analyzers attach to diagnostics for the code fixes. Read by the code fixes.
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
    /// PII005: the names of the record's own members whose printing shows personal data, separated by
    /// <see cref="MemberSeparator"/>, for the fix to leave out.
    /// </summary>
    public const string Members = "PiiMembers";

    /// <summary>Separates the names in <see cref="Members"/>; no member name contains it.</summary>
    public const char MemberSeparator = ',';

    /// <summary>
    /// When the data is a member a serializer writes of the serialized object's type: the serializer, by
    /// the name of its member of <c>Serialization.Serializer</c> (<c>SystemTextJson</c>). Set together with <see cref="Member"/>, <see cref="IgnoreAttribute"/> and <see cref="IgnoreBy"/>.
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

    /// <summary>What to do with <see cref="IgnoreAttribute"/>: one of <c>Serialization.IgnoreByValues</c>.</summary>
    public const string IgnoreBy = "PiiIgnoreBy";

    /// <summary>
    /// PII006: the kind a member that is not marked looks like, a member name of <c>PersonalDataKind</c> (<c>Email</c>),
    /// which the fix writes in <c>[PersonalData(PersonalDataKind.Email)]</c>.
    /// </summary>
    public const string SuggestedKind = "PiiSuggestedKind";
}
