using System.Collections.Immutable;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// The library log sinks of PII001, one row per API. What is not a row is recognised by <see cref="LogSinkCatalog"/>
/// itself: <c>[LoggerMessage]</c> methods, <c>LoggerMessage.Define</c> delegates, <c>Console.Out</c>/<c>Console.Error</c>
/// writers and the <c>log_sink</c> lines of <c>PiiAnalyzers.txt</c>.
/// </summary>
internal static class LogSinkTable
{
    private static readonly string[] SerilogLevels = { "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal" };
    private static readonly string[] NLogLevels = { "Log", "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "ConditionalDebug", "ConditionalTrace" };
    private static readonly string[] DebugTraceWrites =
    {
        "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Assert", "Fail",
        "TraceInformation", "TraceWarning", "TraceError", "TraceEvent", "TraceData", "TraceTransfer",
    };

    public static ImmutableArray<SinkRow> Rows { get; } = ImmutableArray.Create(
        // Microsoft.Extensions.Logging: message templates, whose {@X} holes a structured provider (Serilog behind
        // Microsoft.Extensions.Logging, the most common set-up) destructures; ILogger's own Log and BeginScope take a state, and Log a formatter whose lambda writes what it captures.
        SinkRow.Template("Microsoft.Extensions.Logging.LoggerExtensions", SinkFamily.MicrosoftLogging, "message",
            "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical"),
        SinkRow.Template("Microsoft.Extensions.Logging.LoggerExtensions", SinkFamily.MicrosoftLogging, "messageFormat", "BeginScope"),
        SinkRow.Named("Microsoft.Extensions.Logging.ILogger", SinkFamily.MicrosoftLogging, Rendering.Formatted, new[] { "state", "formatter" }, "Log", "BeginScope"),

        // Serilog: message templates ({@X} destructures), and properties attached to what is logged next.
        SinkRow.Template("Serilog.ILogger", SinkFamily.Serilog, "messageTemplate", SerilogLevels),
        SinkRow.Template("Serilog.Core.Logger", SinkFamily.Serilog, "messageTemplate", SerilogLevels),
        SinkRow.Template("Serilog.Log", SinkFamily.Serilog, "messageTemplate", SerilogLevels),
        SinkRow.Property("Serilog.ILogger", SinkFamily.Serilog, "ForContext"),
        SinkRow.Property("Serilog.Core.Logger", SinkFamily.Serilog, "ForContext"),
        SinkRow.Property("Serilog.Log", SinkFamily.Serilog, "ForContext"),
        SinkRow.Property("Serilog.Context.LogContext", SinkFamily.Serilog, "PushProperty"),

        // NLog: message templates.
        SinkRow.Template("NLog.Logger", SinkFamily.NLog, "message", NLogLevels),
        SinkRow.Template("NLog.ILogger", SinkFamily.NLog, "message", NLogLevels),
        SinkRow.Template("NLog.ILoggerBase", SinkFamily.NLog, "message", NLogLevels),
        SinkRow.Template("NLog.ILoggerExtensions", SinkFamily.NLog, "message", NLogLevels),

        // The console, Debug, Trace and TraceSource print what they are given with ToString().
        SinkRow.Content("System.Console", SinkFamily.Console, Rendering.Text, "Write", "WriteLine"),
        SinkRow.Content("System.Diagnostics.Debug", SinkFamily.DebugTrace, Rendering.Text, DebugTraceWrites),
        SinkRow.Content("System.Diagnostics.Trace", SinkFamily.DebugTrace, Rendering.Text, DebugTraceWrites),
        SinkRow.Content("System.Diagnostics.TraceSource", SinkFamily.DebugTrace, Rendering.Text, DebugTraceWrites),

        // Activity tags, baggage and status travel with the trace to its exporters.
        SinkRow.Named("System.Diagnostics.Activity", SinkFamily.Activity, Rendering.Text, new[] { "value" },
            "SetTag", "AddTag", "SetBaggage", "AddBaggage", "SetCustomProperty"),
        SinkRow.Named("System.Diagnostics.Activity", SinkFamily.Activity, Rendering.Text, new[] { "description" }, "SetStatus"));
}
