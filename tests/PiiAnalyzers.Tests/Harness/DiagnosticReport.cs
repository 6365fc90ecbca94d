using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>
/// Writes a diagnostics mismatch: the missing and unexpected diagnostics, then every source line with its
/// number and, under lines with diagnostics, carets under the span and <c>expected</c> / <c>actual</c> /
/// <c>ok</c> rows.
/// </summary>
internal static class DiagnosticReport
{
    private sealed record Entry(string Label, string Id, string? Path, LinePosition Start, LinePosition? End, string Severity, string Message);

    public static string Format(
        string title, DiagnosticComparison comparison, IReadOnlyList<(string Path, SourceText Text)> documents, IEnumerable<string> notes)
    {
        // A compiler expectation with arguments has no descriptor of its own: format it with the compiler's.
        var compilerDescriptors = comparison.Unexpected.Concat(comparison.Matched.Select(m => m.Actual))
            .GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First().Descriptor);
        DiagnosticDescriptor? DescriptorOf(ExpectedDiagnostic e) => compilerDescriptors.GetValueOrDefault(e.Id);

        var text = new StringBuilder();
        text.AppendLine($"{title}: {comparison.Missing.Length} missing, {comparison.Unexpected.Length} unexpected.");
        foreach (string note in notes)
        {
            text.AppendLine(note);
        }

        if (!comparison.Missing.IsEmpty)
        {
            text.AppendLine().AppendLine("Missing (expected, not reported):");
            foreach (ExpectedDiagnostic e in comparison.Missing)
            {
                text.AppendLine($"  {Describe(e, DescriptorOf(e))}    <- {e.Origin}");
            }
        }

        if (!comparison.Unexpected.IsEmpty)
        {
            text.AppendLine().AppendLine("Unexpected (reported, not expected):");
            foreach (Diagnostic d in comparison.Unexpected)
            {
                text.AppendLine($"  {Describe(d)}");
            }
        }

        var entries = comparison.Missing.Select(e => ToEntry("expected", e, DescriptorOf(e)))
            .Concat(comparison.Unexpected.Select(d => ToEntry("actual  ", d)))
            .Concat(comparison.Matched.Select(m => ToEntry("ok      ", m.Actual)))
            .ToList();
        text.AppendLine().AppendLine("Annotated source (expected = missing, actual = unexpected, ok = matched):");
        foreach (var (path, source) in documents)
        {
            AppendDocument(text, path, source, entries.Where(e => e.Path == path).ToList());
        }

        var elsewhere = entries.Where(e => e.Path is not null && documents.All(d => d.Path != e.Path)).ToList();
        var unlocated = entries.Where(e => e.Path is null).ToList();
        foreach (var (heading, list) in new[] { ("Elsewhere:", elsewhere), ("No location:", unlocated) })
        {
            if (list.Count > 0)
            {
                text.AppendLine(heading);
                foreach (Entry e in list)
                {
                    text.AppendLine($"  {e.Label} {e.Id}: {e.Message} [{e.Severity}] {(e.Path is null ? "" : FormatLocation(e.Path, e.Start, e.End))}");
                }
            }
        }

        return text.ToString();
    }

    public static string Describe(ExpectedDiagnostic e, DiagnosticDescriptor? compilerDescriptor = null) =>
        $"{e.Id} {FormatLocations(e)} {e.Severity?.ToString() ?? "<compiler default severity>"}: {e.MessageFor(compilerDescriptor) ?? "<any message>"}";

    public static string Describe(Diagnostic d)
    {
        string location = d.Location.Kind == LocationKind.None ? "no location" : FormatLocation(d.Location.GetLineSpan());
        return $"{d.Id} {location} {d.Severity}: {d.GetMessage(CultureInfo.InvariantCulture)}";
    }

    private static string FormatLocations(ExpectedDiagnostic e) =>
        e.Locations.IsEmpty ? "no location" : string.Join(" + ", e.Locations.Select(l => FormatLocation(l.Path, l.Start, l.End)));

    private static string FormatLocation(FileLinePositionSpan span) => FormatLocation(span.Path, span.StartLinePosition, span.EndLinePosition);

    private static string FormatLocation(string path, LinePosition start, LinePosition? end) =>
        $"{path}({start.Line + 1},{start.Character + 1})" + (end is { } e ? $"-({e.Line + 1},{e.Character + 1})" : "");

    private static Entry ToEntry(string label, ExpectedDiagnostic e, DiagnosticDescriptor? compilerDescriptor)
    {
        ExpectedLocation? location = e.Locations.IsEmpty ? null : e.Locations[0];
        return new Entry(
            label, e.Id, location?.Path, location?.Start ?? default, location?.End,
            e.Severity?.ToString() ?? "compiler default", e.MessageFor(compilerDescriptor) ?? "<any message>");
    }

    private static Entry ToEntry(string label, Diagnostic d)
    {
        FileLinePositionSpan? span = d.Location.Kind == LocationKind.None ? null : d.Location.GetLineSpan();
        return new Entry(
            label, d.Id, span?.Path, span?.StartLinePosition ?? default, span?.EndLinePosition,
            d.Severity.ToString(), d.GetMessage(CultureInfo.InvariantCulture));
    }

    private static void AppendDocument(StringBuilder text, string path, SourceText source, List<Entry> entries)
    {
        text.AppendLine(path);
        int width = Math.Max(3, source.Lines.Count.ToString(CultureInfo.InvariantCulture).Length);
        string gutter = new string(' ', width) + " | ";
        for (int i = 0; i < source.Lines.Count; i++)
        {
            string line = source.Lines[i].ToString();
            text.Append((i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append(" | ").AppendLine(line);
            foreach (Entry e in entries.Where(e => e.Start.Line == i).OrderBy(e => e.Start.Character).ThenBy(e => e.Label, StringComparer.Ordinal))
            {
                text.Append(gutter).Append(Indent(line, e.Start.Character)).Append(Carets(line, e)).Append(' ')
                    .AppendLine($"{e.Label} {e.Id}: {e.Message} [{e.Severity}]");
            }
        }

        foreach (Entry e in entries.Where(e => e.Start.Line >= source.Lines.Count))
        {
            text.AppendLine($"{gutter}(beyond the end of the file, line {e.Start.Line + 1}) {e.Label} {e.Id}: {e.Message} [{e.Severity}]");
        }
    }

    /// <summary>Spaces up to a column, keeping the line's tabs so that the carets line up.</summary>
    private static string Indent(string line, int column) =>
        new string(Enumerable.Range(0, column).Select(i => i < line.Length && line[i] == '\t' ? '\t' : ' ').ToArray());

    private static string Carets(string line, Entry e)
    {
        if (e.End is not { } end)
        {
            return "^";
        }

        if (end.Line == e.Start.Line)
        {
            return new string('^', Math.Max(1, end.Character - e.Start.Character)) + (end == e.Start ? " (empty span)" : "");
        }

        return new string('^', Math.Max(1, line.Length - e.Start.Character)) + $" (to {end.Line + 1},{end.Character + 1})";
    }
}
