using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Serialization;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII002;

/// <summary>
/// The fix that hides a member from the serializer that writes it, with that serializer's own attribute, at the
/// member's declaration; Fix All across documents and projects.
/// </summary>
public class HideFromSerializerFixTests
{
    private static CodeFixTest<PersonalDataSerializedAnalyzer, HideFromSerializerCodeFixProvider> Test(string source, string fixedSource) =>
        new() { TestCode = source, FixedCode = fixedSource };

    private static DiagnosticResult At(int location, string data, string sink, string kind = "Email") =>
        CSharpAnalyzerVerifier<PersonalDataSerializedAnalyzer>.Diagnostic().WithLocation(location).WithArguments(data, kind, sink, "Transfer");

    [Fact]
    public Task SystemTextJson_AddsJsonIgnore()
    {
        var test = Test(
            """
            using Models;

            class C
            {
                string M(Profile profile) => System.Text.Json.JsonSerializer.Serialize({|#0:profile|});
            }

            namespace Models
            {
                using PiiAnalyzers;

                public class Profile
                {
                    public int Id { get; set; }

                    /// <summary>Where we write.</summary>
                    [PersonalData(PersonalDataKind.Email)]
                    public string Email { get; set; } = "";
                }
            }
            """,
            """
            using Models;

            class C
            {
                string M(Profile profile) => System.Text.Json.JsonSerializer.Serialize(profile);
            }

            namespace Models
            {
                using System.Text.Json.Serialization;
                using PiiAnalyzers;

                public class Profile
                {
                    public int Id { get; set; }

                    /// <summary>Where we write.</summary>
                    [PersonalData(PersonalDataKind.Email)]
                    [JsonIgnore]
                    public string Email { get; set; } = "";
                }
            }
            """);
        test.ExpectedDiagnostics.Add(At(0, "Profile.Email", "JsonSerializer.Serialize"));
        return test.RunAsync();
    }

    [Fact]
    public Task Newtonsoft_AddsItsOwnJsonIgnore_QualifiedWhereTheShortNameIsSystemTextJsons()
    {
        var test = Test(
            """
            using Models;

            class C
            {
                string M(Profile profile) => Newtonsoft.Json.JsonConvert.SerializeObject({|#0:profile|});
            }

            namespace Models
            {
                using System.Text.Json.Serialization;
                using PiiAnalyzers;

                public class Profile
                {
                    [JsonIgnore] public int Internal { get; set; }
                    [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
                }
            }
            """,
            """
            using Models;

            class C
            {
                string M(Profile profile) => Newtonsoft.Json.JsonConvert.SerializeObject(profile);
            }

            namespace Models
            {
                using System.Text.Json.Serialization;
                using PiiAnalyzers;

                public class Profile
                {
                    [JsonIgnore] public int Internal { get; set; }
                    [PersonalData(PersonalDataKind.Email)] [Newtonsoft.Json.JsonIgnore] public string Email { get; set; } = "";
                }
            }
            """);
        test.ExpectedDiagnostics.Add(At(0, "Profile.Email", "JsonConvert.SerializeObject"));
        return test.RunAsync();
    }

    [Fact]
    public Task XmlSerializer_AddsXmlIgnoreToAField()
    {
        var test = Test(
            """
            using System.IO;
            using System.Xml.Serialization;

            class C
            {
                void M(Profile profile, TextWriter writer) => new XmlSerializer(typeof(Profile)).Serialize(writer, {|#0:profile|});
            }

            public class Profile
            {
                public int Id;
                [PiiAnalyzers.PersonalData(PiiAnalyzers.PersonalDataKind.Email)]
                public string Email = "";
            }
            """,
            """
            using System.IO;
            using System.Xml.Serialization;

            class C
            {
                void M(Profile profile, TextWriter writer) => new XmlSerializer(typeof(Profile)).Serialize(writer, profile);
            }

            public class Profile
            {
                public int Id;
                [PiiAnalyzers.PersonalData(PiiAnalyzers.PersonalDataKind.Email)]
                [XmlIgnore]
                public string Email = "";
            }
            """);
        test.ExpectedDiagnostics.Add(At(0, "Profile.Email", "XmlSerializer.Serialize"));
        return test.RunAsync();
    }

