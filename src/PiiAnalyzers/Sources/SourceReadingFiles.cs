using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Sources;

/// <summary>
/// The files of a compilation that may read a framework source, for a project that marks nothing (where only those are
/// analysed): a file that names a source (<see cref="MarkerReach.Words.FrameworkSource"/>), and a file that names a helper
/// of the compilation that may return one, wherever that helper is declared (<c>HttpContext.GetClientIp()</c> in a
/// controller, the helper in an extensions file). A helper is a method with a result, or a property, whose declaration
/// names a source or an earlier helper; found by the words of the files' text, in at most <see cref="MaxRounds"/> rounds
/// (a helper of a helper of a helper), never by binding. Worked out once per compilation.
/// </summary>
internal sealed class SourceReadingFiles
{
    /// <summary>How many helpers deep a source is looked for through names.</summary>
    private const int MaxRounds = 3;

    /// <summary>How many helper names are searched for at most: past that, every file of a project that reads a source counts.</summary>
    private const int MaxHelpers = 64;

    private readonly HashSet<SyntaxTree>? _files;

    private SourceReadingFiles(HashSet<SyntaxTree>? files) => _files = files;

    /// <summary>Whether the file may read a framework source, itself or through a helper of the compilation.</summary>
    public bool Contains(SyntaxTree tree) => _files is null || _files.Contains(tree);

    public static SourceReadingFiles Of(Compilation compilation, CancellationToken cancellationToken)
    {
        var reading = new HashSet<SyntaxTree>();
        var others = new List<(SyntaxTree Tree, string Text)>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if ((MarkerReach.Of(tree, cancellationToken) & MarkerReach.Words.FrameworkSource) != 0)
            {
                reading.Add(tree);
            }
            else
            {
                others.Add((tree, tree.GetText(cancellationToken).ToString()));
            }
        }

        var helpers = new HashSet<string>(System.StringComparer.Ordinal);
        List<SyntaxTree> frontier = new(reading);
        for (int round = 0; round < MaxRounds && frontier.Count > 0 && others.Count > 0; round++)
        {
            var named = new List<string>();
            foreach (SyntaxTree tree in frontier)
            {
                foreach (string helper in HelpersIn(tree, round == 0 ? null : helpers, cancellationToken))
                {
                    if (helpers.Add(helper))
                    {
                        named.Add(helper);
                    }
                }
            }

            if (helpers.Count > MaxHelpers)
            {
                return new SourceReadingFiles(null);
            }

            frontier = new List<SyntaxTree>();
            for (int i = others.Count - 1; i >= 0; i--)
            {
                if (NamesAny(others[i].Text, named))
                {
                    frontier.Add(others[i].Tree);
                    reading.Add(others[i].Tree);
                    others.RemoveAt(i);
                }
            }
        }

        return new SourceReadingFiles(reading);
    }

    /// <summary>
    /// The names of the methods with a result and the properties declared in the file whose declaration names a source
    /// (<paramref name="helpers"/> is <see langword="null"/>) or one of the helpers.
    /// </summary>
    private static IEnumerable<string> HelpersIn(SyntaxTree tree, HashSet<string>? helpers, CancellationToken cancellationToken)
    {
        SourceText text = tree.GetText(cancellationToken);
        foreach (SyntaxNode node in tree.GetRoot(cancellationToken).DescendantNodes(node => node is not (BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax)))
        {
            string? name = node switch
            {
                MethodDeclarationSyntax method when HasResult(method.ReturnType) => method.Identifier.ValueText,
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                _ => null,
            };
            if (name is null)
            {
                continue;
            }

            string declaration = text.ToString(node.Span);
            if (helpers is null ? MarkerReach.NamesAFrameworkSource(declaration) : NamesAny(declaration, helpers))
            {
                yield return name;
            }
        }
    }

    /// <summary>Whether a method returns something a caller can log: not <c>void</c>, <c>Task</c> or <c>ValueTask</c>.</summary>
    private static bool HasResult(TypeSyntax returnType) => returnType switch
    {
        PredefinedTypeSyntax predefined => !predefined.Keyword.IsKind(SyntaxKind.VoidKeyword),
        IdentifierNameSyntax { Identifier.ValueText: "Task" or "ValueTask" } => false,
        QualifiedNameSyntax { Right: IdentifierNameSyntax { Identifier.ValueText: "Task" or "ValueTask" } } => false,
        _ => true,
    };

    private static bool NamesAny(string text, IEnumerable<string> names)
    {
        foreach (string name in names)
        {
            if (MarkerReach.ContainsWord(text, name))
            {
                return true;
            }
        }

        return false;
    }
}
