using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using static PiiAnalyzers.Tests.Rules.PII002.Pii002;

namespace PiiAnalyzers.Tests.Rules.PII002;

/// <summary>
/// Which members each serializer writes and what hides a member from it: only its own ignore attribute (and
/// <c>[NotPersonalData]</c>, which silences a member for every serializer). Each test serializes one object with
/// every serializer; the ones that write a personal-data member report it.
/// </summary>
public class MemberSemanticsTests
{
    private static readonly string[] Sinks =
    {
        "JsonSerializer.Serialize", "JsonConvert.SerializeObject", "XmlSerializer.Serialize", "DataContractSerializer.WriteObject",
    };

    private static Written Stj(string data, string kind = "Email") => new(0, data, kind);

    private static Written Newtonsoft(string data, string kind = "Email") => new(1, data, kind);

    private static Written Xml(string data, string kind = "Email") => new(2, data, kind);

    private static Written DataContract(string data, string kind = "Email") => new(3, data, kind);

    private static Task VerifyAsync(string type, string declarations, params Written[] written) =>
        VerifyAsync(type, declarations, written, System.Array.Empty<Harness.DiagnosticResult>());

    /// <summary>
    /// Serializes a <paramref name="type"/> with the four serializers (System.Text.Json, Newtonsoft, XmlSerializer,
    /// DataContractSerializer, locations #0 to #3) and expects a report from those that write a personal-data member.
    /// </summary>
    private static Task VerifyAsync(string type, string declarations, Written[] written, params Harness.DiagnosticResult[] more)
    {
        var marked = new HashSet<int>(written.Select(w => w.Index));
        string Value(int index) => marked.Contains(index) ? "{|#" + index + ":value|}" : "value";
        string source = $$"""
            class C
            {
                void M({{type}} value, TextWriter writer, Stream stream)
                {
                    Stj.JsonSerializer.Serialize({{Value(0)}});
                    Nsj.JsonConvert.SerializeObject({{Value(1)}});
                    new Xml.XmlSerializer(typeof({{type}})).Serialize(writer, {{Value(2)}});
                    new Dc.DataContractSerializer(typeof({{type}})).WriteObject(stream, {{Value(3)}});
                }
            }

            """;
        var expected = written.Select(w => At(w.Index, w.Data, w.Kind, Sinks[w.Index])).Concat(more).ToArray();
        return Pii002.VerifyAsync(Usings + source + declarations, expected);
    }

    /// <summary>What one serializer (0 to 3) reports: the path and kind of the data.</summary>
    private sealed record Written(int Index, string Data, string Kind);

    [Fact]
    public Task APlainPublicProperty_IsWrittenByEverySerializer() => VerifyAsync("Profile", """
        public class Profile
        {
            public int Id { get; set; }
            [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
        }
        """,
        Stj("Profile.Email"), Newtonsoft("Profile.Email"), Xml("Profile.Email"), DataContract("Profile.Email"));

    [Fact]
    public Task SystemTextJsonIgnore_HidesOnlyFromSystemTextJson() => VerifyAsync("Profile", """
        public class Profile
        {
            public int Id { get; set; }
            [StjAttributes.JsonIgnore, PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
        }
        """,
        Newtonsoft("Profile.Email"), Xml("Profile.Email"), DataContract("Profile.Email"));

    [Fact]
    public Task NewtonsoftIgnore_HidesOnlyFromNewtonsoft() => VerifyAsync("Profile", """
        public class Profile
        {
            public int Id { get; set; }
            [Nsj.JsonIgnore, PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
        }
        """,
        Stj("Profile.Email"), Xml("Profile.Email"), DataContract("Profile.Email"));

    [Fact]
    public Task XmlIgnore_HidesOnlyFromXmlSerializer() => VerifyAsync("Profile", """
        public class Profile
        {
            public int Id { get; set; }
            [Xml.XmlIgnore, PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
        }
        """,
        Stj("Profile.Email"), Newtonsoft("Profile.Email"), DataContract("Profile.Email"));

    [Fact]
    public Task IgnoreDataMember_HidesFromTheDataContractSerializersAndNewtonsoft() => VerifyAsync("Profile", """
        public class Profile
        {
            public int Id { get; set; }
            [Dc.IgnoreDataMember, PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
        }
        """,
        Stj("Profile.Email"), Xml("Profile.Email"));

