using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Serialization;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Solutions;

/// <summary>PII002 in a web project that serializes the domain project's types, in both shapes of project reference.</summary>
public class Pii002SolutionTests
{
    private const string Export = """
        using System.IO;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Contoso.Shop.Domain;

        namespace Contoso.Shop.Web.Export;

        public sealed class CustomerExport
        {
            // Written to a file: the payload leaves the application, so inference mode reports it too.
            public Task WriteAsync(Customer customer, string path) => File.WriteAllTextAsync(path, JsonSerializer.Serialize({|#0:customer|}));

            public string LinesToJson(Order order) => JsonSerializer.Serialize(order.Lines);
        }
        """;

    private static DiagnosticResult At(int location, string data, string kind, string sink) =>
        new DiagnosticResult(RuleDescriptors.PersonalDataSerialized).WithLocation(location).WithArguments(data, kind, sink, "Transfer");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task AWholeDomainObject_IsSerializedWithItsPersonalData(bool annotated) => new AnalyzerTest<PersonalDataSerializedAnalyzer>
    {
        TestCode = Export,
        GlobalConfig = annotated ? null : ShopSolution.Inference,
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { annotated ? ShopSolution.Annotated : ShopSolution.Unannotated } },
        ExpectedDiagnostics = { At(0, "Customer.FirstName", "Name", "JsonSerializer.Serialize") },
    }.RunAsync();

    [Fact]
    public Task APrivateFieldOfAnotherProject_IsNotLookedAt_InEitherShape() => new AnalyzerTest<PersonalDataSerializedAnalyzer>
    {
        // A built reference assembly does not show private members, so neither shape reads them.
        TestCode = """
            namespace Contoso.Shop.Web.Export;

            public sealed class TokenExport
            {
                public string ToJson(Contoso.Shop.Domain.Session session) => Newtonsoft.Json.JsonConvert.SerializeObject(session);
            }
            """,
        AdditionalProjects =
        {
            [ShopSolution.DomainProject] = new()
            {
                """
                using Newtonsoft.Json;
                using PiiAnalyzers;

                namespace Contoso.Shop.Domain;

                public sealed class Session
                {
                    [JsonProperty]
                    [PersonalData(PersonalDataKind.IpAddress)]
                    private string _clientAddress = "";

                    public System.Guid Id { get; set; }
                }
                """,
            },
        },
    }.RunAsync();

    [Fact]
    public Task TheIgnoreFix_HidesTheMemberInTheDomainProject() => new CodeFixTest<PersonalDataSerializedAnalyzer, HideFromSerializerCodeFixProvider>
    {
        TestCode = """
            using Contoso.Shop.Domain;

            namespace Contoso.Shop.Web.Export;

            public sealed class CardExport
            {
                public string ToJson(PaymentCard card) => System.Text.Json.JsonSerializer.Serialize({|#0:card|});
            }
            """,
        FixedCode = """
            using Contoso.Shop.Domain;

            namespace Contoso.Shop.Web.Export;

            public sealed class CardExport
            {
                public string ToJson(PaymentCard card) => System.Text.Json.JsonSerializer.Serialize(card);
            }
            """,
        AdditionalProjects = { [ShopSolution.DomainProject] = new() { ShopSolution.Annotated } },
        FixedAdditionalProjects =
        {
            [ShopSolution.DomainProject] = new()
            {
                ShopSolution.Annotated
                    .Replace("using System.Collections.Generic;\n", "using System.Collections.Generic;\nusing System.Text.Json.Serialization;\n")
                    .Replace("[PersonalData(PersonalDataKind.PaymentCard)]\n    public string CardNumber", "[PersonalData(PersonalDataKind.PaymentCard)]\n    [JsonIgnore]\n    public string CardNumber"),
            },
        },
        ExpectedDiagnostics = { At(0, "PaymentCard.CardNumber", "PaymentCard", "JsonSerializer.Serialize") },
    }.RunAsync();
}
