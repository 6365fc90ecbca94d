using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>
/// Applies a code fix the way the IDE does: the offered actions checked (equivalence keys present and unique,
/// none a no-op), then the chosen action applied one diagnostic at a time until nothing fixable is left, and
/// Fix All in Document, Project and Solution scope.
/// </summary>
internal sealed class CodeFixRunner
{
    public const int MaxFixAllRounds = 3;

    private readonly AnalyzerDriver _driver;
    private readonly CodeFixProvider _fixer;
    private readonly ImmutableArray<ProjectId> _projectIds;
    private readonly ImmutableHashSet<string> _fixableIds;
    private readonly string? _equivalenceKey;
    private readonly int? _actionIndex;

    public CodeFixRunner(AnalyzerDriver driver, CodeFixProvider fixer, ImmutableArray<ProjectId> projectIds, string? equivalenceKey, int? actionIndex)
    {
        _driver = driver;
        _fixer = fixer;
        _projectIds = projectIds;
        _fixableIds = fixer.FixableDiagnosticIds.ToImmutableHashSet();
        _equivalenceKey = equivalenceKey;
        _actionIndex = actionIndex;
    }

    public async Task<ImmutableArray<Diagnostic>> FixableDiagnosticsAsync(Solution solution, CancellationToken cancellationToken) =>
        (await _driver.GetDiagnosticsAsync(solution, _projectIds, cancellationToken).ConfigureAwait(false))
            .Where(d => _fixableIds.Contains(d.Id) && d.Location.IsInSource)
            .ToImmutableArray();

    /// <summary>Every action offered for a diagnostic has a unique, non-null equivalence key and changes something.</summary>
    public async Task CheckOfferedActionsAsync(Solution solution, CancellationToken cancellationToken)
    {
        foreach (Diagnostic diagnostic in await FixableDiagnosticsAsync(solution, cancellationToken).ConfigureAwait(false))
        {
            var actions = await CodeActions.OfferedAsync(_fixer, solution, diagnostic, cancellationToken).ConfigureAwait(false);
            string where = $"offered by {_fixer.GetType().Name} for {DiagnosticReport.Describe(diagnostic)}";
            if (actions.FirstOrDefault(a => a.EquivalenceKey is null) is { } unkeyed)
            {
                throw new Xunit.Sdk.XunitException($"The code action {CodeActions.Describe(unkeyed)} {where} has no equivalence key; Fix All needs one.");
            }

            if (actions.GroupBy(a => a.EquivalenceKey).FirstOrDefault(g => g.Count() > 1) is { } duplicates)
            {
                throw new Xunit.Sdk.XunitException(
                    $"The code actions {string.Join(" and ", duplicates.Select(a => "'" + a.Title + "'"))} {where} share the equivalence key " +
                    $"'{duplicates.Key}'; the keys of the actions offered for one diagnostic must be unique.");
            }

            foreach (CodeAction action in actions)
            {
                Solution changed = await CodeActions.ApplyAsync(action, solution, cancellationToken).ConfigureAwait(false);
                if (!await CodeActions.HasChangesAsync(solution, changed, cancellationToken).ConfigureAwait(false))
                {
                    throw new Xunit.Sdk.XunitException($"The code action {CodeActions.Describe(action)} {where} changes nothing.");
                }
            }
        }
    }

