namespace PiiAnalyzers.Serialization;

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
