using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Tests.HarnessTests;

/// <summary>Test fixers of TEST001: each offers the actions <see cref="Actions"/> describes, by text replacement of the span.</summary>
public abstract class TestFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(BadIdentifierAnalyzer.Rule.Id);

    /// <summary>The offered actions: title, equivalence key, replacement of the diagnostic's span (null: change nothing).</summary>
    protected abstract IEnumerable<(string Title, string? Key, string? Replacement)> Actions { get; }

    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            foreach (var (title, key, replacement) in Actions)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => Replace(context.Document, diagnostic.Location.SourceSpan, replacement), key),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> Replace(Document document, TextSpan span, string? replacement)
    {
        if (replacement is null)
        {
            return document;
        }

        SourceText text = await document.GetTextAsync().ConfigureAwait(false);
        return document.WithText(text.Replace(span, replacement));
    }
}

/// <summary>Renames <c>Bad</c> to <c>Good</c> (key RenameToGood) or <c>Fine</c> (key RenameToFine).</summary>
public sealed class RenameFixer : TestFixer
{
    protected override IEnumerable<(string, string?, string?)> Actions =>
        new[] { ("Rename to Good", "RenameToGood", "Good"), ("Rename to Fine", (string?)"RenameToFine", (string?)"Fine") };
}

/// <summary>Offers a real rename and an action that changes nothing.</summary>
public sealed class NoOpFixer : TestFixer
{
    protected override IEnumerable<(string, string?, string?)> Actions =>
        new[] { ("Rename to Good", "RenameToGood", "Good"), ("Do nothing", (string?)"NoOp", (string?)null) };
}

/// <summary>Offers two actions with the same equivalence key.</summary>
public sealed class DuplicateKeyFixer : TestFixer
{
    protected override IEnumerable<(string, string?, string?)> Actions =>
        new[] { ("Rename to Good", "Same", "Good"), ("Rename to Fine", (string?)"Same", (string?)"Fine") };
}

/// <summary>Offers an action without an equivalence key.</summary>
public sealed class NullKeyFixer : TestFixer
{
    protected override IEnumerable<(string, string?, string?)> Actions => new[] { ("Rename to Good", (string?)null, (string?)"Good") };
}

/// <summary>Produces code that does not compile.</summary>
public sealed class BrokenFixer : TestFixer
{
    protected override IEnumerable<(string, string?, string?)> Actions => new[] { ("Break it", (string?)"Break", (string?)"Good(") };
}

/// <summary>Keeps the diagnostic: puts a comment before <c>Bad</c>, forever.</summary>
public sealed class CommentingFixer : TestFixer
{
    protected override IEnumerable<(string, string?, string?)> Actions => new[] { ("Comment", (string?)"Comment", (string?)"/**/Bad") };
}

/// <summary>Renames, but has no Fix All provider.</summary>
public sealed class NoFixAllFixer : TestFixer
{
    protected override IEnumerable<(string, string?, string?)> Actions => new[] { ("Rename to Good", (string?)"RenameToGood", (string?)"Good") };

    public override FixAllProvider? GetFixAllProvider() => null;
}

/// <summary>
/// A hand-written Fix All provider renaming every TEST001 in the scope to <c>name</c>, through the context's
/// diagnostic provider; <c>brokenScope</c> makes it fix nothing in Project scope or only the main project
/// (TestProject) in Solution scope; <c>record</c> sees every scope it runs in.
/// </summary>
public sealed class RenameAllProvider : FixAllProvider
{
    private readonly string _name;
    private readonly FixAllScope? _brokenScope;
    private readonly Action<FixAllScope>? _record;

