using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>Small operations on code actions and solutions shared by the code-fix checks.</summary>
internal static class CodeActions
{
    /// <summary>The actions a fixer offers for one diagnostic, nested actions flattened to the ones that apply.</summary>
    public static async Task<ImmutableArray<CodeAction>> OfferedAsync(
        CodeFixProvider fixer, Solution solution, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        Document document = solution.GetDocument(diagnostic.Location.SourceTree)
            ?? throw new Xunit.Sdk.XunitException($"No document holds the diagnostic {DiagnosticReport.Describe(diagnostic)}.");
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
        await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return Flatten(actions).ToImmutableArray();
    }

    /// <summary>The solution after the action's <see cref="ApplyChangesOperation"/>; the same solution if it has none.</summary>
    public static async Task<Solution> ApplyAsync(CodeAction action, Solution solution, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        return operations.OfType<ApplyChangesOperation>().LastOrDefault()?.ChangedSolution ?? solution;
    }

    /// <summary>Whether any document, additional document, document set or project differs in content.</summary>
    public static async Task<bool> HasChangesAsync(Solution before, Solution after, CancellationToken cancellationToken)
    {
        SolutionChanges changes = after.GetChanges(before);
        if (changes.GetAddedProjects().Any() || changes.GetRemovedProjects().Any())
        {
            return true;
        }

        foreach (ProjectChanges project in changes.GetProjectChanges())
        {
            if (project.GetAddedDocuments().Any() || project.GetRemovedDocuments().Any() ||
                project.GetAddedAdditionalDocuments().Any() || project.GetRemovedAdditionalDocuments().Any())
            {
                return true;
            }

            foreach (DocumentId id in project.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true).Concat(project.GetChangedAdditionalDocuments()))
            {
                var oldText = await (before.GetDocument(id) ?? before.GetAdditionalDocument(id))!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var newText = await (after.GetDocument(id) ?? after.GetAdditionalDocument(id))!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                if (!oldText.ContentEquals(newText))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static string Describe(CodeAction action) => $"'{action.Title}' (equivalence key {Quote(action.EquivalenceKey)})";

    public static string Quote(string? value) => value is null ? "null" : "'" + value + "'";

    /// <summary>The actions with nested actions replaced by the ones they nest, at any depth.</summary>
    public static IEnumerable<CodeAction> Flatten(IEnumerable<CodeAction> actions) =>
        actions.SelectMany(a => a.NestedActions.IsDefaultOrEmpty ? new[] { a } : Flatten(a.NestedActions));
}

/// <summary>The diagnostics Fix All asks for, from the same analyzer run as the rest of the test.</summary>
internal sealed class TestDiagnosticProvider : FixAllContext.DiagnosticProvider
{
    private readonly AnalyzerDriver _driver;

    public TestDiagnosticProvider(AnalyzerDriver driver) => _driver = driver;

    public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
        await _driver.GetDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false);

    public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
        (await _driver.GetDiagnosticsAsync(document.Project, cancellationToken).ConfigureAwait(false))
            .Where(d => d.Location.IsInSource && d.Location.SourceTree!.FilePath == document.FilePath);

    public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
        (await _driver.GetDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false)).Where(d => !d.Location.IsInSource);
}
