using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Model;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Solutions;

/// <summary>
/// The cost gate: the sink rules register nothing for a web project in whose reach nothing marks personal data, though
/// ASP.NET Core's shared framework makes Identity's <c>[PersonalData]</c> type visible everywhere; they do as soon as a
/// marker is in use in the project, in a project it references (either shape) or in a built assembly it references.
/// </summary>
public class MarkerReachTests
{
    private const string Web = """
        using Microsoft.Extensions.Logging;

        namespace Contoso.Shop.Web;

        public sealed class HealthReporter(ILogger<HealthReporter> logger)
        {
            public void Report(string component, bool healthy) => logger.LogInformation("{Component} healthy: {Healthy}", component, healthy);
        }
        """;

    private const string UnmarkedDomain = "namespace Contoso.Shop.Domain; public sealed class Product { public string Sku { get; set; } = \"\"; }";

    private const string MarkedDomain = """
        namespace Contoso.Shop.Domain;

        public sealed class Customer
        {
            [PiiAnalyzers.PersonalData(PiiAnalyzers.PersonalDataKind.Email)]
            public string Email { get; set; } = "";
        }
        """;

    [Fact]
    public async Task NothingMarked_NothingRegistered_ThoughIdentitysMarkerTypeIsVisible()
    {
        Assert.Equal(0, await MethodActionsAsync(Web));
        Assert.Equal(0, await MethodActionsAsync(Web, UnmarkedDomain, ProjectReferenceShapes.Compilation));
        Assert.Equal(0, await MethodActionsAsync(Web, UnmarkedDomain, ProjectReferenceShapes.Metadata));
    }

    [Fact]
    public async Task AMarkerInTheProject_RegistersTheRule() =>
        Assert.NotEqual(0, await MethodActionsAsync(Web + "\npublic sealed class Signup { [PiiAnalyzers.PersonalData] public string Email { get; set; } = \"\"; }"));

    [Fact]
    public async Task IdentitysUser_RegistersTheRule() =>
        Assert.NotEqual(0, await MethodActionsAsync(Web + "\npublic sealed class ApplicationUser : Microsoft.AspNetCore.Identity.IdentityUser { }"));

    [Theory]
    [InlineData(ProjectReferenceShapes.Compilation)]
    [InlineData(ProjectReferenceShapes.Metadata)]
    public async Task AMarkerInAReferencedProject_RegistersTheRule(ProjectReferenceShapes shape) =>
        Assert.NotEqual(0, await MethodActionsAsync(Web, MarkedDomain, shape));

    [Fact]
    public async Task InferenceMode_RegistersTheRule() =>
        Assert.NotEqual(0, await MethodActionsAsync(Web, globalOptions: ("pii_analyzers.infer_personal_data", "true")));

    [Theory]
    [InlineData("/root/.nuget/packages/serilog/4.4.0/lib/net8.0/Serilog.dll", true)]
    [InlineData("C:\\Users\\dev\\.nuget\\packages\\contoso.domain\\1.2.0-beta.1\\lib\\netstandard2.0\\Contoso.Domain.dll", true)]
    [InlineData("/opt/nuget/packages/newtonsoft.json/13.0.4/lib/netstandard2.0/Newtonsoft.Json.dll", true)]
    [InlineData("/usr/share/dotnet/packs/Microsoft.AspNetCore.App.Ref/10.0.0/ref/net10.0/Microsoft.AspNetCore.Identity.dll", true)]
    [InlineData("/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.12/System.Runtime.dll", true)]
    [InlineData("/src/Domain/bin/Debug/net8.0/Contoso.Domain.dll", false)]
    [InlineData("/src/Domain/obj/Release/net8.0/ref/Contoso.Domain.dll", false)]
    [InlineData("/src/Domain/obj/Debug/net8.0/refint/Contoso.Domain.dll", false)]
    [InlineData("C:\\src\\shop\\lib\\Legacy.Core.dll", false)]
    [InlineData("", false)]
    public void PackageAndFrameworkFolders_AreToldApartFromTheSolutionsOwnOutput(string path, bool packageOrFramework) =>
        Assert.Equal(packageOrFramework, SolutionAssemblies.IsPackageOrFrameworkPath(path));

