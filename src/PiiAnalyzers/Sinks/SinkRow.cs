using System.Collections.Immutable;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Sinks;

/// <summary>Which of a sink call's arguments it emits, and how (<see cref="SinkRow.Emits"/>).</summary>
internal enum Emits
{
    /// <summary>Every argument that carries message content (not a logger, level, event id, exception, flag, callback, …), rendered as the row says.</summary>
    Content,

    /// <summary>
    /// A structured-logging call: the template (<see cref="SinkRow.Parameters"/>' first name) as text, and each property
    /// value rendered as its hole says (<c>{@X}</c> destructures).
    /// </summary>
    Template,

    /// <summary>
    /// Only the arguments of the parameters the row names, rendered as the row says, and those of its serialized parameters
    /// (of type <c>object</c> or a type parameter) as its serializer writes them.
    /// </summary>
    Parameters,

    /// <summary>A named property's <c>value</c>, destructured when <c>destructureObjects</c> is a constant <see langword="true"/> (Serilog).</summary>
    Property,
}

/// <summary>
/// One row of a sink table: the methods of one library type whose calls are sinks, which arguments they emit and how,
/// the family they belong to, the consent purpose they need when it is not the rule's own, and how messages name them.
/// Adding a sink of a library is adding a row (<see cref="LogSinkTable"/>, <see cref="ThirdPartySinkTable"/>,
/// <see cref="SerializationSinkTable"/>) and a test.
/// </summary>
internal sealed class SinkRow
{
    private SinkRow(
        string type, ImmutableHashSet<string> methods, SinkFamily family, Emits emits, Rendering rendering,
        ImmutableArray<string> parameters, ImmutableArray<string> serializedParameters, Serializer serializer, Purpose? purpose, string? displayType, bool namedByReceiver = false)
    {
        Type = type;
        Methods = methods;
        Family = family;
        Emits = emits;
        Rendering = rendering;
        Parameters = parameters;
        SerializedParameters = serializedParameters;
        Serializer = serializer;
        Purpose = purpose;
        DisplayType = displayType;
        NamedByReceiver = namedByReceiver;
    }

    /// <summary>The metadata name of the type that declares the methods (<c>Serilog.ILogger</c>).</summary>
    public string Type { get; }

    /// <summary>The names of its methods that are sinks.</summary>
    public ImmutableHashSet<string> Methods { get; }

    public SinkFamily Family { get; }

    public Emits Emits { get; }

    /// <summary>How the emitted values render (<see cref="Emits.Content"/>, <see cref="Emits.Parameters"/>).</summary>
    public Rendering Rendering { get; }

    /// <summary>The parameters <see cref="Emits.Template"/> (its template) and <see cref="Emits.Parameters"/> read.</summary>
    public ImmutableArray<string> Parameters { get; }

    /// <summary>The parameters of <see cref="Emits.Parameters"/> whose argument <see cref="Serializer"/> writes.</summary>
    public ImmutableArray<string> SerializedParameters { get; }

    public Serializer Serializer { get; }

    /// <summary>The consent purpose the sink needs, or <see langword="null"/> for its rule's own.</summary>
    public Purpose? Purpose { get; }

    /// <summary>
    /// The type messages name the call after (<c>HttpClient</c> for <c>HttpClientJsonExtensions.PostAsJsonAsync</c>:
    /// <c>HttpClient.PostAsJsonAsync</c>), or <see langword="null"/> to name it as the call reads (<see cref="CallNames"/>).
    /// </summary>
    public string? DisplayType { get; }

    /// <summary>
    /// Whether messages name a call after the type of the object it is called on (<c>DataContractJsonSerializer.WriteObject</c>,
    /// not the base class that declares the method).
    /// </summary>
    public bool NamedByReceiver { get; }

    /// <summary>Calls that emit their message content (<c>LogInformation</c>, <c>Console.WriteLine</c>).</summary>
    public static SinkRow Content(string type, SinkFamily family, Rendering rendering, params string[] methods) =>
        new(type, Names(methods), family, Emits.Content, rendering, None, None, default, null, null);

    /// <summary>Structured-logging calls whose template is the parameter <paramref name="template"/>.</summary>
    public static SinkRow Template(string type, SinkFamily family, string template, params string[] methods) =>
        new(type, Names(methods), family, Emits.Template, Rendering.Formatted, ImmutableArray.Create(template), None, default, null, null);

    /// <summary>Calls that emit only some of their parameters (<c>Activity.SetTag</c>'s <c>value</c>).</summary>
    public static SinkRow Named(string type, SinkFamily family, Rendering rendering, string[] parameters, params string[] methods) =>
        new(type, Names(methods), family, Emits.Parameters, rendering, ImmutableArray.Create(parameters), None, default, null, null);

    /// <summary>Calls that attach a named property to what is logged next (<c>LogContext.PushProperty</c>).</summary>
    public static SinkRow Property(string type, SinkFamily family, params string[] methods) =>
        new(type, Names(methods), family, Emits.Property, Rendering.Formatted, None, None, default, null, null);

    /// <summary>Calls that serialize the argument of one of <paramref name="parameters"/> with <paramref name="serializer"/>.</summary>
    public static SinkRow Serialized(string type, SinkFamily family, Serializer serializer, string[] parameters, params string[] methods) =>
        new(type, Names(methods), family, Emits.Parameters, Rendering.Serialized, None, ImmutableArray.Create(parameters), serializer, null, null);

    /// <summary>The row with the argument of one of <paramref name="parameters"/> also written by <paramref name="serializer"/> (<c>PostAsJsonAsync</c>'s <c>value</c>).</summary>
    public SinkRow AlsoSerializing(Serializer serializer, params string[] parameters) =>
        new(Type, Methods, Family, Emits, Rendering, Parameters, ImmutableArray.Create(parameters), serializer, Purpose, DisplayType, NamedByReceiver);

    /// <summary>The row for calls that need consent for <paramref name="purpose"/> rather than the rule's own purpose.</summary>
    public SinkRow For(Purpose purpose) => new(Type, Methods, Family, Emits, Rendering, Parameters, SerializedParameters, Serializer, purpose, DisplayType, NamedByReceiver);

    /// <summary>The row with its calls named after <paramref name="displayType"/> (<c>HttpClient.PostAsJsonAsync</c>).</summary>
    public SinkRow NamedAfter(string displayType) => new(Type, Methods, Family, Emits, Rendering, Parameters, SerializedParameters, Serializer, Purpose, displayType, NamedByReceiver);

    /// <summary>The row with its calls named after the type of the object they are called on.</summary>
    public SinkRow NamedAfterReceiver() => new(Type, Methods, Family, Emits, Rendering, Parameters, SerializedParameters, Serializer, Purpose, DisplayType, namedByReceiver: true);

    private static ImmutableArray<string> None => ImmutableArray<string>.Empty;

    private static ImmutableHashSet<string> Names(string[] methods) => ImmutableHashSet.Create(System.StringComparer.Ordinal, methods);
}