    public RenameAllProvider(string name, FixAllScope? brokenScope = null, Action<FixAllScope>? record = null)
    {
        _name = name;
        _brokenScope = brokenScope;
        _record = record;
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
    {
        _record?.Invoke(context.Scope);
        if (context.Scope == FixAllScope.Project && _brokenScope == FixAllScope.Project)
        {
            return null;
        }

        IEnumerable<Document> documents = context.Scope switch
        {
            FixAllScope.Document => new[] { context.Document! },
            FixAllScope.Solution when _brokenScope == FixAllScope.Solution => context.Solution.Projects.Where(p => p.Name == "TestProject").SelectMany(p => p.Documents),
            FixAllScope.Solution => context.Solution.Projects.SelectMany(p => p.Documents),
            _ => context.Project.Documents,
        };
        Solution solution = context.Solution;
        foreach (Document document in documents.ToList())
        {
            var diagnostics = await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
            if (diagnostics.IsEmpty)
            {
                continue;
            }

            SourceText text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            solution = solution.WithDocumentText(document.Id, text.WithChanges(diagnostics.Select(d => new TextChange(d.Location.SourceSpan, _name))));
        }

        return CodeAction.Create("Fix all", _ => Task.FromResult(solution), context.CodeActionEquivalenceKey);
    }
}

/// <summary>Renames to Good one by one, but its Fix All renames to Batch.</summary>
public sealed class DifferentBatchFixer : TestFixer
{
    protected override IEnumerable<(string, string?, string?)> Actions => new[] { ("Rename to Good", (string?)"RenameToGood", (string?)"Good") };

    public override FixAllProvider? GetFixAllProvider() => new RenameAllProvider("Batch");
}

/// <summary>Renames to Good, with a Fix All that fixes nothing in Project scope.</summary>
public sealed class ProjectScopeBugFixer : TestFixer
{
    protected override IEnumerable<(string, string?, string?)> Actions => new[] { ("Rename to Good", (string?)"RenameToGood", (string?)"Good") };

    public override FixAllProvider? GetFixAllProvider() => new RenameAllProvider("Good", FixAllScope.Project);
}

/// <summary>Renames to Good, with a Fix All that in Solution scope fixes only the main project.</summary>
public sealed class SolutionScopeBugFixer : TestFixer
{
    protected override IEnumerable<(string, string?, string?)> Actions => new[] { ("Rename to Good", (string?)"RenameToGood", (string?)"Good") };

    public override FixAllProvider? GetFixAllProvider() => new RenameAllProvider("Good", FixAllScope.Solution);
}

/// <summary>Renames to Good, with a correct hand-written Fix All that records the scopes it runs in (used by one test only).</summary>
public sealed class RecordingFixer : TestFixer
{
    public static readonly System.Collections.Concurrent.ConcurrentQueue<FixAllScope> Scopes = new();

    protected override IEnumerable<(string, string?, string?)> Actions => new[] { ("Rename to Good", (string?)"RenameToGood", (string?)"Good") };

    public override FixAllProvider? GetFixAllProvider() => new RenameAllProvider("Good", record: Scopes.Enqueue);
}

/// <summary>
/// Renames <c>Bad</c> to the content of the additional file <c>Names.txt</c>, else to the editorconfig option
/// <c>test_fix_name</c>, else to <c>Good</c>: the fixer sees the project's additional files and config.
/// </summary>
public sealed class OptionNamedFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(BadIdentifierAnalyzer.Rule.Id);

    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Document document = context.Document;
        AnalyzerOptions options = document.Project.AnalyzerOptions;
        SyntaxTree tree = (await document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false))!;
        string name = options.AdditionalFiles.FirstOrDefault(f => f.Path.EndsWith("Names.txt", StringComparison.Ordinal))?.GetText()?.ToString().Trim()
            ?? (options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue("test_fix_name", out var configured) ? configured : "Good");
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Rename to " + name,
                    async ct => document.WithText((await document.GetTextAsync(ct).ConfigureAwait(false)).Replace(diagnostic.Location.SourceSpan, name)),
                    "RenameFromOptions"),
                diagnostic);
        }
    }
}
