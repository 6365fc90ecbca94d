using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>A location of an expected diagnostic in a file; no end means only the start is checked.</summary>
internal readonly record struct ExpectedLocation(string Path, LinePosition Start, LinePosition? End);

/// <summary>
/// An expected diagnostic with its markup locations resolved. <see cref="Severity"/> null means the compiler's
/// default severity of the id; <see cref="Message"/> and <see cref="Arguments"/> both null mean any message.
/// </summary>
internal sealed record ExpectedDiagnostic(
    string Id,
    DiagnosticSeverity? Severity,
    DiagnosticDescriptor? Descriptor,
    string? Message,
    IReadOnlyList<object?>? Arguments,
    ImmutableArray<ExpectedLocation> Locations,
    string Origin)
{
    /// <summary>The message to compare with (formatted with the descriptor of the actual diagnostic when none is known).</summary>
    public string? MessageFor(DiagnosticDescriptor? actualDescriptor)
    {
        if (Message is not null)
        {
            return Message;
        }

        if (Arguments is null)
        {
            return null;
        }

        DiagnosticDescriptor? descriptor = Descriptor ?? actualDescriptor;
        if (descriptor is null)
        {
            return "<arguments (" + string.Join(", ", Arguments.Select(Invariant)) + ")>";
        }

        string format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        try
        {
            return string.Format(CultureInfo.InvariantCulture, format, Arguments.ToArray());
        }
        catch (FormatException)
        {
            return $"<'{format}' cannot be formatted with {Arguments.Count} argument(s)>";
        }
    }

    private static string? Invariant(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture);
}

/// <summary>Turns markup and <see cref="DiagnosticResult"/>s into <see cref="ExpectedDiagnostic"/>s.</summary>
internal static class ExpectationResolver
{
    public static ImmutableArray<ExpectedDiagnostic> Resolve(
        SolutionMarkup state, IEnumerable<DiagnosticResult> explicitResults, ImmutableArray<DiagnosticDescriptor> descriptors, string stateName)
    {
        var result = ImmutableArray.CreateBuilder<ExpectedDiagnostic>();
        var locations = new Dictionary<int, (ExpectedLocation Location, string Where)>();
        var usedLocations = new HashSet<int>();

        foreach (SourceMarkup document in state.Documents)
        {
            foreach (MarkupSpan span in document.Parsed.Spans)
            {
                ExpectedLocation location = ToLocation(document, span.Span);
                string where = $"{document.Path}({location.Start.Line + 1},{location.Start.Character + 1})";
                if (span.IsLocation)
                {
                    if (!locations.TryAdd(span.LocationKey, (location, where)))
                    {
                        throw new Xunit.Sdk.XunitException(
                            $"{stateName}: markup location {{|#{span.LocationKey}:…|}} is defined twice ({locations[span.LocationKey].Where} and {where}).");
                    }

                    continue;
                }

                DiagnosticDescriptor? descriptor = span.Name is null ? SingleDescriptor(descriptors, stateName) : Find(descriptors, span.Name);
                result.Add(new ExpectedDiagnostic(
                    descriptor?.Id ?? span.Name!,
                    descriptor?.DefaultSeverity,
                    descriptor,
                    Message: null,
                    Arguments: null,
                    ImmutableArray.Create(location),
                    $"markup at {where}"));
            }
        }

        int index = 0;
        foreach (DiagnosticResult expected in explicitResults)
        {
            string origin = $"{stateName} expected diagnostic #{index++}";
            DiagnosticDescriptor? descriptor = expected.Descriptor ?? Find(descriptors, expected.Id);
            var resolved = expected.Locations.Select(l =>
            {
                if (l.MarkupKey is not { } key)
                {
                    return new ExpectedLocation(l.Path, l.Start, l.End);
                }

                if (!locations.TryGetValue(key, out var marked))
                {
                    throw new Xunit.Sdk.XunitException(
                        $"{origin} ({expected.Id}) uses WithLocation({key}), but {stateName} has no markup location {{|#{key}:…|}}.");
                }

                usedLocations.Add(key);
                return marked.Location;
            }).ToImmutableArray();

            result.Add(new ExpectedDiagnostic(
                expected.Id,
                expected.Severity ?? descriptor?.DefaultSeverity,
                descriptor,
                expected.Message,
                expected.MessageArguments,
                resolved,
                origin));
        }

        foreach (var (key, (_, where)) in locations.OrderBy(l => l.Key))
        {
            if (!usedLocations.Contains(key))
            {
                throw new Xunit.Sdk.XunitException(
                    $"{stateName}: markup location {{|#{key}:…|}} at {where} is not used by any expected diagnostic (use WithLocation({key})).");
            }
        }

        return result.ToImmutable();
    }

    private static ExpectedLocation ToLocation(SourceMarkup document, TextSpan span)
    {
        LinePositionSpan lines = document.SourceText.Lines.GetLinePositionSpan(span);
        return new ExpectedLocation(document.Path, lines.Start, lines.End);
    }

    private static DiagnosticDescriptor? Find(ImmutableArray<DiagnosticDescriptor> descriptors, string id) =>
        descriptors.FirstOrDefault(d => d.Id == id);

    private static DiagnosticDescriptor SingleDescriptor(ImmutableArray<DiagnosticDescriptor> descriptors, string stateName)
    {
        var distinct = descriptors.Select(d => d.Id).Distinct().ToList();
        if (distinct.Count != 1)
        {
            throw new Xunit.Sdk.XunitException(
                $"{stateName}: '[|…|]' markup needs an analyzer with exactly one diagnostic id, but it supports {distinct.Count} ({string.Join(", ", distinct)}); use {{|ID:…|}}.");
        }

        return descriptors.First(d => d.Id == distinct[0]);
    }
}
