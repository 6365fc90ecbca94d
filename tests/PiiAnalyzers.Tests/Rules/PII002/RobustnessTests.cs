using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII002;

/// <summary>PII002 on half-typed code: serializer calls and model types in every unfinished shape, and no analyzer exception.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData("System.Text.Json.JsonSerializer.Serialize(")]
    [InlineData("System.Text.Json.JsonSerializer.Serialize(c, )")]
    [InlineData("System.Text.Json.JsonSerializer.Serialize<>(c)")]
    [InlineData("Newtonsoft.Json.JsonConvert.SerializeObject(c.)")]
    [InlineData("new System.Xml.Serialization.XmlSerializer().Serialize(null, c)")]
    [InlineData("new System.Runtime.Serialization.DataContractSerializer(typeof(Missing)).WriteObject(stream, new Missing())")]
    [InlineData("System.Text.Json.JsonSerializer.Serialize(new Broken())")]
    [InlineData("System.Text.Json.JsonSerializer.Serialize(new { c.Email, })")]
    [InlineData("Newtonsoft.Json.Linq.JObject.FromObject(value: c, serializer: )")]
    [InlineData("System.Text.Json.JsonSerializer.Serialize(c.Email, c.Email, c.Email, c.Email)")]
    public async Task UnfinishedCode_IsAnalyzedWithoutException(string statement)
    {
        string source = $$"""
            using System.IO;
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
                public Customer Self => this;
                [System.Text.Json.Serialization.JsonIgnore(Condition = )] public string Name { get; set; }
                [Newtonsoft.Json.JsonObject(MemberSerialization = )] public class Nested { public Missing M { get; set; } }
            }

            [System.Runtime.Serialization.DataContract(]
            public class Broken : Missing { [PersonalData] public Broken Self; public string this[int i] => ""; }

            class C
            {
                void M(Customer c, Stream stream)
                {
                    {{statement}};
                }
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Test",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12)) },
            TestReferences.Framework.AddRange(TestReferences.Libraries).Add(TestReferences.Annotations),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataSerializedAnalyzer()),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var diagnostics = await analyzers.GetAllDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
