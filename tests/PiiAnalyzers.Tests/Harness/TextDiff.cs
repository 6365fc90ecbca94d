using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>
/// A line diff of an expected and an actual text: <c>-</c> lines only expected, <c>+</c> lines only actual.
/// Changed lines show <c>\r</c>, tabs and trailing spaces, so whitespace differences are visible.
/// </summary>
internal static class TextDiff
{
    public static string Format(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        int[,] lcs = new int[e.Length + 1, a.Length + 1];
        for (int i = e.Length - 1; i >= 0; i--)
        {
            for (int j = a.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = e[i] == a[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var text = new StringBuilder("  (- expected, + actual)").AppendLine();
        int x = 0, y = 0;
        while (x < e.Length || y < a.Length)
        {
            if (x < e.Length && y < a.Length && e[x] == a[y])
            {
                text.AppendLine($"  {x + 1,4} | {e[x].TrimEnd('\r')}");
                x++;
                y++;
            }
            else if (x < e.Length && (y == a.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                text.AppendLine($"- {x + 1,4} | {Visible(e[x])}");
                x++;
            }
            else
            {
                text.AppendLine($"+ {y + 1,4} | {Visible(a[y])}");
                y++;
            }
        }

        return text.ToString();
    }

    private static string Visible(string line)
    {
        string body = line.TrimEnd('\r', ' ', '\t');
        string tail = line.Substring(body.Length).Replace("\r", "\\r", StringComparison.Ordinal).Replace(' ', '·').Replace("\t", "\\t", StringComparison.Ordinal);
        return body.Replace("\t", "\\t", StringComparison.Ordinal) + tail;
    }

    /// <summary>Compares the expected files (path, text) with the actual ones; null when they are the same.</summary>
    public static string? CompareFiles(IReadOnlyList<(string Path, string Text)> expected, IReadOnlyList<(string Path, string Text)> actual)
    {
        var text = new StringBuilder();
        foreach (var (path, expectedText) in expected)
        {
            var match = actual.Where(d => d.Path == path).Select(d => d.Text).FirstOrDefault();
            if (match is null)
            {
                text.AppendLine($"{path}: expected, but the solution has no such document.");
            }
            else if (match != expectedText)
            {
                text.AppendLine($"{path}:").Append(Format(expectedText, match));
            }
        }

        foreach (var (path, actualText) in actual.Where(d => expected.All(e => e.Path != d.Path)))
        {
            text.AppendLine($"{path}: not expected, but the solution has it:").Append(Format("", actualText));
        }

        return text.Length == 0 ? null : text.ToString();
    }
}
