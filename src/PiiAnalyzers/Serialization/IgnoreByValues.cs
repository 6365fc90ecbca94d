using PiiAnalyzers.Diagnostics;

namespace PiiAnalyzers.Serialization;

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
