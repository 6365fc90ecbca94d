using System.Collections.Immutable;
using System.Threading.Tasks;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using PiiAnalyzers.Tests.Rules.PII007;
using Xunit;
using static PiiAnalyzers.Tests.Rules.PII008.Pii008;

namespace PiiAnalyzers.Tests.Rules.PII008;

/// <summary>What PII008 must not report, and code it must survive.</summary>
public class NegativeTests
{
    [Fact]
    public Task WellFormedConsentChecksOfEveryShape() => new AnalyzerTest<PrivacyAttributeMisuseAnalyzer>
    {
        Sources =
        {
            Usings + Pii007.Consents + """
                class MoreConsents
                {
                    [ConsentCheck(ConsentPurpose.Marketing)] public ValueTask EnsureMarketingAsync(string customer) => default;
                    [ConsentCheck] public ValueTask<bool> HasAsync(ConsentPurpose purpose) => new ValueTask<bool>(true);
                    [ConsentCheck(ConsentPurpose.Marketing), RequiresConsent(ConsentPurpose.Diagnostics)] public bool MayMarket(string customer) => true;
                    [RequiresConsent(ConsentPurpose.Marketing)] public void SendNewsletter(string customer) { }
                    [RequiresConsent(ConsentPurpose.Marketing)] public MoreConsents() { }
                }
                """,
            DomainFixtures.Customer,
        },
    }.RunAsync();

    [Fact]
    public Task WellFormedMarkersAndRedactors() => VerifyAsync(DomainFixtures.Shop + """
        namespace Shop
        {
            using PiiAnalyzers;

            [PersonalData(PersonalDataKind.Name)]
            public class Person
            {
                [NotPersonalData("A surrogate key.")] public int Id { get; set; }
                [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
            }

            public record Signup([PersonalData(PersonalDataKind.Email)] string Email, [NotPersonalData("A campaign code.")] string Campaign);

            public static class MoreMasks
            {
                [Redactor] public static string KeepDomain(this string email) => email;
                [Redactor] public static Task<string> HashAsync(string value) => Task.FromResult("#");
            }

            public class Masker
            {
                [Redactor] public virtual string Hide(string value) => "***";
            }

            public class StrictMasker : Masker
            {
                public override string Hide(string value) => "#";
            }
        }
        """);

    [Fact]
    public Task AttributesOfTheSameNameInAnotherNamespaceAreNotThePackages() => VerifyAsync("""
        namespace Elsewhere
        {
            [AttributeUsage(AttributeTargets.All)] public sealed class ConsentCheckAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.All)] public sealed class RedactorAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.All)] public sealed class PersonalDataAttribute : Attribute { }

            class Misc
            {
                [ConsentCheck] public int Level() => 0;
                [Redactor] public void Forget() { }
                [PersonalData, PiiAnalyzers.NotPersonalData("fine")] public string Code { get; set; } = "";
            }
        }
        """);

