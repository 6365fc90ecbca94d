using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using System;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Inference;

/// <summary>
/// Issue 11: inference mode looks at production code only. Test, benchmark, sample, demo, seeder and tool projects, and
/// the seeders, sample data and tests inside a project, are left out unless
/// <c>pii_analyzers.infer_personal_data_in_non_production = true</c> turns them in; what is marked counts everywhere.
/// </summary>
public class NonProductionCodeTests
{
    private const string Customer = """
        namespace Shop.Domain
        {
            public class Customer { public string Email { get; set; } = ""; [PiiAnalyzers.PersonalData(PiiAnalyzers.PersonalDataKind.Phone)] public string Mobile { get; set; } = ""; }
        }
        """;

    private const string Logs = """
        using Microsoft.Extensions.Logging;
        using Shop.Domain;

        namespace Shop.{0}
        {{
            public class {0}Job
            {{
                public void Run(ILogger logger, Customer customer) => logger.LogInformation("{{Email}} {{Mobile}}", customer.Email, customer.Mobile);
            }}
        }}
        """;

    [Theory]
    [InlineData("Shop.Tests", true)]
    [InlineData("Shop.Api.UnitTests", true)]
    [InlineData("Shop.IntegrationTests", true)]
    [InlineData("Shop.Benchmarks", true)]
    [InlineData("Shop.Samples", true)]
    [InlineData("Shop.Demo", true)]
    [InlineData("Shop.Seeder", true)]
    [InlineData("Shop.DevTools", true)]
    [InlineData("Shop.Cli", false)]
    [InlineData("Shop.Tools.DataMigration", false)]
    [InlineData("Shop.Domain.Specifications", false)]
    [InlineData("Shop.Api", false)]
    [InlineData("Shop.Testimonials", false)]
    [InlineData("Shop.Infrastructure", false)]
    [InlineData("TestProject", false)]
    [InlineData("Contoso.Shop", false)]
    public void ProjectsAreToldByTheirAssemblyName(string assemblyName, bool nonProduction) =>
        Assert.Equal(nonProduction, NonProductionCode.IsProject(assemblyName, isTestProject: false));

    [Theory]
    [InlineData("/repo/src/Shop/Data/CatalogContextSeed.cs", true)]
    [InlineData("/repo/src/Shop/Data/SeedData.cs", true)]
    [InlineData("/repo/src/Shop/Data/AppDbContext.Seed.cs", true)]
    [InlineData("/repo/src/ShopSeed/Services/Orders.cs", false)]
    [InlineData("/repo/src/Shop/Services/SampleDataService.cs", true)]
    [InlineData("/repo/src/Shop/Seeders/Users.cs", true)]
    [InlineData("/repo/src/Shop/Tests/OrderTests.cs", true)]
    [InlineData("/repo/src/Shop/Demo/Users.cs", true)]
    [InlineData("/repo/src/Shop/Services/Orders.cs", false)]
    [InlineData("/repo/src/Shop/Services/Seedling.cs", false)]
    [InlineData("/repo/src/Shop/Services/TestimonialService.cs", false)]
    public void FilesAreToldByTheirFoldersBelowTheProjectAndTheirName(string path, bool nonProduction) =>
        Assert.Equal(nonProduction, NonProductionCode.IsFile(path, path.StartsWith("/repo/src/ShopSeed/", StringComparison.Ordinal) ? "/repo/src/ShopSeed" : "/repo/src/Shop/"));

    [Fact]
    public void FoldersAboveTheProjectSayNothing()
    {
        Assert.False(NonProductionCode.IsFile("/home/alice/samples/tests/Shop/Services/Orders.cs", "/home/alice/samples/tests/Shop/"));
        Assert.Equal("/repo/src/Shop/", NonProductionCode.CommonDirectory(new[] { "/repo/src/Shop/A.cs", "/repo/src/Shop/Data/B.cs" }));
    }