    [Fact]
    public Task DataContract_AddsIgnoreDataMemberToAPlainType()
    {
        var test = Test(
            """
            using System.IO;
            using System.Runtime.Serialization;
            using PiiAnalyzers;

            class C
            {
                void M(Profile profile, Stream stream) => new DataContractSerializer(typeof(Profile)).WriteObject(stream, {|#0:profile|});
            }

            public class Profile
            {
                public int Id { get; set; }

                public Address Home { get; set; } = new Address();
            }

            [PersonalData(PersonalDataKind.PostalAddress)]
            public class Address { public string City { get; set; } = ""; }
            """,
            """
            using System.IO;
            using System.Runtime.Serialization;
            using PiiAnalyzers;

            class C
            {
                void M(Profile profile, Stream stream) => new DataContractSerializer(typeof(Profile)).WriteObject(stream, profile);
            }

            public class Profile
            {
                public int Id { get; set; }

                [IgnoreDataMember]
                public Address Home { get; set; } = new Address();
            }

            [PersonalData(PersonalDataKind.PostalAddress)]
            public class Address { public string City { get; set; } = ""; }
            """);
        test.ExpectedDiagnostics.Add(At(0, "Profile.Home", "DataContractSerializer.WriteObject", "PostalAddress"));
        return test.RunAsync();
    }

    [Fact]
    public Task DataContract_RemovesDataMemberFromADataContract()
    {
        var test = Test(
            """
            using System.IO;
            using System.Runtime.Serialization;
            using PiiAnalyzers;

            class C
            {
                void M(Profile profile, Account account, Stream stream)
                {
                    new DataContractSerializer(typeof(Profile)).WriteObject(stream, {|#0:profile|});
                    new DataContractSerializer(typeof(Account)).WriteObject(stream, {|#1:account|});
                }
            }

            [DataContract]
            public class Profile
            {
                [DataMember] public int Id { get; set; }

                // The address we write to.
                [DataMember]
                [PersonalData(PersonalDataKind.Email)]
                public string Email { get; set; } = "";
            }

            [DataContract]
            public class Account
            {
                [DataMember(Order = 1), PersonalData(PersonalDataKind.BankAccount)] public string Iban { get; set; } = "";
            }
            """,
            """
            using System.IO;
            using System.Runtime.Serialization;
            using PiiAnalyzers;

            class C
            {
                void M(Profile profile, Account account, Stream stream)
                {
                    new DataContractSerializer(typeof(Profile)).WriteObject(stream, profile);
                    new DataContractSerializer(typeof(Account)).WriteObject(stream, account);
                }
            }

            [DataContract]
            public class Profile
            {
                [DataMember] public int Id { get; set; }

                // The address we write to.
                [PersonalData(PersonalDataKind.Email)]
                public string Email { get; set; } = "";
            }

            [DataContract]
            public class Account
            {
                [PersonalData(PersonalDataKind.BankAccount)] public string Iban { get; set; } = "";
            }
            """);
        test.ExpectedDiagnostics.Add(At(0, "Profile.Email", "DataContractSerializer.WriteObject"));
        test.ExpectedDiagnostics.Add(At(1, "Account.Iban", "DataContractSerializer.WriteObject", "BankAccount"));
        return test.RunAsync();
    }

