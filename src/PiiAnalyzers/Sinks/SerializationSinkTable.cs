using System.Collections.Immutable;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// The serializer calls of PII002, one row per API: the object each writes (its <c>value</c>, <c>o</c> or <c>graph</c>
/// argument) and the serializer whose rules for which members it writes apply (<see cref="MemberPolicy"/>). Named after the
/// type they are called on (<c>DataContractJsonSerializer.WriteObject</c>, not the base class that declares the method).
/// </summary>
internal static class SerializationSinkTable
{
    private static readonly string[] Written = { "value", "o", "graph" };

    public static ImmutableArray<SinkRow> Rows { get; } = ImmutableArray.Create(
        Row("System.Text.Json.JsonSerializer", Serializer.SystemTextJson,
            "Serialize", "SerializeAsync", "SerializeToUtf8Bytes", "SerializeToElement", "SerializeToNode", "SerializeToDocument"),
        Row("Newtonsoft.Json.JsonConvert", Serializer.NewtonsoftJson, "SerializeObject"),
        Row("Newtonsoft.Json.JsonSerializer", Serializer.NewtonsoftJson, "Serialize"),
        Row("Newtonsoft.Json.Linq.JToken", Serializer.NewtonsoftJson, "FromObject"),
        Row("Newtonsoft.Json.Linq.JObject", Serializer.NewtonsoftJson, "FromObject"),
        Row("Newtonsoft.Json.Linq.JArray", Serializer.NewtonsoftJson, "FromObject"),
        Row("System.Xml.Serialization.XmlSerializer", Serializer.XmlSerializer, "Serialize"),
        Row("System.Runtime.Serialization.XmlObjectSerializer", Serializer.DataContract, "WriteObject"),
        Row("System.Runtime.Serialization.DataContractSerializer", Serializer.DataContract, "WriteObject"),
        Row("System.Runtime.Serialization.Json.DataContractJsonSerializer", Serializer.DataContract, "WriteObject"));

    private static SinkRow Row(string type, Serializer serializer, params string[] methods) =>
        SinkRow.Serialized(type, SinkFamily.Serializer, serializer, Written, methods).NamedAfterReceiver();
}