    /// <summary>
    /// Applies the chosen action to the first diagnostic that offers it, re-analyzes, and repeats; more fixes than
    /// the initial fixable diagnostics + 1 is a failure.
    /// </summary>
    public async Task<(Solution Solution, CodeAction? FirstAction, int Applied)> FixOneByOneAsync(Solution original, CancellationToken cancellationToken)
    {
        int limit = (await FixableDiagnosticsAsync(original, cancellationToken).ConfigureAwait(false)).Length + 1;
        Solution solution = original;
        CodeAction? first = null;
        for (int applied = 0; ; applied++)
        {
            (Diagnostic Diagnostic, CodeAction Action)? next = null;
            foreach (Diagnostic diagnostic in await FixableDiagnosticsAsync(solution, cancellationToken).ConfigureAwait(false))
            {
                if (Choose(await CodeActions.OfferedAsync(_fixer, solution, diagnostic, cancellationToken).ConfigureAwait(false)) is { } action)
                {
                    next = (diagnostic, action);
                    break;
                }
            }

            if (next is not { } step)
            {
                return (solution, first, applied);
            }

            if (applied == limit)
            {
                throw new Xunit.Sdk.XunitException(
                    $"The code fix does not converge: after {applied} fixes (the initial fixable diagnostics + 1) the action " +
                    $"{CodeActions.Describe(step.Action)} is still offered for {DiagnosticReport.Describe(step.Diagnostic)}.");
            }

            Solution changed = await CodeActions.ApplyAsync(step.Action, solution, cancellationToken).ConfigureAwait(false);
            if (!await CodeActions.HasChangesAsync(solution, changed, cancellationToken).ConfigureAwait(false))
            {
                throw new Xunit.Sdk.XunitException(
                    $"The code action {CodeActions.Describe(step.Action)} for {DiagnosticReport.Describe(step.Diagnostic)} changes nothing.");
            }

            first ??= step.Action;
            solution = changed;
        }
    }

    /// <summary>Fix All in one scope from the original solution, repeated while it changes something (at most 3 rounds).</summary>
    public async Task<Solution> FixAllAsync(
        Solution original, FixAllProvider provider, FixAllScope scope, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var diagnostics = new TestDiagnosticProvider(_driver);
        Solution solution = original;
        for (int round = 0; round < MaxFixAllRounds; round++)
        {
            var fixable = await FixableDiagnosticsAsync(solution, cancellationToken).ConfigureAwait(false);
            if (fixable.IsEmpty)
            {
                break;
            }

            Solution before = solution;
            if (scope == FixAllScope.Document)
            {
                foreach (DocumentId id in _projectIds.SelectMany(p => solution.GetProject(p)!.DocumentIds).ToList())
                {
                    Document document = solution.GetDocument(id)!;
                    var inDocument = await diagnostics.GetDocumentDiagnosticsAsync(document, cancellationToken).ConfigureAwait(false);
                    if (inDocument.Any(d => _fixableIds.Contains(d.Id)))
                    {
                        solution = await ApplyAsync(provider, new FixAllContext(
                            document, _fixer, scope, equivalenceKey, _fixableIds, diagnostics, cancellationToken), solution, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            else if (scope == FixAllScope.Project)
            {
                foreach (ProjectId id in _projectIds)
                {
                    Project project = solution.GetProject(id)!;
                    var inProject = await diagnostics.GetAllDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false);
                    if (inProject.Any(d => _fixableIds.Contains(d.Id) && d.Location.IsInSource))
                    {
                        solution = await ApplyAsync(provider, new FixAllContext(
                            project, _fixer, scope, equivalenceKey, _fixableIds, diagnostics, cancellationToken), solution, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            else
            {
                ProjectId first = solution.GetDocument(fixable[0].Location.SourceTree)!.Project.Id;
                solution = await ApplyAsync(provider, new FixAllContext(
                    solution.GetProject(first)!, _fixer, scope, equivalenceKey, _fixableIds, diagnostics, cancellationToken), solution, cancellationToken).ConfigureAwait(false);
            }

            if (!await CodeActions.HasChangesAsync(before, solution, cancellationToken).ConfigureAwait(false))
            {
                break;
            }
        }

        return solution;
    }

    private static async Task<Solution> ApplyAsync(FixAllProvider provider, FixAllContext context, Solution solution, CancellationToken cancellationToken)
    {
        CodeAction? action = await provider.GetFixAsync(context).ConfigureAwait(false);
        return action is null ? solution : await CodeActions.ApplyAsync(action, solution, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The action by equivalence key, else by index, else the first.</summary>
    private CodeAction? Choose(ImmutableArray<CodeAction> actions)
    {
        if (_equivalenceKey is not null)
        {
            return actions.FirstOrDefault(a => a.EquivalenceKey == _equivalenceKey);
        }

        if (_actionIndex is { } index)
        {
            return index < actions.Length ? actions[index] : null;
        }

        return actions.FirstOrDefault();
    }
}