    [Fact]
    public Task DataContractOfASerializableType_HidesAnAutoPropertysBackingField()
    {
        var test = Test(
            """
            using System;
            using System.IO;
            using System.Runtime.Serialization;
            using PiiAnalyzers;

            class C
            {
                void M(Profile profile, Stream stream) => new DataContractSerializer(typeof(Profile)).WriteObject(stream, {|#0:profile|});
            }

            [Serializable]
            public class Profile
            {
                [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
                [PersonalData(PersonalDataKind.Phone)] private string _phone = "";
                public string Describe() => _phone;
            }
            """,
            """
            using System;
            using System.IO;
            using System.Runtime.Serialization;
            using PiiAnalyzers;

            class C
            {
                void M(Profile profile, Stream stream) => new DataContractSerializer(typeof(Profile)).WriteObject(stream, profile);
            }

            [Serializable]
            public class Profile
            {
                [PersonalData(PersonalDataKind.Email)] [field: NonSerialized] public string Email { get; set; } = "";
                [PersonalData(PersonalDataKind.Phone)] [NonSerialized] private string _phone = "";
                public string Describe() => _phone;
            }
            """);
        test.ExpectedDiagnostics.Add(At(0, "Profile.Email", "DataContractSerializer.WriteObject"));
        return test.RunAsync();
    }

    [Fact]
    public Task NewtonsoftOfFields_HidesAnAutoPropertysBackingField()
    {
        var test = Test(
            """
            using PiiAnalyzers;

            class C
            {
                string M(Account account) => Newtonsoft.Json.JsonConvert.SerializeObject({|#0:account|});
            }

            [Newtonsoft.Json.JsonObject(Newtonsoft.Json.MemberSerialization.Fields)]
            public class Account
            {
                [PersonalData(PersonalDataKind.Name)] public string Holder { get; set; } = "";
            }
            """,
            """
            using Newtonsoft.Json;
            using PiiAnalyzers;

            class C
            {
                string M(Account account) => Newtonsoft.Json.JsonConvert.SerializeObject(account);
            }

            [Newtonsoft.Json.JsonObject(Newtonsoft.Json.MemberSerialization.Fields)]
            public class Account
            {
                [PersonalData(PersonalDataKind.Name)] [field: JsonIgnore] public string Holder { get; set; } = "";
            }
            """);
        test.ExpectedDiagnostics.Add(At(0, "Account.Holder", "JsonConvert.SerializeObject", "Name"));
        return test.RunAsync();
    }

    [Fact]
    public Task APositionalRecordProperty_GetsAPropertyTargetedAttribute()
    {
        var test = Test(
            """
            using PiiAnalyzers;

            class C
            {
                string M(Registered registered) => System.Text.Json.JsonSerializer.Serialize({|#0:registered|});
            }

            public record Registered(int Id, [PersonalData(PersonalDataKind.Email)] string Email);
            """,
            """
            using System.Text.Json.Serialization;
            using PiiAnalyzers;

            class C
            {
                string M(Registered registered) => System.Text.Json.JsonSerializer.Serialize(registered);
            }

            public record Registered(int Id, [property: JsonIgnore] [PersonalData(PersonalDataKind.Email)] string Email);
            """);
        test.ExpectedDiagnostics.Add(At(0, "Registered.Email", "JsonSerializer.Serialize"));
        return test.RunAsync();
    }

    [Fact]
    public Task ANestedMember_IsHiddenWhereItIsDeclared()
    {
        var test = Test(
            """
            using System.Collections.Generic;
            using PiiAnalyzers;

            class C
            {
                string M(Order order) => System.Text.Json.JsonSerializer.Serialize({|#0:order|});
            }

            public class Order
            {
                public int Id { get; set; }
                public List<Contact> Recipients { get; set; } = new();
            }

            public class Contact
            {
                public int Id { get; set; }
                [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
            }
            """,
            """
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            using PiiAnalyzers;

            class C
            {
                string M(Order order) => System.Text.Json.JsonSerializer.Serialize(order);
            }

            public class Order
            {
                public int Id { get; set; }
                public List<Contact> Recipients { get; set; } = new();
            }

            public class Contact
            {
                public int Id { get; set; }
                [PersonalData(PersonalDataKind.Email)] [JsonIgnore] public string Email { get; set; } = "";
            }
            """);
        test.ExpectedDiagnostics.Add(At(0, "Order.Recipients.Email", "JsonSerializer.Serialize"));
        return test.RunAsync();
    }

