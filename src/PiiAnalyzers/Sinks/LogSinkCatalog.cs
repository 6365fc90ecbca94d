using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// The log sinks of PII001: Microsoft.Extensions.Logging (<c>Log*</c>, <c>ILogger.Log</c>, <c>BeginScope</c>,
/// <c>[LoggerMessage]</c> methods, <c>LoggerMessage.Define</c> delegates), Serilog (with <c>{@X}</c>
/// destructuring), NLog, <c>Console</c>, <c>Debug</c>/<c>Trace</c>/<c>TraceSource</c> and <c>Activity</c> tags.
/// </summary>
internal sealed class LogSinkCatalog : SinkCatalog
{
    private static readonly HashSet<string> MicrosoftLoggingMethods = new() { "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope" };
    private static readonly HashSet<string> SerilogMethods = new() { "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal" };
    private static readonly HashSet<string> NLogMethods = new() { "Log", "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "ConditionalDebug", "ConditionalTrace" };
    private static readonly HashSet<string> ConsoleMethods = new() { "Write", "WriteLine" };
    private static readonly HashSet<string> DebugTraceMethods = new() { "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Assert", "Fail", "TraceInformation", "TraceWarning", "TraceError", "TraceEvent", "TraceData", "TraceTransfer" };
    private static readonly HashSet<string> ActivityMethods = new() { "SetTag", "AddTag", "SetBaggage", "AddBaggage", "SetStatus", "SetCustomProperty" };

    private readonly Dictionary<INamedTypeSymbol, SinkApi> _apis = new(SymbolEqualityComparer.Default);
    private readonly ImmutableHashSet<INamedTypeSymbol> _loggerMessageAttributes;
    private readonly ImmutableHashSet<INamedTypeSymbol> _microsoftLoggers;
    private readonly ImmutableHashSet<INamedTypeSymbol> _consoles;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _loggerMessageMethods = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _contentTypes = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

    private readonly PrivacyConfiguration _configuration;

    public LogSinkCatalog(Compilation compilation, PrivacyConfiguration configuration)
    {
        _configuration = configuration;
        Add(compilation, "Microsoft.Extensions.Logging.LoggerExtensions", SinkApi.MicrosoftLoggingExtensions);
        Add(compilation, "Microsoft.Extensions.Logging.ILogger", SinkApi.MicrosoftLogger);
        Add(compilation, "Serilog.ILogger", SinkApi.Serilog);
        Add(compilation, "Serilog.Core.Logger", SinkApi.Serilog);
        Add(compilation, "Serilog.Log", SinkApi.Serilog);
        Add(compilation, "Serilog.Context.LogContext", SinkApi.SerilogLogContext);
        Add(compilation, "NLog.Logger", SinkApi.NLog);
        Add(compilation, "NLog.ILogger", SinkApi.NLog);
        Add(compilation, "NLog.ILoggerBase", SinkApi.NLog);
        Add(compilation, "NLog.ILoggerExtensions", SinkApi.NLog);
        Add(compilation, "System.Console", SinkApi.Console);
        Add(compilation, "System.IO.TextWriter", SinkApi.ConsoleWriter);
        Add(compilation, "System.Diagnostics.Debug", SinkApi.DebugTrace);
        Add(compilation, "System.Diagnostics.Trace", SinkApi.DebugTrace);
        Add(compilation, "System.Diagnostics.TraceSource", SinkApi.DebugTrace);
        Add(compilation, "System.Diagnostics.Activity", SinkApi.Activity);
        _loggerMessageAttributes = TypesNamed(compilation, "Microsoft.Extensions.Logging.LoggerMessageAttribute");
        _microsoftLoggers = TypesNamed(compilation, "Microsoft.Extensions.Logging.ILogger");
        _consoles = TypesNamed(compilation, "System.Console");
    }

    private enum SinkApi
    {
        MicrosoftLoggingExtensions,
        MicrosoftLogger,
        Serilog,
        SerilogLogContext,
        NLog,
        Console,
        ConsoleWriter,
        DebugTrace,
        Activity,
    }

    public override bool IsEmpty => _apis.Count == 0 && !_configuration.DeclaresLogSinks;

    public override SinkCall? Recognize(IOperation call)
    {
        if (call is not IInvocationOperation invocation)
        {
            return null;
        }

        IMethodSymbol method = invocation.TargetMethod;
        if (method.ContainingType is { } type && _apis.TryGetValue(type.OriginalDefinition, out SinkApi api))
        {
            return RecognizeApi(invocation, method, api);
        }

        if (_configuration.IsLogSink(method))
        {
            return new SinkCall(NameOf(method), SinkFamily.Configured, Values(invocation, Rendering.Formatted));
        }

        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            return LoggerMessageDelegate(invocation);
        }

        return !_loggerMessageAttributes.IsEmpty && _loggerMessageMethods.GetOrAdd(method.OriginalDefinition, IsLoggerMessageMethod)
            ? new SinkCall(method.Name, SinkFamily.MicrosoftLogging, Values(invocation, Rendering.Formatted))
            : null;
    }

