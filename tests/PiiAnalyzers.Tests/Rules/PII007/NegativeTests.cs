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
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII007;

/// <summary>What PII007 must not report, and code it must survive.</summary>
public class NegativeTests
{
    [Fact]
    public Task TestedAnswersAreUsed() => Pii007.VerifyAsync("""
        class C
        {
            bool Stored(Consents consents, Customer customer)
            {
                if (consents.Has(customer, ConsentPurpose.Marketing)) { Send(customer); }
                if (!consents.Has(customer, ConsentPurpose.Marketing)) return false;
                var ok = consents.Has(customer, ConsentPurpose.Analytics);
                bool both = consents.Has(customer, ConsentPurpose.Marketing) && consents.MayMarket(customer);
                bool either = consents.Has(customer, ConsentPurpose.Marketing) || Consents.Given(customer, ConsentPurpose.Marketing);
                Remember(consents.Has(customer, ConsentPurpose.Transfer));
                var text = consents.Has(customer, ConsentPurpose.Transfer) ? "yes" : "no";
                ok = consents.Has(customer, ConsentPurpose.Diagnostics);
                ok &= customer.Allows(ConsentPurpose.Diagnostics);
                System.Diagnostics.Debug.Assert(consents.Has(customer, ConsentPurpose.Diagnostics));
                return consents.Has(customer, ConsentPurpose.Marketing) && ok && both && either && text.Length > 0;
            }

            bool Arrow(IConsentStore store, Customer customer) => store.Has(customer, ConsentPurpose.Marketing);

            async Task<bool> Awaited(Consents consents, Customer customer)
            {
                if (await consents.HasAsync(customer, ConsentPurpose.Marketing)) { Send(customer); }
                var ok = await consents.HasNowAsync(customer, ConsentPurpose.Marketing).ConfigureAwait(false);
                Task<bool> pending = consents.HasAsync(customer, ConsentPurpose.Analytics);
                return ok && await pending;
            }

            Task<bool> Forwarded(Consents consents, Customer customer) => consents.HasAsync(customer, ConsentPurpose.Marketing);

            Func<bool> Deferred(Consents consents, Customer customer) => () => consents.Has(customer, ConsentPurpose.Marketing);

            void Send(Customer customer) { }

            void Remember(bool answer) { }
        }
        """);

    [Fact]
    public Task VoidChecksAnswerByReturning() => Pii007.VerifyAsync("""
        class C
        {
            async Task M(Consents consents, Customer customer)
            {
                consents.Ensure(customer, ConsentPurpose.Marketing);
                await consents.EnsureAsync(customer, ConsentPurpose.Marketing);
                await consents.EnsureAsync(customer, ConsentPurpose.Marketing).ConfigureAwait(false);
                _ = consents.EnsureAsync(customer, ConsentPurpose.Analytics);
            }

            void Arrow(Consents consents, Customer customer) => consents.Ensure(customer, ConsentPurpose.Marketing);
        }
        """);

    [Fact]
    public Task OtherBoolMethodsAndPropertiesAreNotChecks() => Pii007.VerifyAsync("""
        class C
        {
            async Task M(Consents consents, Customer customer, System.Collections.Generic.HashSet<int> seen)
            {
                consents.IsActive(customer);
                _ = consents.IsActive(customer);
                await consents.IsActiveAsync(customer);
                seen.Add(customer.Id);
                _ = consents.AnalyticsAllowed;
                var allowed = consents.AnalyticsAllowed;
                int.TryParse("1", out _);
            }
        }
        """);

