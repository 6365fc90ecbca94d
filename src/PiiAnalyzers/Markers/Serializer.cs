namespace PiiAnalyzers.Markers;

/// <summary>
/// The serializer families whose rules for which members they write the analyzers know. Each has its own
/// <see cref="MemberPolicy"/>: an ignore attribute of one family hides nothing from another.
/// </summary>
internal enum Serializer
{
    /// <summary>System.Text.Json (<c>JsonSerializer</c>, <c>JsonContent</c>, <c>*AsJsonAsync</c>).</summary>
    SystemTextJson,

    /// <summary>Newtonsoft.Json (<c>JsonConvert</c>, <c>JsonSerializer</c>, <c>JToken.FromObject</c>).</summary>
    NewtonsoftJson,

    /// <summary><c>System.Xml.Serialization.XmlSerializer</c>.</summary>
    XmlSerializer,

    /// <summary><c>DataContractSerializer</c> and <c>DataContractJsonSerializer</c>.</summary>
    DataContract,
}

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
