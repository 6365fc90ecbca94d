namespace PiiAnalyzers.Sinks;

/// <summary>The libraries and APIs sinks come from.</summary>
internal enum SinkFamily
{
    /// <summary>Microsoft.Extensions.Logging: <c>ILogger</c>, <c>LoggerExtensions</c>, <c>[LoggerMessage]</c>, <c>LoggerMessage.Define</c>.</summary>
    MicrosoftLogging,

    /// <summary>Serilog.</summary>
    Serilog,

    /// <summary>NLog.</summary>
    NLog,

    /// <summary><c>System.Console</c> and its writers.</summary>
    Console,

    /// <summary><c>System.Diagnostics.Debug</c>, <c>Trace</c> and <c>TraceSource</c>.</summary>
    DebugTrace,

    /// <summary><c>System.Diagnostics.Activity</c> tags, baggage and status.</summary>
    Activity,

    /// <summary>A sink the project declares in <c>PiiAnalyzers.txt</c>.</summary>
    Configured,
}
