using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>
/// The pairing of expected and actual diagnostics, independent of order: a maximum matching over the pairs
/// that agree on id, severity, location(s) and (where the expectation gives one) message.
/// </summary>
internal sealed class DiagnosticComparison
{
    private DiagnosticComparison(
        ImmutableArray<(ExpectedDiagnostic Expected, Diagnostic Actual)> matched,
        ImmutableArray<ExpectedDiagnostic> missing,
        ImmutableArray<Diagnostic> unexpected)
    {
        Matched = matched;
        Missing = missing;
        Unexpected = unexpected;
    }

    public ImmutableArray<(ExpectedDiagnostic Expected, Diagnostic Actual)> Matched { get; }

    public ImmutableArray<ExpectedDiagnostic> Missing { get; }

    public ImmutableArray<Diagnostic> Unexpected { get; }

    public bool Success => Missing.IsEmpty && Unexpected.IsEmpty;

    public static DiagnosticComparison Compare(IReadOnlyList<ExpectedDiagnostic> expected, IReadOnlyList<Diagnostic> actual)
    {
        var fits = new bool[expected.Count, actual.Count];
        for (int e = 0; e < expected.Count; e++)
        {
            for (int a = 0; a < actual.Count; a++)
            {
                fits[e, a] = Matches(expected[e], actual[a]);
            }
        }

        // Kuhn's augmenting paths: a loose expectation must not take the diagnostic a stricter one needs.
        int[] expectedOfActual = Enumerable.Repeat(-1, actual.Count).ToArray();
        for (int e = 0; e < expected.Count; e++)
        {
            TryAssign(e, new bool[actual.Count]);
        }

        bool TryAssign(int e, bool[] visited)
        {
            for (int a = 0; a < actual.Count; a++)
            {
                if (fits[e, a] && !visited[a])
                {
                    visited[a] = true;
                    if (expectedOfActual[a] < 0 || TryAssign(expectedOfActual[a], visited))
                    {
                        expectedOfActual[a] = e;
                        return true;
                    }
                }
            }

            return false;
        }

        var matchedExpected = new HashSet<int>(expectedOfActual.Where(e => e >= 0));
        return new DiagnosticComparison(
            Enumerable.Range(0, actual.Count).Where(a => expectedOfActual[a] >= 0).Select(a => (expected[expectedOfActual[a]], actual[a])).ToImmutableArray(),
            Enumerable.Range(0, expected.Count).Where(e => !matchedExpected.Contains(e)).Select(e => expected[e]).ToImmutableArray(),
            Enumerable.Range(0, actual.Count).Where(a => expectedOfActual[a] < 0).Select(a => actual[a]).ToImmutableArray());
    }

    public static bool Matches(ExpectedDiagnostic expected, Diagnostic actual)
    {
        if (expected.Id != actual.Id || (expected.Severity ?? actual.DefaultSeverity) != actual.Severity)
        {
            return false;
        }

        if (expected.MessageFor(actual.Descriptor) is { } message && message != actual.GetMessage(CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (expected.Locations.IsEmpty)
        {
            return actual.Location.Kind == LocationKind.None;
        }

        if (!LocationMatches(expected.Locations[0], actual.Location))
        {
            return false;
        }

        if (expected.Locations.Length == 1)
        {
            return true; // additional locations are compared only when the expectation lists them
        }

        return expected.Locations.Length - 1 == actual.AdditionalLocations.Count &&
            expected.Locations.Skip(1).Zip(actual.AdditionalLocations).All(p => LocationMatches(p.First, p.Second));
    }

    private static bool LocationMatches(ExpectedLocation expected, Location actual)
    {
        if (actual.Kind == LocationKind.None)
        {
            return false;
        }

        FileLinePositionSpan span = actual.GetLineSpan();
        return string.Equals(span.Path, expected.Path, StringComparison.Ordinal) &&
            span.StartLinePosition == expected.Start &&
            (expected.End is not { } end || span.EndLinePosition == end);
    }
}
