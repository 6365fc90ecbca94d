using System.Threading.Tasks;
using Xunit;
using static PiiAnalyzers.Tests.Rules.PII002.Pii002;

namespace PiiAnalyzers.Tests.Rules.PII002;

/// <summary>PII002 at every serializer entry point, named in the message as the call reads.</summary>
public class SinkTests
{
    [Fact]
    public Task SystemTextJson_EveryEntryPoint() => VerifyAsync(Usings + """
        class C
        {
            async System.Threading.Tasks.Task M(Customer c, Stream stream, Stj.Utf8JsonWriter writer, Stj.JsonSerializerOptions options)
            {
                Stj.JsonSerializer.Serialize({|#0:c|});
                Stj.JsonSerializer.Serialize({|#1:c|}, options);
                Stj.JsonSerializer.Serialize(stream, {|#2:c|});
                Stj.JsonSerializer.Serialize(writer, {|#3:c|});
                Stj.JsonSerializer.Serialize({|#4:c|}, typeof(Customer));
                await Stj.JsonSerializer.SerializeAsync(stream, {|#5:c|});
                Stj.JsonSerializer.SerializeToUtf8Bytes({|#6:c|});
                Stj.JsonSerializer.SerializeToElement({|#7:c|});
                Stj.JsonSerializer.SerializeToNode({|#8:c|});
                Stj.JsonSerializer.SerializeToDocument({|#9:c|});
                Stj.JsonSerializer.Deserialize<Customer>("{}");
            }
        }
        """,
        At(0, "Customer.Name", "Name", "JsonSerializer.Serialize"),
        At(1, "Customer.Name", "Name", "JsonSerializer.Serialize"),
        At(2, "Customer.Name", "Name", "JsonSerializer.Serialize"),
        At(3, "Customer.Name", "Name", "JsonSerializer.Serialize"),
        At(4, "Customer.Name", "Name", "JsonSerializer.Serialize"),
        At(5, "Customer.Name", "Name", "JsonSerializer.SerializeAsync"),
        At(6, "Customer.Name", "Name", "JsonSerializer.SerializeToUtf8Bytes"),
        At(7, "Customer.Name", "Name", "JsonSerializer.SerializeToElement"),
        At(8, "Customer.Name", "Name", "JsonSerializer.SerializeToNode"),
        At(9, "Customer.Name", "Name", "JsonSerializer.SerializeToDocument"));

    [Fact]
    public Task NewtonsoftJson_EveryEntryPoint() => VerifyAsync(Usings + """
        class C
        {
            void M(Customer c, Nsj.JsonSerializer serializer, TextWriter writer, Nsj.JsonWriter jsonWriter)
            {
                Nsj.JsonConvert.SerializeObject({|#0:c|});
                Nsj.JsonConvert.SerializeObject({|#1:c|}, Nsj.Formatting.Indented);
                Nsj.JsonConvert.SerializeObject({|#2:c|}, typeof(Customer), new Nsj.JsonSerializerSettings());
                serializer.Serialize(writer, {|#3:c|});
                serializer.Serialize(jsonWriter, {|#4:c|}, typeof(Customer));
                Newtonsoft.Json.Linq.JToken.FromObject({|#5:c|});
                Newtonsoft.Json.Linq.JObject.FromObject({|#6:c|}, serializer);
                Newtonsoft.Json.Linq.JArray.FromObject(new[] { {|#7:c|} });
                Nsj.JsonConvert.DeserializeObject<Customer>("{}");
            }
        }
        """,
        At(0, "Customer.Name", "Name", "JsonConvert.SerializeObject"),
        At(1, "Customer.Name", "Name", "JsonConvert.SerializeObject"),
        At(2, "Customer.Name", "Name", "JsonConvert.SerializeObject"),
        At(3, "Customer.Name", "Name", "JsonSerializer.Serialize"),
        At(4, "Customer.Name", "Name", "JsonSerializer.Serialize"),
        At(5, "Customer.Name", "Name", "JToken.FromObject"),
        At(6, "Customer.Name", "Name", "JObject.FromObject"),
        At(7, "Customer.Name", "Name", "JArray.FromObject"));

    [Fact]
    public Task XmlSerializer_Serialize() => VerifyAsync(Usings + """
        class C
        {
            void M(Customer c, TextWriter writer, Stream stream, System.Xml.XmlWriter xmlWriter)
            {
                var serializer = new Xml.XmlSerializer(typeof(Customer));
                serializer.Serialize(writer, {|#0:c|});
                serializer.Serialize(stream, {|#1:c|});
                serializer.Serialize(xmlWriter, {|#2:c|}, new Xml.XmlSerializerNamespaces());
                serializer.Deserialize(stream);
            }
        }
        """,
        At(0, "Customer.Name", "Name", "XmlSerializer.Serialize"),
        At(1, "Customer.Name", "Name", "XmlSerializer.Serialize"),
        At(2, "Customer.Name", "Name", "XmlSerializer.Serialize"));

    [Fact]
    public Task DataContractSerializers_WriteObject() => VerifyAsync(Usings + """
        class C
        {
            void M(Customer c, Stream stream, System.Xml.XmlWriter xmlWriter)
            {
                new Dc.DataContractSerializer(typeof(Customer)).WriteObject(stream, {|#0:c|});
                new Dc.DataContractSerializer(typeof(Customer)).WriteObject(xmlWriter, {|#1:c|});
                new Dc.Json.DataContractJsonSerializer(typeof(Customer)).WriteObject(stream, {|#2:c|});
                Dc.XmlObjectSerializer any = new Dc.DataContractSerializer(typeof(Customer));
                any.WriteObject(stream, {|#3:c|});
                any.ReadObject(stream);
            }
        }
        """,
        At(0, "Customer.Name", "Name", "DataContractSerializer.WriteObject"),
        At(1, "Customer.Name", "Name", "DataContractSerializer.WriteObject"),
        At(2, "Customer.Name", "Name", "DataContractJsonSerializer.WriteObject"),
        At(3, "Customer.Name", "Name", "XmlObjectSerializer.WriteObject"));

    [Fact]
    public Task ValuesThatAreNotObjects_AreReportedByWhatTheyCarry() => VerifyAsync(Usings + """
        class C
        {
            void M(Customer c, Address address)
            {
                Stj.JsonSerializer.Serialize({|#0:c.Email|});
                var phone = c.Phone;
                Nsj.JsonConvert.SerializeObject({|#1:phone|});
                Stj.JsonSerializer.Serialize({|#2:address|});
                Stj.JsonSerializer.Serialize($"Dear {{|#3:c.Name|}}");
                Stj.JsonSerializer.Serialize(new[] { {|#4:c.Email|}, "other" });
                Stj.JsonSerializer.Serialize(c.Id);
                Stj.JsonSerializer.Serialize(c.IsActive);
                Stj.JsonSerializer.Serialize(c.Email.Length);
                Stj.JsonSerializer.Serialize(new OrderSummary(1, 2m));
            }
        }
        """,
        At(0, "Customer.Email", "Email", "JsonSerializer.Serialize"),
        At(1, "Customer.Phone", "Phone", "JsonConvert.SerializeObject"),
        At(2, "address", "PostalAddress", "JsonSerializer.Serialize"),
        At(3, "Customer.Name", "Name", "JsonSerializer.Serialize"),
        At(4, "Customer.Email", "Email", "JsonSerializer.Serialize"));
}
