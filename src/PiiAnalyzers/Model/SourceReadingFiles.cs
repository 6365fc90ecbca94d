using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiAnalyzers.Model;

/// <summary>
/// The files of a compilation that may read a framework source, for a project that marks nothing (where only those are
/// analysed): a file that names a source (<see cref="MarkerReach.Words.FrameworkSource"/>), and a file that names a helper
/// of the compilation that may return one, wherever that helper is declared (<c>HttpContext.GetClientIp()</c> in a
/// controller, the helper in an extensions file). A helper is a method with a result, or a property, whose declaration
/// names a source or another helper, in any file found so far; found by the words of the files' text, in at most
/// <see cref="MaxRounds"/> rounds (a helper of a helper of a helper), never by binding. A controller's actions are not
/// helpers: they answer requests, nobody calls them. Worked out once per compilation, from what each file declares
/// (read once per file).
/// </summary>
internal sealed class SourceReadingFiles
{
    /// <summary>How many helpers deep a source is looked for through names.</summary>
    private const int MaxRounds = 3;

    /// <summary>How many helper names are searched for at most: past that, every file of a project that reads a source counts.</summary>
    private const int MaxHelpers = 64;

    /// <summary>The declarations of each file that may be helpers: name and text.</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, List<(string Name, string Text)>> Declarations = new();

    private readonly HashSet<SyntaxTree>? _files;

    private SourceReadingFiles(HashSet<SyntaxTree>? files) => _files = files;

    /// <summary>Whether the file may read a framework source, itself or through a helper of the compilation.</summary>
    public bool Contains(SyntaxTree tree) => _files is null || _files.Contains(tree);

    public static SourceReadingFiles Of(Compilation compilation, CancellationToken cancellationToken)
    {
        var reading = new List<SyntaxTree>();
        var others = new List<SyntaxTree>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            (MarkerReach.NamesAFrameworkSource(tree, cancellationToken) ? reading : others).Add(tree);
        }

        var helpers = new HashSet<string>(System.StringComparer.Ordinal);
        List<string>? named = null;
        for (int round = 0; round < MaxRounds && others.Count > 0; round++)
        {
            // Every file found so far may declare a helper of what the last round named (an extensions file's second helper).
            var found = new List<string>();
            foreach (SyntaxTree tree in reading)
            {
                foreach ((string name, string text) in DeclarationsOf(tree, cancellationToken))
                {
                    if (!helpers.Contains(name) && (named is null ? MarkerReach.NamesAFrameworkSource(text) : NamesAny(text, named)))
                    {
                        helpers.Add(name);
                        found.Add(name);
                    }
                }
            }

            if (found.Count == 0)
            {
                break;
            }

            if (helpers.Count > MaxHelpers)
            {
                return new SourceReadingFiles(null);
            }

            for (int i = others.Count - 1; i >= 0; i--)
            {
                if (NamesAny(others[i].GetText(cancellationToken).ToString(), found))
                {
                    reading.Add(others[i]);
                    others.RemoveAt(i);
                }
            }

            named = found;
        }

        return new SourceReadingFiles(new HashSet<SyntaxTree>(reading));
    }

    private static List<(string Name, string Text)> DeclarationsOf(SyntaxTree tree, CancellationToken cancellationToken) =>
        Declarations.GetValue(tree, t => ReadDeclarations(t, cancellationToken));

    /// <summary>The methods with a result and the properties the file declares, but a controller's actions.</summary>
    private static List<(string Name, string Text)> ReadDeclarations(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var declarations = new List<(string Name, string Text)>();
        var text = tree.GetText(cancellationToken);
        foreach (SyntaxNode node in tree.GetRoot(cancellationToken).DescendantNodes(node => node is not (BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax)))
        {
            string? name = node switch
            {
                MethodDeclarationSyntax method when HasResult(method.ReturnType) && !IsAction(method) => method.Identifier.ValueText,
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                _ => null,
            };
            if (name is not null)
            {
                declarations.Add((name, text.ToString(node.Span)));
            }
        }

        return declarations;
    }

    /// <summary>Whether a method returns something a caller can log: not <c>void</c>, <c>Task</c> or <c>ValueTask</c>.</summary>
    private static bool HasResult(TypeSyntax returnType) => returnType switch
    {
        PredefinedTypeSyntax predefined => !predefined.Keyword.IsKind(SyntaxKind.VoidKeyword),
        IdentifierNameSyntax { Identifier.ValueText: "Task" or "ValueTask" } => false,
        QualifiedNameSyntax { Right: IdentifierNameSyntax { Identifier.ValueText: "Task" or "ValueTask" } } => false,
        _ => true,
    };

    /// <summary>
    /// A controller's or endpoint's action: a result type of MVC or minimal APIs (<c>IActionResult</c>, <c>ActionResult&lt;T&gt;</c>,
    /// <c>IResult</c>, <c>Task&lt;IActionResult&gt;</c>), an <c>[Http…]</c> attribute, or a public method of a <c>…Controller</c>.
    /// </summary>
    private static bool IsAction(MethodDeclarationSyntax method)
    {
        string returned = method.ReturnType.ToString();
        if (returned.Contains("Result"))
        {
            return true;
        }

        foreach (AttributeListSyntax list in method.AttributeLists)
        {
            foreach (AttributeSyntax attribute in list.Attributes)
            {
                string attributeName = attribute.Name.ToString();
                if (attributeName.StartsWith("Http", System.StringComparison.Ordinal) || attributeName.Contains(".Http"))
                {
                    return true;
                }
            }
        }

        return method.Parent is ClassDeclarationSyntax { Identifier.ValueText: var typeName } && typeName.EndsWith("Controller", System.StringComparison.Ordinal) &&
            method.Modifiers.Any(SyntaxKind.PublicKeyword) && !method.Modifiers.Any(SyntaxKind.StaticKeyword);
    }

    private static bool NamesAny(string text, List<string> names)
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
