using System.Collections.Concurrent;
using System.Linq;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// The log sinks of PII001: the library APIs of <see cref="LogSinkTable"/> (Microsoft.Extensions.Logging, Serilog with
/// <c>{@X}</c> destructuring, NLog, <c>Console</c>, <c>Debug</c>/<c>Trace</c>/<c>TraceSource</c>, <c>Activity</c> tags), and
/// what is not a row: <c>[LoggerMessage]</c> methods (a parameter marked <c>[LogProperties]</c> logs its object's properties),
/// <c>LoggerMessage.Define</c> delegates, the <c>Console.Out</c> and
/// <c>Console.Error</c> writers, and the <c>log_sink</c> lines of <c>PiiAnalyzers.txt</c>.
/// </summary>
internal sealed class LogSinkCatalog : SinkCatalog
{
    private static readonly ImmutableHashSet<string> ConsoleWrites = ImmutableHashSet.Create("Write", "WriteLine");

    private readonly SinkTable _table;
    private readonly EmittedArguments _emitted = new();
    private readonly ImmutableHashSet<INamedTypeSymbol> _loggerMessageAttributes;
    private readonly ImmutableHashSet<INamedTypeSymbol> _logPropertiesAttributes;
    private readonly System.Func<IParameterSymbol?, Rendering> _loggerMessageRendering;
    private readonly ImmutableHashSet<INamedTypeSymbol> _microsoftLoggers;
    private readonly ImmutableHashSet<INamedTypeSymbol> _consoles;
    private readonly ImmutableHashSet<INamedTypeSymbol> _textWriters;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _loggerMessageMethods = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

    private readonly PrivacyConfiguration _configuration;

    public LogSinkCatalog(Compilation compilation, PrivacyConfiguration configuration)
    {
        _configuration = configuration;
        _table = new SinkTable(compilation, LogSinkTable.Rows);
        _loggerMessageAttributes = TypesNamed(compilation, "Microsoft.Extensions.Logging.LoggerMessageAttribute");
        _logPropertiesAttributes = TypesNamed(compilation, "Microsoft.Extensions.Logging.LogPropertiesAttribute");
        _loggerMessageRendering = LoggerMessageRendering;
        _microsoftLoggers = TypesNamed(compilation, "Microsoft.Extensions.Logging.ILogger");
        _consoles = TypesNamed(compilation, "System.Console");
        _textWriters = TypesNamed(compilation, "System.IO.TextWriter");
    }

    public override bool IsEmpty => _table.IsEmpty && _textWriters.IsEmpty && !_configuration.DeclaresLogSinks;

    public override SinkCall? Recognize(IOperation call)
    {
        if (call is not IInvocationOperation invocation)
        {
            return null;
        }

        IMethodSymbol method = invocation.TargetMethod;
        if (method.ContainingType is not { } type)
        {
            return null;
        }

        if (_table.Declares(type))
        {
            return _table.RowOf(method) is { } row ? new SinkCall(CallNames.Of(row, invocation), row.Family, _emitted.Of(row, invocation.Arguments), row.Purpose) : null;
        }

        if (_textWriters.Contains(type.OriginalDefinition))
        {
            return ConsoleWrites.Contains(method.Name) && ConsoleStream(invocation.Instance) is { } stream
                ? new SinkCall(CallNames.OfConsoleWriter(stream, method), SinkFamily.Console, _emitted.Content(invocation.Arguments, Rendering.Text))
                : null;
        }

        if (_configuration.IsLogSink(method))
        {
            return new SinkCall(CallNames.Of(method), SinkFamily.Configured, _emitted.Content(invocation.Arguments, Rendering.Formatted));
        }

        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            return LoggerMessageDelegate(invocation);
        }

        return IsLoggerMessage(method)
            ? new SinkCall(method.Name, SinkFamily.MicrosoftLogging, LoggerMessageContent(invocation.Arguments))
            : null;
    }

    /// <summary>
    /// What a <c>[LoggerMessage]</c> method logs: each argument formatted into the message, but the logging source generator
    /// logs every public property of an argument whose parameter is marked <c>[LogProperties]</c> (Microsoft.Extensions.Telemetry.Abstractions),
    /// each by its text, and with <c>Transitive = true</c> the properties of those objects too, as destructuring does.
    /// </summary>
    private ImmutableArray<SinkArgument> LoggerMessageContent(ImmutableArray<IArgumentOperation> arguments) =>
        _logPropertiesAttributes.IsEmpty ? _emitted.Content(arguments, Rendering.Formatted) : _emitted.Content(arguments, _loggerMessageRendering);

    private Rendering LoggerMessageRendering(IParameterSymbol? parameter)
    {
        foreach (AttributeData attribute in parameter?.GetAttributes() ?? ImmutableArray<AttributeData>.Empty)
        {
            if (attribute.AttributeClass is { } attributeClass && _logPropertiesAttributes.Contains(attributeClass))
            {
                return attribute.NamedArguments.Any(named => named is { Key: "Transitive", Value.Value: true })
                    ? Rendering.Destructured
                    : Rendering.PropertiesLogged;
            }
        }

        return Rendering.Formatted;
    }

    public override bool MayRecognize(IMethodSymbol method) =>
        _table.RowOf(method) is not null ||
        (method.ContainingType is { } type && _textWriters.Contains(type.OriginalDefinition)) ||
        _configuration.IsLogSink(method) ||
        method.MethodKind == MethodKind.DelegateInvoke ||
        IsLoggerMessage(method);

    /// <summary><c>LoggerMessage.Define</c> gives <c>Action&lt;ILogger, T1, …, Exception?&gt;</c>: invoking it logs T1….</summary>
    private SinkCall? LoggerMessageDelegate(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.Parameters.Length < 2 ||
            invocation.TargetMethod.Parameters[0].Type is not INamedTypeSymbol first ||
            !(_microsoftLoggers.Contains(first.OriginalDefinition) || first.AllInterfaces.Any(i => _microsoftLoggers.Contains(i.OriginalDefinition))))
        {
            return null;
        }

        return new SinkCall(CallNames.OfDelegate(invocation.Instance, "LoggerMessage.Define"), SinkFamily.MicrosoftLogging, _emitted.Content(invocation.Arguments, Rendering.Formatted));
    }

    /// <summary>
    /// Whether the method is a <c>[LoggerMessage]</c> logging method. The generator requires them to return nothing, so no
    /// other method (most of those called) needs its attributes read or a cache entry.
    /// </summary>
    private bool IsLoggerMessage(IMethodSymbol method) =>
        !_loggerMessageAttributes.IsEmpty && method.ReturnsVoid && method.MethodKind is MethodKind.Ordinary or MethodKind.ReducedExtension &&
        _loggerMessageMethods.GetOrAdd(method.OriginalDefinition, IsLoggerMessageMethod);

    private bool IsLoggerMessageMethod(IMethodSymbol method)
    {
        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && _loggerMessageAttributes.Contains(attributeClass))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Console.Out</c> or <c>Console.Error</c>, when that is the writer.</summary>
    private string? ConsoleStream(IOperation? instance) =>
        instance is IPropertyReferenceOperation { Property: { Name: "Out" or "Error" } property } &&
        _consoles.Contains(property.ContainingType.OriginalDefinition)
            ? property.Name
            : null;
}