    [Fact]
    public Task FixAll_HidesEachMemberOnce_AcrossTheDocumentsOfAProject()
    {
        var test = new CodeFixTest<PersonalDataSerializedAnalyzer, HideFromSerializerCodeFixProvider>();
        test.Sources.Add("""
            class Exporter
            {
                string Export(Models.Profile profile) => System.Text.Json.JsonSerializer.Serialize({|#0:profile|});
                string ExportAll(Models.Profile[] profiles) => System.Text.Json.JsonSerializer.Serialize({|#1:profiles|});
            }
            """);
        test.Sources.Add("""
            class Cache
            {
                byte[] Store(Models.Profile profile) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes({|#2:profile|});
                string Log(Models.Account account) => System.Text.Json.JsonSerializer.Serialize({|#3:account|});
            }
            """);
        test.Sources.Add("""
            namespace Models
            {
                using PiiAnalyzers;

                public class Profile
                {
                    public int Id { get; set; }
                    [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
                }

                public class Account
                {
                    [PersonalData(PersonalDataKind.BankAccount)] public string Iban { get; set; } = "";
                }
            }
            """);
        test.FixedSources.Add("""
            class Exporter
            {
                string Export(Models.Profile profile) => System.Text.Json.JsonSerializer.Serialize(profile);
                string ExportAll(Models.Profile[] profiles) => System.Text.Json.JsonSerializer.Serialize(profiles);
            }
            """);
        test.FixedSources.Add("""
            class Cache
            {
                byte[] Store(Models.Profile profile) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(profile);
                string Log(Models.Account account) => System.Text.Json.JsonSerializer.Serialize(account);
            }
            """);
        test.FixedSources.Add("""
            namespace Models
            {
                using System.Text.Json.Serialization;
                using PiiAnalyzers;

                public class Profile
                {
                    public int Id { get; set; }
                    [PersonalData(PersonalDataKind.Email)] [JsonIgnore] public string Email { get; set; } = "";
                }

                public class Account
                {
                    [PersonalData(PersonalDataKind.BankAccount)] [JsonIgnore] public string Iban { get; set; } = "";
                }
            }
            """);
        test.ExpectedDiagnostics.Add(At(0, "Profile.Email", "JsonSerializer.Serialize"));
        test.ExpectedDiagnostics.Add(At(1, "Profile.Email", "JsonSerializer.Serialize"));
        test.ExpectedDiagnostics.Add(At(2, "Profile.Email", "JsonSerializer.SerializeToUtf8Bytes"));
        test.ExpectedDiagnostics.Add(At(3, "Account.Iban", "JsonSerializer.Serialize", "BankAccount"));
        return test.RunAsync();
    }

    [Fact]
    public Task AMemberOfAnotherProject_IsHiddenInThatProject()
    {
        var test = new CodeFixTest<PersonalDataSerializedAnalyzer, HideFromSerializerCodeFixProvider>
        {
            TestCode = """
                class Exporter
                {
                    string Export(Models.Profile profile) => Newtonsoft.Json.JsonConvert.SerializeObject({|#0:profile|});
                }
                """,
            FixedCode = """
                class Exporter
                {
                    string Export(Models.Profile profile) => Newtonsoft.Json.JsonConvert.SerializeObject(profile);
                }
                """,
        };
        test.AdditionalProjects["Models"] = new()
        {
            """
            namespace Models
            {
                public class Profile
                {
                    [PiiAnalyzers.PersonalData(PiiAnalyzers.PersonalDataKind.Email)] public string Email { get; set; } = "";
                }
            }
            """,
        };
        test.FixedAdditionalProjects["Models"] = new()
        {
            """
            using Newtonsoft.Json;

            namespace Models
            {
                public class Profile
                {
                    [PiiAnalyzers.PersonalData(PiiAnalyzers.PersonalDataKind.Email)] [JsonIgnore] public string Email { get; set; } = "";
                }
            }
            """,
        };
        test.ExpectedDiagnostics.Add(At(0, "Profile.Email", "JsonConvert.SerializeObject"));
        return test.RunAsync();
    }