    public override bool MayRecognize(IMethodSymbol method) =>
        (method.ContainingType is { } type && _apis.ContainsKey(type.OriginalDefinition)) ||
        _configuration.IsLogSink(method) ||
        method.MethodKind == MethodKind.DelegateInvoke ||
        (!_loggerMessageAttributes.IsEmpty && _loggerMessageMethods.GetOrAdd(method.OriginalDefinition, IsLoggerMessageMethod));

    private SinkCall? RecognizeApi(IInvocationOperation invocation, IMethodSymbol method, SinkApi api)
    {
        string name = method.Name;
        switch (api)
        {
            case SinkApi.MicrosoftLoggingExtensions when MicrosoftLoggingMethods.Contains(name):
            case SinkApi.MicrosoftLogger when name is "Log" or "BeginScope":
                return new SinkCall(name, SinkFamily.MicrosoftLogging, Values(invocation, Rendering.Formatted));
            case SinkApi.Serilog when SerilogMethods.Contains(name):
                return new SinkCall(NameOf(method), SinkFamily.Serilog, TemplateValues(invocation, "messageTemplate"));
            case SinkApi.Serilog when name == "ForContext":
            case SinkApi.SerilogLogContext when name == "PushProperty":
                return new SinkCall(NameOf(method), SinkFamily.Serilog, PropertyValue(invocation));
            case SinkApi.NLog when NLogMethods.Contains(name):
                return new SinkCall(NameOf(method), SinkFamily.NLog, TemplateValues(invocation, "message"));
            case SinkApi.Console when ConsoleMethods.Contains(name):
                return new SinkCall(NameOf(method), SinkFamily.Console, Values(invocation, Rendering.Text));
            case SinkApi.ConsoleWriter when ConsoleMethods.Contains(name) && ConsoleStream(invocation.Instance) is { } stream:
                return new SinkCall("Console." + stream + "." + name, SinkFamily.Console, Values(invocation, Rendering.Text));
            case SinkApi.DebugTrace when DebugTraceMethods.Contains(name):
                return new SinkCall(NameOf(method), SinkFamily.DebugTrace, Values(invocation, Rendering.Text));
            case SinkApi.Activity when ActivityMethods.Contains(name):
                return new SinkCall(name, SinkFamily.Activity, Values(invocation, Rendering.Text, onlyParameter: name == "SetStatus" ? "description" : "value"));
            default:
                return null;
        }
    }

    /// <summary><c>LoggerMessage.Define</c> gives <c>Action&lt;ILogger, T1, …, Exception?&gt;</c>: invoking it logs T1….</summary>
    private SinkCall? LoggerMessageDelegate(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.Parameters.Length < 2 ||
            invocation.TargetMethod.Parameters[0].Type is not INamedTypeSymbol first ||
            !(_microsoftLoggers.Contains(first.OriginalDefinition) || first.AllInterfaces.Any(i => _microsoftLoggers.Contains(i.OriginalDefinition))))
        {
            return null;
        }

