using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII002;

/// <summary>
/// What a PII002 diagnostic tells the fixes: the purpose, sink and kind as every sink rule does, and, for a member a
/// serializer writes, the serializer, the member's id and how to hide it from that serializer.
/// </summary>
public class DiagnosticPropertiesTests
{
    private const string Source = """
        using System;
        using System.IO;
        using System.Runtime.Serialization;
        using PiiAnalyzers;

        public class Profile { [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = ""; }

        [DataContract]
        public class Contract { [DataMember, PersonalData(PersonalDataKind.Name)] public string Name { get; set; } = ""; }

        [Serializable]
        public class Legacy { [PersonalData(PersonalDataKind.Phone)] public string Phone { get; set; } = ""; }

        public record Registered([PersonalData(PersonalDataKind.Email)] string Email);

        class C
        {
            void M(Profile profile, Contract contract, Legacy legacy, Registered registered, Stream stream)
            {
                System.Text.Json.JsonSerializer.Serialize(profile);
                Newtonsoft.Json.JsonConvert.SerializeObject(profile);
                new System.Xml.Serialization.XmlSerializer(typeof(Profile)).Serialize(stream, profile);
                new DataContractSerializer(typeof(Profile)).WriteObject(stream, profile);
                new DataContractSerializer(typeof(Contract)).WriteObject(stream, contract);
                new DataContractSerializer(typeof(Legacy)).WriteObject(stream, legacy);
                System.Text.Json.JsonSerializer.Serialize(registered);
                System.Text.Json.JsonSerializer.Serialize(profile.Email);
            }
        }
        """;

    [Fact]
    public async Task EachDiagnostic_SaysHowToHideTheMemberFromItsSerializer()
    {
        var rows = (await DiagnosticsAsync()).Select(d => string.Join(" | ",
            d.Properties.GetValueOrDefault(DiagnosticPropertyNames.Sink),
            d.Properties.GetValueOrDefault(DiagnosticPropertyNames.Purpose),
            d.Properties.GetValueOrDefault(DiagnosticPropertyNames.Kind),
            d.Properties.GetValueOrDefault(DiagnosticPropertyNames.Serializer),
            d.Properties.GetValueOrDefault(DiagnosticPropertyNames.Member),
            d.Properties.GetValueOrDefault(DiagnosticPropertyNames.IgnoreAttribute),
            d.Properties.GetValueOrDefault(DiagnosticPropertyNames.IgnoreBy)));

        Assert.Equal(
            new[]
            {
                "JsonSerializer.Serialize | Transfer | Email | SystemTextJson | P:Profile.Email | System.Text.Json.Serialization.JsonIgnoreAttribute | Add",
                "JsonConvert.SerializeObject | Transfer | Email | NewtonsoftJson | P:Profile.Email | Newtonsoft.Json.JsonIgnoreAttribute | Add",
                "XmlSerializer.Serialize | Transfer | Email | XmlSerializer | P:Profile.Email | System.Xml.Serialization.XmlIgnoreAttribute | Add",
                "DataContractSerializer.WriteObject | Transfer | Email | DataContract | P:Profile.Email | System.Runtime.Serialization.IgnoreDataMemberAttribute | Add",
                "DataContractSerializer.WriteObject | Transfer | Name | DataContract | P:Contract.Name | System.Runtime.Serialization.DataMemberAttribute | Remove",
                "DataContractSerializer.WriteObject | Transfer | Phone | DataContract | P:Legacy.Phone | System.NonSerializedAttribute | AddToBackingField",
                "JsonSerializer.Serialize | Transfer | Email | SystemTextJson | P:Registered.Email | System.Text.Json.Serialization.JsonIgnoreAttribute | Add",
                "JsonSerializer.Serialize | Transfer | Email |  |  |  | ",
            },
            rows);
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync()
    {
        var compilation = CSharpCompilation.Create(
            "Test",
            new[] { CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.CSharp12)) },
            TestReferences.Framework.AddRange(TestReferences.Libraries).Add(TestReferences.Annotations),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataSerializedAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }
}