    [Fact]
    public Task ThePackagesAttributesAreMatchedByNameInTheProjectsOwnCopies()
    {
        var test = new AnalyzerTest<PrivacyAttributeMisuseAnalyzer>
        {
            ReferenceAnnotations = false,
            TestCode = """
                namespace PiiAnalyzers
                {
                    public enum ConsentPurpose { ThirdPartySharing, Marketing }

                    [System.AttributeUsage(System.AttributeTargets.All)]
                    public sealed class ConsentCheckAttribute : System.Attribute
                    {
                        public ConsentCheckAttribute() { }
                        public ConsentCheckAttribute(ConsentPurpose purpose) { }
                    }

                    [System.AttributeUsage(System.AttributeTargets.All)] public sealed class RedactorAttribute : System.Attribute { }
                    [System.AttributeUsage(System.AttributeTargets.All)] public sealed class PersonalDataAttribute : System.Attribute { }
                    [System.AttributeUsage(System.AttributeTargets.All)]
                    public sealed class NotPersonalDataAttribute : System.Attribute { public NotPersonalDataAttribute(string reason) { } }
                }

                namespace Shop
                {
                    using PiiAnalyzers;

                    class Consents
                    {
                        [ConsentCheck] public bool Has(ConsentPurpose purpose) => true;
                        [ConsentCheck(ConsentPurpose.Marketing)] public void Ensure() { }
                        [{|#0:ConsentCheck|}] public int Level(ConsentPurpose purpose) => 0;
                        [{|#1:ConsentCheck|}] public bool Any() => true;
                        [ConsentCheck] public Consents() { }
                    }

                    static class Masks
                    {
                        [Redactor] public static string Mask(string value) => "***";
                        [{|#2:Redactor|}] public static void Forget(string value) { }
                    }

                    class Customer
                    {
                        [{|#3:PersonalData|}, NotPersonalData("fine")] public string Code { get; set; } = "";
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(At(0, "ConsentCheck", "Consents.Level", Say(NotBoolOrVoid, "int")));
        test.ExpectedDiagnostics.Add(At(1, "ConsentCheck", "Consents.Any", NoPurpose));
        test.ExpectedDiagnostics.Add(At(2, "Redactor", "Masks.Forget", RedactorIgnored));
        test.ExpectedDiagnostics.Add(At(3, "PersonalData", "Customer.Code", Say(Contradicts, "member")));
        return test.RunAsync();
    }

    [Fact]
    public async Task NothingIsRegisteredOrReportedWithoutTheAttributes()
    {
        const string Source = "class Masks { public static void Mask(string value) { } public int Level() => 0; }";
        const string Written = "class Masks { [PiiAnalyzers.Redactor] public static string Mask(string value) => \"***\"; public int Level() => 0; }";

        Assert.Equal(0, await SymbolActionsAsync(Source, annotations: false));

        // The attribute types visible are not enough: a privacy attribute must be written in the project's files.
        Assert.Equal(0, await SymbolActionsAsync(Source, annotations: true));
        Assert.NotEqual(0, await SymbolActionsAsync(Written, annotations: true));
    }

    /// <summary>How many symbol actions the analyzer registers for a compilation of the source (which it must not report on).</summary>
    private static async Task<int> SymbolActionsAsync(string source, bool annotations)
    {
        var compilation = CSharpCompilation.Create(
            "Markers",
            new[] { CSharpSyntaxTree.ParseText(source) },
            annotations ? TestReferences.Framework.Add(TestReferences.Annotations) : TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzer = new PrivacyAttributeMisuseAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer));

        Assert.Empty(await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None));
        AnalyzerTelemetryInfo telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        return telemetry.SymbolActionsCount;
    }

    [Fact]
    public Task HalfTypedAttributesAreLeftToTheCompiler() => VerifyAsync("""
        class Consents
        {
            [ConsentCheck(ConsentPurpose.{|CS0117:Markting|})] public bool MayMarket(string customer) => true;
            [ConsentCheck(ConsentPurpose.{|CS1001:)|}] public bool MayShare(string customer) => true;
            [{|CS1729:ConsentCheck(ConsentPurpose.Marketing, ConsentPurpose.Analytics)|}] public bool MayBoth(string customer) => true;
            [ConsentCheck({|CS1503:"Marketing"|})] public bool MayText(string customer) => true;
            [{|CS0246:{|CS0246:ConsentChek|}|}] public int Typo(string customer) => 0;
            [ConsentCheck(ConsentPurpose.Marketing), RequiresConsent(ConsentPurpose.{|CS0117:Markting|})] public bool Both(string customer) => true;
            [{|CS7036:RequiresConsent|}, ConsentCheck(ConsentPurpose.Marketing)] public bool NoRequirement(string customer) => true;
        }
        """);

    [Fact]
    public Task HalfTypedDeclarationsAreLeftToTheCompiler() => VerifyAsync("""
        class Consents
        {
            [ConsentCheck] public {|CS0246:Answer|} Check(string customer, ConsentPurpose purpose) => default!;
            [ConsentCheck] public Task<{|CS0246:Answer|}> CheckAsync(string customer, ConsentPurpose purpose) => default!;
            [ConsentCheck] public {|CS0246:Answer|}[] CheckAll(string customer, ConsentPurpose purpose) => default!;
            [{|CS0592:ConsentCheck|}] public {|CS1520:Check|}(string customer, ConsentPurpose purpose) { }
            [ConsentCheck] public {|CS0246:Level|} Purpose => default!;
            [ConsentCheck(ConsentPurpose.Marketing)] public bool Has(string customer, {|CS0246:Purpose|} purpose) => true;
            [ConsentCheck] public bool Typing(string customer, {|CS0246:ConsentPurpos|} purpose) => true;
            [ConsentCheck] public bool Has(string customer, ConsentPurpose {|CS1001:)|} => true;
        }

        static class Masks
        {
            [Redactor] public static {|CS0246:Masked|} Mask(string value) => default!;
            [Redactor] public static string Hide({|CS0246:Secret|} value) => "***";
        }
        """);

    [Fact]
    public Task GeneratedCodeIsNotAnalyzed()
    {
        var test = new AnalyzerTest<PrivacyAttributeMisuseAnalyzer>
        {
            EditorConfig = """
                root = true

                [Test1.cs]
                generated_code = true
                """,
        };
        test.Sources.Add("// <auto-generated/>\n" + Usings + """
            class Generated
            {
                [ConsentCheck] public int Level(ConsentPurpose purpose) => 0;
                [Redactor] public void Forget(string value) { }
            }
            """);
        test.Sources.Add("""
            class MarkedGenerated
            {
                [PiiAnalyzers.PersonalData, PiiAnalyzers.NotPersonalData("generated")] public string Code { get; set; } = "";
            }
            """);
        return test.RunAsync();
    }
}