    [Fact]
    public Task EveryIgnoreAttribute_HidesFromEverySerializer() => VerifyAsync("Profile", """
        public class Profile
        {
            public int Id { get; set; }

            [StjAttributes.JsonIgnore, Nsj.JsonIgnore, Xml.XmlIgnore, Dc.IgnoreDataMember]
            [PersonalData(PersonalDataKind.Email)]
            public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task NotPersonalData_SilencesAMemberForEverySerializer() => VerifyAsync("Profile", """
        public class Profile
        {
            public int Id { get; set; }
            [NotPersonalData("The shop's support address.")] public Address Support { get; set; } = new();
        }
        """);

    [Fact]
    public Task SystemTextJsonIgnore_HidesOnlyWhenItIgnoresOnWriting() => VerifyAsync("Profile", """
        public class Profile
        {
            [StjAttributes.JsonIgnore(Condition = StjAttributes.JsonIgnoreCondition.Always), PersonalData(PersonalDataKind.Name)] public string Always { get; set; } = "";
            [StjAttributes.JsonIgnore(Condition = StjAttributes.JsonIgnoreCondition.WhenWriting), PersonalData(PersonalDataKind.Name)] public string WhenWriting { get; set; } = "";
            [StjAttributes.JsonIgnore(Condition = StjAttributes.JsonIgnoreCondition.WhenWritingNull), PersonalData(PersonalDataKind.Email)] public string? WhenNull { get; set; }
        }
        """,
        Stj("Profile.WhenNull"), Newtonsoft("Profile.Always", "Name"), Xml("Profile.Always", "Name"), DataContract("Profile.Always", "Name"));

    [Fact]
    public Task SystemTextJsonIgnoreNever_StillWrites() => VerifyAsync("Profile", """
        public class Profile
        {
            [StjAttributes.JsonIgnore(Condition = StjAttributes.JsonIgnoreCondition.Never), PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
        }
        """,
        Stj("Profile.Email"), Newtonsoft("Profile.Email"), Xml("Profile.Email"), DataContract("Profile.Email"));

    [Fact]
    public Task PrivateAndInternalMembers_AreWrittenByNone() => VerifyAsync("Profile", """
        public class Profile
        {
            public int Id { get; set; }
            [PersonalData(PersonalDataKind.Email)] private string Email { get; set; } = "";
            [PersonalData(PersonalDataKind.Name)] internal string Name { get; set; } = "";
            [PersonalData(PersonalDataKind.Phone)] private string _phone = "";
            [PersonalData(PersonalDataKind.Phone)] public string Mobile { private get; set; } = "";
            public string Describe() => Email + Name + _phone + Mobile;
        }
        """);

    [Fact]
    public Task PublicFields_AreWrittenByNewtonsoftXmlAndDataContract_NotBySystemTextJson() => VerifyAsync("Profile", """
        public class Profile
        {
            public int Id;
            [PersonalData(PersonalDataKind.Email)] public string Email = "";
        }
        """,
        Newtonsoft("Profile.Email"), Xml("Profile.Email"), DataContract("Profile.Email"));

    [Fact]
    public Task JsonInclude_MakesSystemTextJsonWriteAFieldOrAPrivateMember() => VerifyAsync("Profile", """
        public class Profile
        {
            [StjAttributes.JsonInclude, PersonalData(PersonalDataKind.Email)] private string Email { get; set; } = "";
            [StjAttributes.JsonInclude, PersonalData(PersonalDataKind.Phone)] public string Phone = "";
            public string Describe() => Email;
        }
        """,
        Stj("Profile.Email"), Newtonsoft("Profile.Phone", "Phone"), Xml("Profile.Phone", "Phone"), DataContract("Profile.Phone", "Phone"));

    [Fact]
    public Task JsonProperty_MakesNewtonsoftWriteAPrivateMember() => VerifyAsync("Profile", """
        public class Profile
        {
            public int Id { get; set; }
            [Nsj.JsonProperty, PersonalData(PersonalDataKind.Email)] private string _email = "";
            [Nsj.JsonRequired, PersonalData(PersonalDataKind.Name)] private string Name { get; set; } = "";
            public string Describe() => _email + Name;
        }
        """,
        Newtonsoft("Profile._email"));

    [Fact]
    public Task GetOnlyProperties_AreWrittenByTheJsonSerializers_CollectionsByAll() => VerifyAsync("Profile", """
        public class Profile
        {
            [PersonalData(PersonalDataKind.Email)] public string Email { get; } = "";
            [PersonalData(PersonalDataKind.Phone)] public List<string> Phones { get; } = new();
        }
        """,
        Stj("Profile.Email"), Newtonsoft("Profile.Email"), Xml("Profile.Phones", "Phone"), DataContract("Profile.Phones", "Phone"));

    [Fact]
    public Task ReadOnlyFields_AreWrittenOnlyByNewtonsoft() => VerifyAsync("Profile", """
        public class Profile
        {
            [PersonalData(PersonalDataKind.Email)] public readonly string Email = "";
        }
        """,
        Newtonsoft("Profile.Email"));

    [Fact]
    public Task NewtonsoftOptIn_WritesOnlyJsonPropertyMembers() => VerifyAsync("Profile", """
        [Nsj.JsonObject(Nsj.MemberSerialization.OptIn)]
        public class Profile
        {
            [Nsj.JsonProperty] public int Id { get; set; }
            [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
        }

        [Nsj.JsonObject(MemberSerialization = Nsj.MemberSerialization.OptIn)]
        public class Account
        {
            [Nsj.JsonProperty, PersonalData(PersonalDataKind.Name)] public string Holder { get; set; } = "";
        }

        class D
        {
            void M(Account account) => Nsj.JsonConvert.SerializeObject({|#4:account|});
        }
        """,
        new[] { Stj("Profile.Email"), Xml("Profile.Email"), DataContract("Profile.Email") },
        At(4, "Account.Holder", "Name", "JsonConvert.SerializeObject"));

    [Fact]
    public Task NewtonsoftOptIn_IsInherited() => VerifyAsync("Profile", """
        [Nsj.JsonObject(Nsj.MemberSerialization.OptIn)]
        public class Entity { [Nsj.JsonProperty] public int Id { get; set; } }

        public class Profile : Entity
        {
            [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
        }
        """,
        Stj("Profile.Email"), Xml("Profile.Email"), DataContract("Profile.Email"));

    [Fact]
    public Task NewtonsoftFields_WritesEveryFieldAndAutoProperty() => VerifyAsync("Profile", """
        [Nsj.JsonObject(Nsj.MemberSerialization.Fields)]
        public class Profile
        {
            [PersonalData(PersonalDataKind.Email)] private string _email = "";
            public string Describe() => _email;
        }

        [Nsj.JsonObject(Nsj.MemberSerialization.Fields)]
        public class Account
        {
            [PersonalData(PersonalDataKind.Name)] public string Holder { get; set; } = "";
            [PersonalData(PersonalDataKind.Phone)] [field: NonSerialized] public string Phone { get; set; } = "";
        }

        class D
        {
            void M(Account account) => Nsj.JsonConvert.SerializeObject({|#4:account|});
        }
        """,
        new[] { Newtonsoft("Profile._email") },
        At(4, "Account.Holder", "Name", "JsonConvert.SerializeObject"));

    [Fact]
    public Task NonSerialized_HidesAFieldFromNewtonsoft() => VerifyAsync("Profile", """
        public class Profile
        {
            [NonSerialized, PersonalData(PersonalDataKind.Email)] public string Email = "";
        }
        """,
        Xml("Profile.Email"), DataContract("Profile.Email"));

    [Fact]
    public Task DataContract_WritesOnlyDataMembers_OfAnyAccessibility() => VerifyAsync("Profile", """
        [Dc.DataContract]
        public class Profile
        {
            [Dc.DataMember] public int Id { get; set; }
            [PersonalData(PersonalDataKind.Name)] public string Name { get; set; } = "";
            [Dc.DataMember, PersonalData(PersonalDataKind.Email)] private string Email { get; set; } = "";
            public string Describe() => Email;
        }
        """,
        Stj("Profile.Name", "Name"), Newtonsoft("Profile.Email"), Xml("Profile.Name", "Name"), DataContract("Profile.Email"));

    [Fact]
    public Task DataContract_IgnoreDataMemberDoesNotOverrideDataMember() => VerifyAsync("Profile", """
        [Dc.DataContract]
        public class Profile
        {
            [Dc.DataMember, Dc.IgnoreDataMember, PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
        }
        """,
        Stj("Profile.Email"), Newtonsoft("Profile.Email"), Xml("Profile.Email"), DataContract("Profile.Email"));

    [Fact]
    public Task DataContract_IsDecidedByTheTypeThatDeclaresTheMember() => VerifyAsync("Profile", """
        [Dc.DataContract]
        public class Entity
        {
            [Dc.DataMember] public int Id { get; set; }
            [PersonalData(PersonalDataKind.Name)] public string Owner { get; set; } = "";
        }

        [Dc.DataContract]
        public class Profile : Entity
        {
            [Dc.DataMember, PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
        }
        """,
        Stj("Profile.Email"), Newtonsoft("Profile.Email"), Xml("Profile.Email"), DataContract("Profile.Email"));

    [Fact]
    public Task Serializable_DataContractSerializerWritesEveryFieldButNonSerialized() => VerifyAsync("Profile", """
        [Serializable]
        public class Profile
        {
            public int Id { get; set; }
            [NonSerialized, PersonalData(PersonalDataKind.Phone)] private string _phone = "";
            [PersonalData(PersonalDataKind.Email)] private string _email = "";
            public string Describe() => _phone + _email;
        }

        [Serializable]
        public class Account
        {
            [PersonalData(PersonalDataKind.Name)] private string Holder { get; set; } = "";
            public string Describe() => Holder;
        }

        class D
        {
            void M(Account account, Stream stream) => new Dc.DataContractSerializer(typeof(Account)).WriteObject(stream, {|#4:account|});
        }
        """,
        new[] { DataContract("Profile._email") },
        At(4, "Account.Holder", "Name", "DataContractSerializer.WriteObject"));

    [Fact]
    public Task AnOverride_DecidesForTheMemberItOverrides() => VerifyAsync("Profile", """
        public class Entity
        {
            [PersonalData(PersonalDataKind.Email)] public virtual string Email { get; set; } = "";
        }

        public class Profile : Entity
        {
            [StjAttributes.JsonIgnore, Nsj.JsonIgnore, Xml.XmlIgnore, Dc.IgnoreDataMember] public override string Email { get; set; } = "";
        }
        """);
}
