using System;
using System.Collections.Generic;

namespace PiiAnalyzers.Sinks;

/// <summary>The libraries and APIs sinks come from. Option values name them in snake case.</summary>
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

/// <summary>The option names of <see cref="SinkFamily"/> values.</summary>
internal static class SinkFamilyNames
{
    private static readonly Dictionary<string, SinkFamily> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["microsoft_logging"] = SinkFamily.MicrosoftLogging,
        ["serilog"] = SinkFamily.Serilog,
        ["nlog"] = SinkFamily.NLog,
        ["console"] = SinkFamily.Console,
        ["debug_trace"] = SinkFamily.DebugTrace,
        ["activity"] = SinkFamily.Activity,
    };

    /// <summary>Every option name, for messages about unknown ones.</summary>
    public static string AllNames => string.Join(", ", ByName.Keys);

    public static bool TryParse(string name, out SinkFamily family) => ByName.TryGetValue(name.Trim(), out family);
}