    [Fact]
    public async Task ATestProjectIsLeftOutOfInference_MarkedDataStillCounts()
    {
        var found = await Pii001Async("Shop.Tests", new Dictionary<string, string> { ["/repo/tests/Shop.Tests/Job.cs"] = string.Format(Logs, "Tests") }, turnedIn: false);
        Assert.Equal(new[] { "Customer.Mobile" }, found);
    }

    [Fact]
    public async Task IsTestProjectLeavesItOutToo()
    {
        var found = await Pii001Async("Shop.Checks", new Dictionary<string, string> { ["/repo/tests/Checks/Job.cs"] = string.Format(Logs, "Checks") }, turnedIn: false, isTestProject: true);
        Assert.Equal(new[] { "Customer.Mobile" }, found);
    }

    [Fact]
    public async Task TheOptionTurnsItIn()
    {
        var found = await Pii001Async("Shop.Tests", new Dictionary<string, string> { ["/repo/tests/Shop.Tests/Job.cs"] = string.Format(Logs, "Tests") }, turnedIn: true);
        Assert.Equal(new[] { "Customer.Email", "Customer.Mobile" }, found);
    }

    [Fact]
    public async Task ASeedersOwnTypesAreNotInferred_TheRestOfTheProjectIs()
    {
        var found = await Pii001Async("Shop.Api", new Dictionary<string, string>
        {
            ["/repo/src/Shop.Api/Data/CatalogContextSeed.cs"] = """
                using Microsoft.Extensions.Logging;

                namespace Shop.Data
                {
                    public class DemoUser { public string Email { get; set; } = ""; }

                    public class CatalogContextSeed
                    {
                        public void Seed(ILogger logger, DemoUser user) => logger.LogInformation("Seeded {Email}", user.Email);
                    }
                }
                """,
            ["/repo/src/Shop.Api/Services/Orders.cs"] = string.Format(Logs, "Orders"),
        }, turnedIn: false);
        Assert.Equal(new[] { "Customer.Email", "Customer.Mobile" }, found);
    }

    [Fact]
    public async Task ASeederFileIsQuietAboutTheProductionModelItUses_MarkedDataStillCounts()
    {
        var found = await Pii001Async("Shop.Api", new Dictionary<string, string>
        {
            ["/repo/src/Shop.Api/Data/CustomerSeeder.cs"] = """
                using Microsoft.Extensions.Logging;
                using Shop.Domain;

                namespace Shop.Data
                {
                    public class CustomerSeeder
                    {
                        public void Seed(ILogger logger, Customer customer) => logger.LogInformation("Seeded {Email} {Mobile}", customer.Email, customer.Mobile);
                    }
                }
                """,
        }, turnedIn: false);
        Assert.Equal(new[] { "Customer.Mobile" }, found);
    }

    /// <summary>The data names PII001 reports in a project of the given name and files, with inference on (and the option as given), sorted.</summary>
    private static async Task<string[]> Pii001Async(string assemblyName, Dictionary<string, string> files, bool turnedIn, bool isTestProject = false)
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Value, parse, f.Key))
            .Append(CSharpSyntaxTree.ParseText(Customer, parse, "/repo/src/" + assemblyName + "/Customer.cs"))
            .ToImmutableArray();
        var compilation = CSharpCompilation.Create(
            assemblyName, trees, TestReferences.Framework.Add(TestReferences.Annotations), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var global = new Dictionary<string, string> { ["pii_analyzers.infer_personal_data"] = "true" };
        if (turnedIn)
        {
            global["pii_analyzers.infer_personal_data_in_non_production"] = "true";
        }

        if (isTestProject)
        {
            global["build_property.IsTestProject"] = "true";
        }

        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new GlobalOnly(global));
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataWrittenToLogAnalyzer()), options)
            .GetAllDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001" || d.Severity == DiagnosticSeverity.Error);
        return diagnostics.Where(d => d.Id == "PII001").Select(d => d.GetMessage().Split('\'')[1]).OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }

    private sealed class GlobalOnly : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public GlobalOnly(Dictionary<string, string> values) => _global = new Options(values);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _global;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override IEnumerable<string> Keys => _values.Keys;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
