using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;
using static PiiAnalyzers.Tests.Configuration.Pii900;

namespace PiiAnalyzers.Tests.Configuration;

/// <summary>PII900 for analyzer options: a value that cannot be read, a key that names no option, an unknown PiiAnalysisMode.</summary>
public class InvalidOptionTests
{
    private const string Code = """
        namespace Shop;

        public sealed class Customer
        {
            public string Email { get; set; } = "";
        }
        """;

    private const string NotBoolean = "expected true or false; the option is off where this value applies";

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("True")]
    [InlineData(" FALSE ")]
    public Task ABooleanInAnyCase_IsRead(string value) => Verify(globalConfig: $"pii_analyzers.infer_personal_data = {value}");

    [Fact]
    public Task NoOption_NoDiagnostic() => Verify();

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("on")]
    [InlineData("tru")]
    public Task AValueThatIsNotABoolean_InAGlobalConfig(string value) => Verify(
        globalConfig: $"pii_analyzers.infer_personal_data = {value}",
        expected: Option("pii_analyzers.infer_personal_data", value, NotBoolean));

    [Fact]
    public Task AValueThatIsNotABoolean_InAnEditorConfigSection_IsReportedOnceForEveryFileItAppliesTo() => new AnalyzerTest<InvalidConfigurationAnalyzer>
    {
        Sources = { Code, "namespace Shop; public sealed class Order { }" },
        EditorConfig = """
            root = true

            [*.cs]
            pii_analyzers.infer_personal_data = yes
            """,
        ExpectedDiagnostics = { Option("pii_analyzers.infer_personal_data", "yes", NotBoolean) },
    }.RunAsync();

    [Fact]
    public Task DifferentBadValuesInTwoSections_AreEachReported() => new AnalyzerTest<InvalidConfigurationAnalyzer>
    {
        Sources = { Code, "namespace Shop; public sealed class Order { }" },
        EditorConfig = """
            root = true

            [Test0.cs]
            pii_analyzers.infer_personal_data = yes

            [Test1.cs]
            pii_analyzers.infer_personal_data = no
            """,
        ExpectedDiagnostics =
        {
            Option("pii_analyzers.infer_personal_data", "yes", NotBoolean),
            Option("pii_analyzers.infer_personal_data", "no", NotBoolean),
        },
    }.RunAsync();

    [Fact]
    public Task AValueThatIsNotABoolean_LeavesInferenceOff() => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        TestCode = """
            using Microsoft.Extensions.Logging;

            namespace Shop;

            public sealed class Customer
            {
                public string Email { get; set; } = "";
            }

            public sealed class Registration(ILogger<Registration> logger)
            {
                public void Register(Customer customer) => logger.LogInformation("Registered {Email}", customer.Email);
            }
            """,
        GlobalConfig = "pii_analyzers.infer_personal_data = yes",
    }.RunAsync();

    [Fact]
    public Task AnUnknownKey() => Verify(
        globalConfig: "pii_analyzers.infer_personal_dat = true",
        expected: Option(
            "pii_analyzers.infer_personal_dat", "true",
            "PiiAnalyzers has no option 'pii_analyzers.infer_personal_dat' (its options: pii_analyzers.infer_personal_data, " +
            "pii_analyzers.infer_personal_data_assemblies); the line is ignored"));

    [Fact]
    public Task AnUnknownKey_InAnEditorConfigSection() => new AnalyzerTest<InvalidConfigurationAnalyzer>
    {
        TestCode = Code,
        EditorConfig = """
            root = true

            [*.cs]
            pii_analyzers.PII001.enabled = false
            """,
        ExpectedDiagnostics =
        {
            Option(
                "pii_analyzers.pii001.enabled", "false",
                "PiiAnalyzers has no option 'pii_analyzers.pii001.enabled' (its options: pii_analyzers.infer_personal_data, " +
                "pii_analyzers.infer_personal_data_assemblies); the line is ignored"),
        },
    }.RunAsync();

    [Fact]
    public Task OtherAnalyzersOptions_AreNotOurs() => Verify(globalConfig: """
        dotnet_diagnostic.PII001.severity = error
        build_property.TargetFramework = net8.0
        piianalyzers.something = 1
        """);

    [Theory]
    [InlineData("Contoso.Domain")]
    [InlineData("Contoso.*, Legacy.Core")]
    [InlineData("Contoso.*;Legacy.Core;")]
    [InlineData("*.Domain, Shop-Models, My_Company.Data")]
    public Task AssemblyPatterns_AreRead(string value) => Verify(globalConfig: $"pii_analyzers.infer_personal_data_assemblies = {value}");

    [Theory]
    [InlineData("Contoso.*, Le gacy", "Le gacy")]
    [InlineData("Contoso/Domain", "Contoso/Domain")]
    [InlineData("Contoso.Domain.dll?", "Contoso.Domain.dll?")]
    [InlineData("...", "...")]
    [InlineData("[Contoso]", "[Contoso]")]
    public Task AMalformedAssemblyPattern(string value, string entry) => Verify(
        globalConfig: $"pii_analyzers.infer_personal_data_assemblies = {value}",
        expected: Option(
            "pii_analyzers.infer_personal_data_assemblies", value,
            $"'{entry}' is not an assembly name or pattern (letters, digits, '_', '-', '.', and '*' for any characters, separated by commas); it is ignored"));

    [Theory]
    [InlineData("Default")]
    [InlineData("Strict")]
    [InlineData("None")]
    [InlineData("strict")]
    [InlineData("")]
    public Task AKnownAnalysisMode_IsRead(string mode) => Verify(globalConfig: $"build_property.PiiAnalysisMode = {mode}");

    [Fact]
    public Task AnUnknownAnalysisMode() => Verify(
        globalConfig: "build_property.PiiAnalysisMode = Strictest",
        expected: new DiagnosticResult(RuleDescriptors.InvalidConfiguration).WithNoLocation().WithArguments(
            "MSBuild property PiiAnalysisMode = 'Strictest'", "expected one of Default, Strict, None; the rules keep their default severities"));

    [Fact]
    public Task AControlCharacterInAValue_IsShownEscaped() => Verify(
        globalConfig: "pii_analyzers.infer_personal_data = ye\u0001s",
        expected: Option("pii_analyzers.infer_personal_data", "ye\\u0001s", NotBoolean));

    private static Task Verify(string? globalConfig = null, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<InvalidConfigurationAnalyzer> { TestCode = Code, GlobalConfig = globalConfig };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
