using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Tests.Harness;

/// <summary>
/// Where an expected diagnostic is: a position or span in a file (1-based in the API, stored 0-based), or a
/// markup location <c>{|#n:…|}</c> resolved when the test runs.
/// </summary>
public readonly struct DiagnosticLocation
{
    internal DiagnosticLocation(string path, LinePosition start, LinePosition? end)
    {
        Path = path;
        Start = start;
        End = end;
        MarkupKey = null;
    }

    internal DiagnosticLocation(int markupKey)
    {
        Path = "";
        Start = default;
        End = null;
        MarkupKey = markupKey;
    }

    /// <summary>The file, e.g. <c>/0/Test0.cs</c>; empty for a markup location.</summary>
    public string Path { get; }

    /// <summary>The start (0-based line and character).</summary>
    public LinePosition Start { get; }

    /// <summary>The end, or null when only the start is checked (<c>WithLocation(line, column)</c>).</summary>
    public LinePosition? End { get; }

    /// <summary>The markup location key <c>n</c> of <c>{|#n:…|}</c>, if this is one.</summary>
    public int? MarkupKey { get; }

    /// <inheritdoc/>
    public override string ToString() => MarkupKey is { } key
        ? $"{{|#{key}:…|}}"
        : $"{Path}({Start.Line + 1},{Start.Character + 1})" + (End is { } end ? $"-({end.Line + 1},{end.Character + 1})" : "");
}

/// <summary>
/// An expected diagnostic, as in Microsoft.CodeAnalysis.Testing. Severity defaults to the descriptor's
/// default severity (or, for compiler ids, the compiler's); the message is compared when
/// <see cref="WithArguments"/> or <see cref="WithMessage"/> was used. No location means the diagnostic must
/// have none. A second and further locations are compared with the diagnostic's additional locations.
/// </summary>
public readonly struct DiagnosticResult
{
    /// <summary>The file <see cref="WithLocation(int, int)"/> and <see cref="WithSpan(int, int, int, int)"/> refer to.</summary>
    public const string DefaultPath = "/0/Test0.cs";

    private readonly string? _id;
    private readonly ImmutableArray<DiagnosticLocation> _locations;
    private readonly object?[]? _arguments;

    /// <summary>An expected diagnostic with an id and severity (compiler diagnostics).</summary>
    public DiagnosticResult(string id, DiagnosticSeverity severity)
        : this(id, severity, null, null, null, ImmutableArray<DiagnosticLocation>.Empty)
    {
    }

    /// <summary>An expected diagnostic of a descriptor, with its default severity.</summary>
    public DiagnosticResult(DiagnosticDescriptor descriptor)
        : this(descriptor.Id, null, descriptor, null, null, ImmutableArray<DiagnosticLocation>.Empty)
    {
    }

    private DiagnosticResult(
        string id, DiagnosticSeverity? severity, DiagnosticDescriptor? descriptor, string? message, object?[]? arguments,
        ImmutableArray<DiagnosticLocation> locations)
    {
        _id = id;
        Severity = severity;
        Descriptor = descriptor;
        Message = message;
        _arguments = arguments;
        _locations = locations;
    }

    /// <summary>The diagnostic id.</summary>
    public string Id => _id ?? "";

    /// <summary>The severity set by <see cref="WithSeverity"/> or the constructor; null means the default.</summary>
    public DiagnosticSeverity? Severity { get; }

    /// <summary>The descriptor, when known (it formats <see cref="MessageArguments"/>).</summary>
    public DiagnosticDescriptor? Descriptor { get; }

    /// <summary>The exact message to compare, if set with <see cref="WithMessage"/>.</summary>
    public string? Message { get; }

    /// <summary>The message arguments to format the descriptor's message with, if set.</summary>
    public IReadOnlyList<object?>? MessageArguments => _arguments;

    /// <summary>The expected locations: the first is the diagnostic's own, the others its additional locations.</summary>
    public ImmutableArray<DiagnosticLocation> Locations => _locations.IsDefault ? ImmutableArray<DiagnosticLocation>.Empty : _locations;

    /// <summary>Whether a location is expected.</summary>
    public bool HasLocation => !Locations.IsEmpty;

    /// <summary>A compiler error, e.g. <c>CS0103</c>.</summary>
    public static DiagnosticResult CompilerError(string id) => new(id, DiagnosticSeverity.Error);

    /// <summary>A compiler warning, e.g. <c>CS0168</c>.</summary>
    public static DiagnosticResult CompilerWarning(string id) => new(id, DiagnosticSeverity.Warning);

    /// <summary>At the markup location <c>{|#markupKey:…|}</c> (its start and end).</summary>
    public DiagnosticResult WithLocation(int markupKey)
    {
        if (markupKey < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(markupKey));
        }

        return WithAddedLocation(new DiagnosticLocation(markupKey));
    }

    /// <summary>Starting at a 1-based line and column of <c>/0/Test0.cs</c> (the end is not checked).</summary>
    public DiagnosticResult WithLocation(int line, int column) => WithLocation(DefaultPath, line, column);

    /// <summary>Starting at a 1-based line and column of a file (the end is not checked).</summary>
    public DiagnosticResult WithLocation(string path, int line, int column) =>
        WithAddedLocation(new DiagnosticLocation(path, ToPosition(line, column), null));

    /// <summary>Spanning 1-based positions of <c>/0/Test0.cs</c>.</summary>
    public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn) =>
        WithSpan(DefaultPath, startLine, startColumn, endLine, endColumn);

    /// <summary>Spanning 1-based positions of a file.</summary>
    public DiagnosticResult WithSpan(string path, int startLine, int startColumn, int endLine, int endColumn) =>
        WithAddedLocation(new DiagnosticLocation(path, ToPosition(startLine, startColumn), ToPosition(endLine, endColumn)));

    /// <summary>The message is the descriptor's message format applied to these arguments.</summary>
    public DiagnosticResult WithArguments(params object[] arguments) =>
        new(Id, Severity, Descriptor, Message, arguments, Locations);

    /// <summary>The message is exactly this.</summary>
    public DiagnosticResult WithMessage(string message) =>
        new(Id, Severity, Descriptor, message, _arguments, Locations);

    /// <summary>The diagnostic has this severity.</summary>
    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) =>
        new(Id, severity, Descriptor, Message, _arguments, Locations);

    /// <summary>The diagnostic has no location.</summary>
    public DiagnosticResult WithNoLocation() =>
        new(Id, Severity, Descriptor, Message, _arguments, ImmutableArray<DiagnosticLocation>.Empty);

    internal DiagnosticResult WithDescriptor(DiagnosticDescriptor descriptor) =>
        new(Id, Severity, descriptor, Message, _arguments, Locations);

    /// <inheritdoc/>
    public override string ToString()
    {
        string location = HasLocation ? string.Join(", ", Locations) : "no location";
        string message = Message ?? (_arguments is null ? "<any message>" : "args (" + string.Join(", ", _arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture))) + ")");
        return $"{Id} {location} {Severity?.ToString() ?? "<default severity>"}: {message}";
    }

    private DiagnosticResult WithAddedLocation(DiagnosticLocation location) =>
        new(Id, Severity, Descriptor, Message, _arguments, Locations.Add(location));

    private static LinePosition ToPosition(int line, int column)
    {
        if (line < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(line), "Lines are 1-based.");
        }

        if (column < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(column), "Columns are 1-based.");
        }

        return new LinePosition(line - 1, column - 1);
    }
}
