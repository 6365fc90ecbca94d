namespace PiiAnalyzers.Serialization;

/// <summary>
/// How to make a serializer leave a member out: the attribute to add (<c>[JsonIgnore]</c>), on the backing field of
/// an auto-property when the serializer writes fields (<c>[field: NonSerialized]</c>), or the attribute to remove
/// (<c>[DataMember]</c> of a data contract, which <c>[IgnoreDataMember]</c> does not override).
/// </summary>
internal sealed class MemberHiding
{
    public MemberHiding(string attribute, bool remove, bool onBackingField)
    {
        Attribute = attribute;
        Remove = remove;
        OnBackingField = onBackingField;
    }

    /// <summary>The metadata name of the attribute, e.g. <c>System.Text.Json.Serialization.JsonIgnoreAttribute</c>.</summary>
    public string Attribute { get; }

    /// <summary>Whether the attribute is removed rather than added.</summary>
    public bool Remove { get; }

    /// <summary>Whether the attribute goes on the auto-property's backing field (<c>[field: …]</c>).</summary>
    public bool OnBackingField { get; }
}