    [Theory]
    [InlineData("System.Text.Json", true)]
    [InlineData("Microsoft.Extensions.Logging", false)] // Microsoft.* is the framework by its key, not its name
    [InlineData("Microsoft.Contoso.Domain", false)]
    [InlineData("mscorlib", true)]
    [InlineData("netstandard", true)]
    [InlineData("PiiAnalyzers.Annotations", true)]
    [InlineData("Systematic.Domain", false)]
    [InlineData("MicrosoftTeamsBot.Core", false)]
    [InlineData("Contoso.Shop.Domain", false)]
    public void FrameworkNames(string name, bool framework) => Assert.Equal(framework, SolutionAssemblies.IsFrameworkName(name));

    [Theory]
    [InlineData("Microsoft.Extensions.Logging, Version=10.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60", true)]
    [InlineData("System.Runtime, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a", true)]
    [InlineData("Microsoft.AspNetCore.Identity, Version=10.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60", true)]
    [InlineData("Microsoft.Contoso.Domain, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null", false)]
    [InlineData("Serilog, Version=4.0.0.0, Culture=neutral, PublicKeyToken=24c2f752a8e58a10", false)]
    public void FrameworkKeys_DecideWhatIsTheFramework(string identity, bool framework) =>
        Assert.Equal(framework, FrameworkAssemblies.IsFramework(AssemblyIdentity.TryParseDisplayName(identity, out var parsed) ? parsed! : throw new System.ArgumentException(identity)));

    /// <summary>How many operation block start actions PII001 registers for the web project.</summary>
    private static async Task<int> MethodActionsAsync(
        string web, string? domain = null, ProjectReferenceShapes shape = ProjectReferenceShapes.Compilation, (string Key, string Value)? globalOptions = null)
    {
        var references = TestReferences.Framework.AddRange(TestReferences.Libraries).Add(TestReferences.Annotations);
        if (domain is not null)
        {
            var domainCompilation = CSharpCompilation.Create(
                "Contoso.Shop.Domain", new[] { CSharpSyntaxTree.ParseText(domain, path: "/Domain/Domain.cs") }, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            if (shape == ProjectReferenceShapes.Compilation)
            {
                references = references.Add(domainCompilation.ToMetadataReference());
            }
            else
            {
                using var image = new MemoryStream();
                Assert.True(domainCompilation.Emit(image, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(metadataOnly: true)).Success);
                references = references.Add(MetadataReference.CreateFromImage(image.ToArray(), filePath: "/Domain/obj/Debug/net10.0/ref/Contoso.Shop.Domain.dll"));
            }
        }

        var compilation = CSharpCompilation.Create(
            "Contoso.Shop.Web", new[] { CSharpSyntaxTree.ParseText(web, path: "/Web/Web.cs") }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzer = new PersonalDataWrittenToLogAnalyzer();
        var options = new AnalyzerOptions(
            ImmutableArray<AdditionalText>.Empty,
            new GlobalOptionsProvider(globalOptions is { } option ? new Dictionary<string, string> { [option.Key] = option.Value } : new Dictionary<string, string>()));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));

        Assert.Empty((await withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None)).Where(d => d.Severity == DiagnosticSeverity.Error || d.Id == "AD0001"));
        AnalyzerTelemetryInfo telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        return telemetry.OperationBlockStartActionsCount;
    }

    /// <summary>
    /// Recipients and consent requirements are read from attributes only where one is written. <c>ThirdParty</c> counts as a
    /// name of its own: <c>ConsentPurpose.ThirdPartySharing</c>, written by most projects that declare consent checks, is not
    /// a use of <c>[ThirdParty]</c>.
    /// </summary>
    [Theory]
    [InlineData("[ThirdParty] public interface IMailer { }", true)]
    [InlineData("[PiiAnalyzers.ThirdParty(ConsentPurpose.Marketing)] public interface IMailer { }", true)]
    [InlineData("[Obsolete, ThirdPartyAttribute(\"Mailchimp\")] public interface IMailer { }", true)]
    [InlineData("public interface IConsents { [ConsentCheck(ConsentPurpose.ThirdPartySharing)] bool Allows(); }", false)]
    [InlineData("public sealed class ThirdPartyOptions { }", false)]
    public void TheThirdPartyAttribute_IsFoundByItsOwnName(string code, bool found) =>
        Assert.Equal(found, (MarkerReach.Of(CSharpSyntaxTree.ParseText(code), CancellationToken.None) & MarkerReach.Words.ThirdParty) != 0);

    /// <summary>Options as a global config gives them, for every tree.</summary>
    private sealed class GlobalOptionsProvider(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