        string name = invocation.Instance switch
        {
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation property => property.Property.Name,
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            _ => "LoggerMessage.Define",
        };
        return new SinkCall(name, SinkFamily.MicrosoftLogging, Values(invocation, Rendering.Formatted));
    }

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

    /// <summary>Every emitted value, each rendered the same way.</summary>
    private ImmutableArray<SinkArgument> Values(IInvocationOperation invocation, Rendering rendering, string? onlyParameter = null)
    {
        var values = ImmutableArray.CreateBuilder<SinkArgument>();
        foreach ((IParameterSymbol? parameter, IOperation value) in EmittedValues(invocation.Arguments))
        {
            if (IsMessageContent(parameter) && (onlyParameter is null || parameter?.Name == onlyParameter))
            {
                values.Add(new SinkArgument(value, rendering));
            }
        }

        return values.ToImmutable();
    }

    /// <summary>
    /// A structured-logging call: the template itself as text, and each property value rendered as its hole
    /// says (<c>{@X}</c> destructures).
    /// </summary>
    private ImmutableArray<SinkArgument> TemplateValues(IInvocationOperation invocation, string templateParameter)
    {
        IReadOnlyList<bool>? destructuring = null;
        int position = -1;
        var values = ImmutableArray.CreateBuilder<SinkArgument>();
        foreach ((IParameterSymbol? parameter, IOperation value) in EmittedValues(invocation.Arguments))
        {
            if (!IsMessageContent(parameter))
            {
                continue;
            }

            if (parameter?.Name == templateParameter && position < 0)
            {
                position = 0;
                if (value.ConstantValue is { HasValue: true, Value: string template })
                {
                    destructuring = MessageTemplate.DestructuringByPosition(template);
                }

                values.Add(new SinkArgument(value, Rendering.Text));
                continue;
            }

            bool destructure = position >= 0 && destructuring is not null && position < destructuring.Count && destructuring[position];
            values.Add(new SinkArgument(value, destructure ? Rendering.Destructured : Rendering.Formatted));
            if (position >= 0)
            {
                position++;
            }
        }

        return values.ToImmutable();
    }

    /// <summary><c>ForContext(name, value, destructureObjects)</c> and <c>LogContext.PushProperty(name, value, destructureObjects)</c>.</summary>
    private static ImmutableArray<SinkArgument> PropertyValue(IInvocationOperation invocation)
    {
        IOperation? value = null;
        bool destructure = false;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "value":
                    value = argument.Value;
                    break;
                case "destructureObjects":
                    destructure = argument.Value.ConstantValue is { HasValue: true, Value: true };
                    break;
            }
        }

        return value is null
            ? ImmutableArray<SinkArgument>.Empty
            : ImmutableArray.Create(new SinkArgument(value, destructure ? Rendering.Destructured : Rendering.Formatted));
    }

    /// <summary>
    /// Whether a parameter carries message content rather than metadata: loggers, levels, event ids,
    /// exceptions, format providers, flags, callbacks and cancellation are not written as data. Decided once
    /// per parameter type.
    /// </summary>
    private bool IsMessageContent(IParameterSymbol? parameter) =>
        parameter is null || _contentTypes.GetOrAdd(parameter.Type, IsContentType);

    private static bool IsContentType(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Boolean || type.TypeKind == TypeKind.Delegate || IsException(type))
        {
            return false;
        }

        string ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return !(ns.StartsWith("Microsoft.Extensions.Logging", System.StringComparison.Ordinal) ||
                 ns.StartsWith("Serilog", System.StringComparison.Ordinal) ||
                 ns.StartsWith("NLog", System.StringComparison.Ordinal) ||
                 ns is "System.Threading" or "System.Globalization" ||
                 (ns == "System.Diagnostics" && type.TypeKind == TypeKind.Enum) ||
                 type.Name == "IFormatProvider");
    }

    private static bool IsException(ITypeSymbol type)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Exception" && current.ContainingNamespace?.ToDisplayString() == "System")
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

    /// <summary><c>Console.WriteLine</c>, <c>Log.Information</c> for static methods; the method name otherwise (<see cref="CallNames"/>).</summary>
    private static string NameOf(IMethodSymbol method) => CallNames.Of(method);

    private void Add(Compilation compilation, string metadataName, SinkApi api)
    {
        foreach (INamedTypeSymbol type in TypesNamed(compilation, metadataName))
        {
            _apis[type] = api;
        }
    }
}
