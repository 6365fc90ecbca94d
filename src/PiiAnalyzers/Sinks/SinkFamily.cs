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

    /// <summary>A serializer: System.Text.Json, Newtonsoft.Json, <c>XmlSerializer</c>, the data-contract serializers.</summary>
    Serializer,

    /// <summary><c>HttpClient</c> requests and the content they send.</summary>
    Http,

    /// <summary>A recipient the code marks <c>[ThirdParty]</c> or <c>PiiAnalyzers.txt</c> declares <c>third_party</c>.</summary>
    Recipient,

    /// <summary>The message of an exception.</summary>
    ExceptionMessage,

    /// <summary>A member the code marks <c>[RequiresConsent]</c>: it needs consent for whatever personal data it is given.</summary>
    RequiresConsent,

    /// <summary>A sink the project declares in <c>PiiAnalyzers.txt</c>.</summary>
    Configured,
}
