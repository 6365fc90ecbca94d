using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>One span of markup: <c>[|…|]</c> (no name), <c>{|ID:…|}</c> (a diagnostic id) or <c>{|#n:…|}</c> (a location).</summary>
internal sealed record MarkupSpan(string? Name, TextSpan Span)
{
    public bool IsLocation => Name is not null && Name.StartsWith('#');

    public int LocationKey => int.Parse(Name!.Substring(1), System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A source with its markup taken out.</summary>
internal sealed record MarkupResult(string Text, ImmutableArray<MarkupSpan> Spans);

/// <summary>
/// Parses the markup of Microsoft.CodeAnalysis.Testing: <c>[|…|]</c>, <c>{|PII001:…|}</c>, <c>{|CS0103:|}</c> and
/// <c>{|#0:…|}</c>, nested or empty. Malformed markup is a test failure that says where.
/// </summary>
internal static class MarkupParser
{
    public static MarkupResult Parse(string path, string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = ImmutableArray.CreateBuilder<MarkupSpan>();
        var open = new Stack<(string? Name, bool Brace, int Start, int MarkupOffset)>();
        int i = 0;
        while (i < markup.Length)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((null, false, text.Length, i));
                i += 2;
            }
            else if (At(markup, i, "{|"))
            {
                int colon = markup.IndexOf(':', i + 2);
                string? name = colon < 0 ? null : markup.Substring(i + 2, colon - i - 2);
                if (name is null || !IsValidName(name))
                {
                    throw Failure(path, markup, i, "'{|' must be followed by a diagnostic id or '#n' and ':', as in {|PII001:x|} or {|#0:x|}");
                }

                open.Push((name, true, text.Length, i));
                i = colon + 1;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                bool brace = markup[i + 1] == '}';
                string closer = brace ? "|}" : "|]";
                if (open.Count == 0)
                {
                    throw Failure(path, markup, i, $"'{closer}' closes no open markup");
                }

                var top = open.Pop();
                if (top.Brace != brace)
                {
                    (int line, int column) = Position(markup, top.MarkupOffset);
                    throw Failure(path, markup, i, $"'{closer}' does not close the '{(top.Brace ? "{|" : "[|")}' opened at ({line},{column})");
                }

                spans.Add(new MarkupSpan(top.Name, TextSpan.FromBounds(top.Start, text.Length)));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            var unclosed = open.Peek();
            throw Failure(path, markup, unclosed.MarkupOffset, $"'{(unclosed.Brace ? "{|" + unclosed.Name + ":" : "[|")}' is never closed");
        }

        return new MarkupResult(text.ToString(), spans.ToImmutable());
    }

    private static bool At(string s, int index, string token) => string.CompareOrdinal(s, index, token, 0, token.Length) == 0;

    private static bool IsValidName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        if (name[0] == '#')
        {
            return name.Length > 1 && name.Substring(1).All(char.IsAsciiDigit);
        }

        return (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
    }

    private static (int Line, int Column) Position(string markup, int offset)
    {
        int line = 1, column = 1;
        for (int i = 0; i < offset; i++)
        {
            if (markup[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }

    private static Xunit.Sdk.XunitException Failure(string path, string markup, int offset, string problem)
    {
        (int line, int column) = Position(markup, offset);
        return new Xunit.Sdk.XunitException($"Invalid markup in {path}({line},{column}): {problem}.");
    }
}
