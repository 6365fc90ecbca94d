using System;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Model;

/// <summary>
/// Where a value's personal data comes from, as diagnostics name it: the data (<c>Customer.Email</c>) and its
/// kind (<c>Email</c>, or the foreign marker's name such as <c>ProtectedPersonalData</c>).
/// </summary>
internal sealed class PersonalDataOrigin : IEquatable<PersonalDataOrigin>
{
    private const string ParameterPrefix = "#parameter ";

    public PersonalDataOrigin(string dataName, string kind)
        : this(dataName, kind, member: null, inferred: false)
    {
    }

    private PersonalDataOrigin(string dataName, string kind, ISymbol? member, bool inferred)
    {
        DataName = dataName;
        Kind = kind;
        Member = member;
        Inferred = inferred;
    }

    /// <summary>
    /// Data that is personal only because inference mode took a member's name for it, not because the team declared it:
    /// reported only where the sink's file has inference on (<see cref="PersonalDataCatalog.MayReportIn"/>), and by PII005
    /// where a record is rendered rather than where it is declared.
    /// </summary>
    public bool Inferred { get; }

    /// <summary>Data inference mode took a member for (<see cref="Inferred"/>).</summary>
    public static PersonalDataOrigin InferredFrom(string dataName, string kind) => new(dataName, kind, member: null, inferred: true);

    /// <summary>
    /// When a method is summarised, the value of its parameter <paramref name="ordinal"/>: whatever a caller passes.
    /// </summary>
    public static PersonalDataOrigin ForParameter(int ordinal) =>
        new(ParameterPrefix + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty);

    /// <summary>The parameter this origin stands for in a summary, or -1 for real personal data.</summary>
    public int ParameterOrdinal =>
        DataName.StartsWith(ParameterPrefix, StringComparison.Ordinal) &&
        int.TryParse(DataName.Substring(ParameterPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int ordinal)
            ? ordinal
            : -1;

    /// <summary>The member, parameter, type or path that holds the data, e.g. <c>Order.Buyer.Email</c>.</summary>
    public string DataName { get; }

    /// <summary>The kind of data.</summary>
    public string Kind { get; }

    /// <summary>
    /// When a walk over an object's members found the data, the field or property that writes it out (the one to
    /// hide from a serializer): <c>Customer.Email</c> of <c>Order.Buyer.Email</c>. Not part of the origin's identity.
    /// </summary>
    public ISymbol? Member { get; }

    /// <summary>The same data reached through a path: <c>Order</c> + <c>Buyer.Email</c>.</summary>
    public PersonalDataOrigin Under(string prefix) => new(prefix + "." + DataName, Kind, Member, Inferred);

    /// <summary>The same kind of data under another name.</summary>
    public PersonalDataOrigin Named(string dataName) => new(dataName, Kind, Member, Inferred);

    /// <summary>The same data, written out by <paramref name="member"/>.</summary>
    public PersonalDataOrigin WrittenBy(ISymbol member) => new(DataName, Kind, member, Inferred);

    /// <summary>
    /// Where two paths bring different data, the join keeps one, always the same one, so that diagnostics do
    /// not depend on the order blocks were visited in. Declared data wins over inferred data.
    /// </summary>
    public static PersonalDataOrigin? Either(PersonalDataOrigin? first, PersonalDataOrigin? second)
    {
        if (first is null)
        {
            return second;
        }

        if (second is null)
        {
            return first;
        }

        if (first.Inferred != second.Inferred)
        {
            return first.Inferred ? second : first;
        }

        int byName = string.CompareOrdinal(first.DataName, second.DataName);
        if (byName != 0)
        {
            return byName < 0 ? first : second;
        }

        return string.CompareOrdinal(first.Kind, second.Kind) <= 0 ? first : second;
    }

    public bool Equals(PersonalDataOrigin? other) =>
        other is not null && DataName == other.DataName && Kind == other.Kind && Inferred == other.Inferred;

    public override bool Equals(object? obj) => Equals(obj as PersonalDataOrigin);

    public override int GetHashCode() => unchecked((((DataName.GetHashCode() * 397) ^ Kind.GetHashCode()) * 2) + (Inferred ? 1 : 0));

    public override string ToString() => DataName + " (" + Kind + ")";
}
