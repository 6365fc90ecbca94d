using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Analysis;
using PiiAnalyzers.Flow;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using PiiAnalyzers.Tests.Rules.PII001;
using Xunit;

namespace PiiAnalyzers.Tests.Flow;

/// <summary>
/// The flow analysis is bounded: it converges in a few visits per block on large, branchy methods, and gives a
/// pathological method up (reporting nothing for it) at <see cref="MethodFlowAnalysis.MaxBlockVisits"/>.
/// Measured in block visits, which are deterministic, never in time.
/// </summary>
public class FlowBoundTests
{
    private const string Usings = "using System; using Microsoft.Extensions.Logging; using PiiAnalyzers; using Shop;\n";

    [Fact]
    public void HundredsOfBranchesAndDeepLoopsConvergeInAFewVisitsPerBlock()
    {
        var body = new StringBuilder("var text = \"\";\n");
        for (int i = 0; i < 300; i++)
        {
            body.Append($"if (n == {i}) {{ text = customer.Email; }} else if (n > {i * 7}) {{ text = \"x{i}\"; }}\n");
        }

        body.Append("for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) for (int c = 0; c < n; c++)\n");
        body.Append("for (int d = 0; d < n; d++) for (int e = 0; e < n; e++) for (int f = 0; f < n; f++) { if (f == a) text = customer.Name; }\n");
        body.Append("logger.LogInformation(\"{T}\", text);\n");

        (bool converged, int visits, int blocks, int reported) = Analyze(body.ToString());

        Assert.True(converged);
        Assert.Equal(1, reported);
        Assert.True(visits <= 4 * blocks, $"{visits} block visits for {blocks} blocks");
    }

    [Fact]
    public void APathologicalMethodIsGivenUpAtTheBound()
    {
        (bool converged, int visits, _, int reported) = Analyze(QuadraticChain());

        Assert.False(converged);
        Assert.Equal(0, reported);
        Assert.Equal(MethodFlowAnalysis.MaxBlockVisits + 1, visits);
    }

    [Fact]
    public Task TheAnalyzerReportsNothingForAMethodPastTheBoundAndGoesOnWithTheOthers()
    {
        return Pii001.VerifyAsync(
            Usings + "class C\n{\n    void Pathological(ILogger logger, Customer customer, int n)\n    {\n" + QuadraticChain() + "    }\n\n" +
            "    void Plain(ILogger logger, Customer customer) => logger.LogInformation(\"{E}\", {|#0:customer.Email|});\n}\n",
            Pii001.At(0, "Customer.Email", "Email", "LogInformation"));
    }

    [Fact]
    public void CancellationIsHonoured()
    {
        (ControlFlowGraph graph, PrivacyModel model, IMethodSymbol method, Compilation compilation) = Graph("logger.LogInformation(\"{E}\", customer.Email);");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<System.OperationCanceledException>(() =>
            MethodFlowAnalysis.Run(graph, model.Evaluator.WithParameters(FlowState.Empty, method.Parameters), model.Evaluator, new CountingObserver(model, compilation), cancelled.Token));
    }

    /// <summary>
    /// A method body where each pass over the loop moves the personal data one assignment further along a chain
    /// of 220 locals: the fixpoint needs a pass per link, far past the bound.
    /// </summary>
    private static string QuadraticChain()
    {
        const int length = 220;
        var body = new StringBuilder("var v0 = customer.Email;\n");
        for (int i = 1; i <= length; i++)
        {
            body.Append($"var v{i} = \"\";\n");
        }

        body.Append("while (n > 0) {\n");
        for (int i = length; i >= 1; i--)
        {
            body.Append($"v{i} = v{i - 1}; if (n == {i}) {{ n--; }}\n");
        }

        return body.Append("}\nlogger.LogInformation(\"{V}\", v" + length + ");\n").ToString();
    }

    private static (bool Converged, int Visits, int Blocks, int Reported) Analyze(string body)
    {
        (ControlFlowGraph graph, PrivacyModel model, IMethodSymbol method, Compilation compilation) = Graph(body);
        var observer = new CountingObserver(model, compilation);
        bool converged = MethodFlowAnalysis.Run(graph, model.Evaluator.WithParameters(FlowState.Empty, method.Parameters), model.Evaluator, observer, CancellationToken.None, out int visits);
        return (converged, visits, graph.Blocks.Length, observer.Leaks);
    }

    private static (ControlFlowGraph Graph, PrivacyModel Model, IMethodSymbol Method, Compilation Compilation) Graph(string body)
    {
        string source = Usings + "class C\n{\n    void M(ILogger logger, Customer customer, int n)\n    {\n" + body + "    }\n}\n" + DomainFixtures.Shop;
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12));
        var compilation = CSharpCompilation.Create(
            "Bound",
            new[] { tree },
            TestReferences.Framework.Concat(TestReferences.Libraries).Append(TestReferences.Annotations),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        SemanticModel semanticModel = compilation.GetSemanticModel(tree);
        MethodDeclarationSyntax declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First();
        var operation = (IMethodBodyOperation)semanticModel.GetOperation(declaration)!;
        return (ControlFlowGraph.Create(operation), PrivacyModel.For(compilation, new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray<AdditionalText>.Empty), CancellationToken.None)!, semanticModel.GetDeclaredSymbol(declaration)!, compilation);
    }

    /// <summary>Counts the PII001 leaks the analysis shows, as the rule would report them.</summary>
    private sealed class CountingObserver : IFlowObserver
    {
        private readonly PrivacyModel _model;
        private readonly Sinks.LogSinkCatalog _sinks;
        private readonly System.Collections.Generic.List<Leak> _leaks = new();

        public CountingObserver(PrivacyModel model, Compilation compilation)
        {
            _model = model;
            _sinks = new Sinks.LogSinkCatalog(compilation, PiiAnalyzers.Configuration.PrivacyConfiguration.Empty);
        }

        public int Leaks => _leaks.Count;

        public bool WatchesWithin(SyntaxNode function) => true;

        public void OnCall(IOperation call, FlowState state)
        {
            if (_sinks.Recognize(call) is { } sink)
            {
                foreach (Sinks.SinkArgument argument in sink.Arguments)
                {
                    LeakFinder.Find(_model.Evaluator, argument, state, _leaks);
                }
            }
        }
    }
}