    [Fact]
    public Task ThePackagesAttributesAreMatchedByNameInTheProjectsOwnCopies()
    {
        var test = new AnalyzerTest<ConsentCheckResultIgnoredAnalyzer>
        {
            ReferenceAnnotations = false,
            TestCode = """
                namespace PiiAnalyzers
                {
                    public enum ConsentPurpose { ThirdPartySharing, Marketing }

                    [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Property)]
                    public sealed class ConsentCheckAttribute : System.Attribute { }
                }

                class Consents
                {
                    [PiiAnalyzers.ConsentCheck] public bool Has(PiiAnalyzers.ConsentPurpose purpose) => true;
                    [PiiAnalyzers.ConsentCheck] public void Ensure(PiiAnalyzers.ConsentPurpose purpose) { }
                }

                class C
                {
                    void M(Consents consents)
                    {
                        {|#0:consents.Has(PiiAnalyzers.ConsentPurpose.Marketing)|};
                        consents.Ensure(PiiAnalyzers.ConsentPurpose.Marketing);
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Pii007.At(0, "Has"));
        return test.RunAsync();
    }

    [Fact]
    public Task AnAttributeOfTheSameNameInAnotherNamespaceIsNotAConsentCheck() => Pii007.VerifyAsync("""
        namespace Elsewhere
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class ConsentCheckAttribute : System.Attribute { }

            class Consents
            {
                [ConsentCheck] public bool Has(Customer customer) => true;

                void M(Customer customer) => Has(customer);
            }
        }
        """);

    [Fact]
    public Task NothingIsReportedWithoutTheAttributes()
    {
        var test = new AnalyzerTest<ConsentCheckResultIgnoredAnalyzer>
        {
            ReferenceAnnotations = false,
            TestCode = """
                class Consents
                {
                    public bool Has(int purpose) => true;

                    void M() => Has(1);
                }
                """,
        };
        return test.RunAsync();
    }

    [Fact]
    public async Task NothingIsRegisteredWithoutTheAttributes()
    {
        const string Source = "class Consents { public bool Has(int p) => true; void M() => Has(1); }";
        const string Declared = "class Consents { [PiiAnalyzers.ConsentCheck] public bool Has(PiiAnalyzers.ConsentPurpose p) => true; bool M() => Has(0); }";

        Assert.Equal(0, await OperationActionsAsync(Source, annotations: false));

        // The attribute type visible is not enough: a consent check must be declared somewhere in reach.
        Assert.Equal(0, await OperationActionsAsync(Source, annotations: true));
        Assert.Equal(2, await OperationActionsAsync(Declared, annotations: true));
    }

    /// <summary>How many operation actions the analyzer registers for a compilation of the source.</summary>
    private static async Task<int> OperationActionsAsync(string source, bool annotations)
    {
        var compilation = CSharpCompilation.Create(
            "Consent",
            new[] { CSharpSyntaxTree.ParseText(source) },
            annotations ? TestReferences.Framework.Add(TestReferences.Annotations) : TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzer = new ConsentCheckResultIgnoredAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer));

        Assert.Empty(await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None));
        AnalyzerTelemetryInfo telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        return telemetry.OperationActionsCount;
    }

    [Fact]
    public Task HalfTypedCodeDoesNotThrow() => Pii007.VerifyAsync("""
        class C
        {
            void M(Consents consents, Customer customer)
            {
                {|#0:consents.Has(customer, ConsentPurpose.Marketing)|}{|CS1002:|}
                consents.Has(customer, ConsentPurpose.{|CS1001:)|};
                consents.{|CS7036:Has|}(customer);
                consents.{|CS1061:Hass|}(customer, ConsentPurpose.Marketing);
                {|CS0103:unknown|}.Has(customer, ConsentPurpose.Marketing);
                _ = consents.Has({|CS0103:nobody|}, ConsentPurpose.Marketing);
                {|CS0201:consents.AnalyticsAllowed|};
                {|CS4033:await {|#1:consents.HasAsync(customer, ConsentPurpose.Marketing)|}|};
            }
        }
        """, Pii007.At(0, "Has"), Pii007.At(1, "HasAsync"));

    [Fact]
    public Task GeneratedCodeIsNotAnalyzed()
    {
        var test = new AnalyzerTest<ConsentCheckResultIgnoredAnalyzer>
        {
            EditorConfig = """
                root = true

                [Test1.cs]
                generated_code = true
                """,
        };
        test.Sources.Add("// <auto-generated/>\n" + Pii007.Usings + """
            class Generated
            {
                void M(Consents consents, Customer customer) => consents.Has(customer, ConsentPurpose.Marketing);
            }
            """ + Pii007.Consents);
        test.Sources.Add("""
            class MarkedGenerated
            {
                void M(Privacy.Consents consents, Shop.Customer customer) => consents.Has(customer, PiiAnalyzers.ConsentPurpose.Marketing);
            }
            """);
        test.Sources.Add(DomainFixtures.Customer);
        return test.RunAsync();
    }
}
