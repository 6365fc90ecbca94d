namespace PiiAnalyzers.Sources;

/// <summary>
/// One row of a source table: a member of a framework or library type whose value is personal data though nobody can
/// annotate it (<c>ConnectionInfo.RemoteIpAddress</c>, <c>ClaimsPrincipal.FindFirstValue</c>), the kind of data it is, and,
/// for an indexer or a method that takes a name (<c>Headers["User-Agent"]</c>, <c>FindFirstValue(ClaimTypes.Email)</c>),
/// the name its first argument must be. Adding a source is adding a row (<see cref="FrameworkSourceTable"/>) and a test.
/// </summary>
internal sealed class SourceRow
{
    private SourceRow(string type, string member, string kind, string? key, string? dataName, bool judgesKey = false)
    {
        Type = type;
        Member = member;
        Kind = kind;
        Key = key;
        DataName = dataName;
        JudgesKey = judgesKey;
    }

    /// <summary>The metadata name of the type that declares the member (<c>Microsoft.AspNetCore.Http.ConnectionInfo</c>).</summary>
    public string Type { get; }

    /// <summary>The member's name: a property, a method (its return value), <c>this[]</c> for an indexer, or empty for the type itself.</summary>
    public string Member { get; }

    /// <summary>The kind of personal data: a member name of <c>PersonalDataKind</c>.</summary>
    public string Kind { get; }

    /// <summary>The constant first argument the row needs (compared without case), or <see langword="null"/> for any.</summary>
    public string? Key { get; }

    /// <summary>How diagnostics name the data, or <see langword="null"/> to name it as a member (<c>ConnectionInfo.RemoteIpAddress</c>).</summary>
    public string? DataName { get; }

    /// <summary>
    /// Whether the row reads any name, judged in inference mode by the vocabulary of names (<c>Query["email"]</c> is an
    /// e-mail address, <c>Query["page"]</c> nothing): the row's <see cref="Kind"/> is then unused and <see cref="DataName"/>
    /// is what the name is put after (<c>Query</c>).
    /// </summary>
    public bool JudgesKey { get; }

    /// <summary>Whether every value of the type is personal data (<c>Claim</c>).</summary>
    public bool IsType => Member.Length == 0;

    /// <summary>A property or a method whose value is personal data of <paramref name="kind"/>, named <paramref name="dataName"/> or as a member.</summary>
    public static SourceRow Of(string type, string member, string kind, string? dataName = null) => new(type, member, kind, null, dataName);

    /// <summary>An indexer or method whose value is personal data of <paramref name="kind"/> when its first argument is <paramref name="key"/>.</summary>
    public static SourceRow Keyed(string type, string member, string key, string kind, string dataName) => new(type, member, kind, key, dataName);

    /// <summary>An indexer whose value is personal data when, in inference mode, the name it is read by names personal data.</summary>
    public static SourceRow ByName(string type, string member, string dataName) => new(type, member, "Other", null, dataName, judgesKey: true);

    /// <summary>A type every value of which is personal data of <paramref name="kind"/>.</summary>
    public static SourceRow WholeType(string type, string kind) => new(type, string.Empty, kind, null, null);
}