    [Fact]
    public Task OnlyTheDiagnosticsSerializer_IsFixed_AndFixAllKeepsToIt()
    {
        var test = new CodeFixTest<PersonalDataSerializedAnalyzer, HideFromSerializerCodeFixProvider>
        {
            TestCode = """
                using PiiAnalyzers;

                class C
                {
                    void M(Profile profile)
                    {
                        System.Text.Json.JsonSerializer.Serialize({|#0:profile|});
                        Newtonsoft.Json.JsonConvert.SerializeObject({|#1:profile|});
                    }
                }

                public class Profile
                {
                    [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
                }
                """,
            FixedCode = """
                using System.Text.Json.Serialization;
                using PiiAnalyzers;

                class C
                {
                    void M(Profile profile)
                    {
                        System.Text.Json.JsonSerializer.Serialize(profile);
                        Newtonsoft.Json.JsonConvert.SerializeObject({|#1:profile|});
                    }
                }

                public class Profile
                {
                    [PersonalData(PersonalDataKind.Email)] [JsonIgnore] public string Email { get; set; } = "";
                }
                """,
            CodeActionEquivalenceKey = HideFromSerializerCodeFixProvider.EquivalenceKeyFor("SystemTextJson"),
        };
        test.ExpectedDiagnostics.Add(At(0, "Profile.Email", "JsonSerializer.Serialize"));
        test.ExpectedDiagnostics.Add(At(1, "Profile.Email", "JsonConvert.SerializeObject"));
        test.FixedExpectedDiagnostics.Add(At(1, "Profile.Email", "JsonConvert.SerializeObject"));
        return test.RunAsync();
    }

    [Fact]
    public Task NotOffered_ForAMemberOfAReferencedAssembly()
    {
        const string Source = """
            class C
            {
                string M(Vendor.Models.Customer customer) => System.Text.Json.JsonSerializer.Serialize({|#0:customer|});
            }
            """;
        var test = Test(Source, Source);
        test.AdditionalFiles.Add(("PiiAnalyzers.txt", "personal_data P:Vendor.Models.Customer.Email Email"));
        test.AdditionalReferences.Add(Configuration.Vendor.Reference);
        test.ExpectedDiagnostics.Add(At(0, "Customer.Email", "JsonSerializer.Serialize"));
        test.FixedExpectedDiagnostics.Add(At(0, "Customer.Email", "JsonSerializer.Serialize"));
        return test.RunAsync();
    }

    [Fact]
    public Task NotOffered_ForAFieldDeclaredWithOthers()
    {
        const string Source = """
            class C
            {
                string M(Profile profile) => Newtonsoft.Json.JsonConvert.SerializeObject({|#0:profile|});
            }

            public class Profile
            {
                [PiiAnalyzers.PersonalData(PiiAnalyzers.PersonalDataKind.Email)] public string Email = "", Backup = "";
            }
            """;
        var test = Test(Source, Source);
        test.ExpectedDiagnostics.Add(At(0, "Profile.Email", "JsonConvert.SerializeObject"));
        test.FixedExpectedDiagnostics.Add(At(0, "Profile.Email", "JsonConvert.SerializeObject"));
        return test.RunAsync();
    }

    [Fact]
    public Task NotOffered_ForDataAValueCarries()
    {
        const string Source = """
            using PiiAnalyzers;

            class C
            {
                void M(Profile profile)
                {
                    System.Text.Json.JsonSerializer.Serialize({|#0:profile.Email|});
                    System.Text.Json.JsonSerializer.Serialize({|#1:new { Who = profile.Email }|});
                }
            }

            public class Profile
            {
                [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
            }
            """;
        var test = Test(Source, Source);
        test.ExpectedDiagnostics.Add(At(0, "Profile.Email", "JsonSerializer.Serialize"));
        test.ExpectedDiagnostics.Add(At(1, "Profile.Email", "JsonSerializer.Serialize"));
        test.FixedExpectedDiagnostics.Add(At(0, "Profile.Email", "JsonSerializer.Serialize"));
        test.FixedExpectedDiagnostics.Add(At(1, "Profile.Email", "JsonSerializer.Serialize"));
        return test.RunAsync();
    }
}
