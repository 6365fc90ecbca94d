namespace PiiAnalyzers.Serialization;

/// <summary>How a sink turns a whole object into output, which decides what of the object it shows.</summary>
internal enum Rendering
{
    /// <summary><c>ToString()</c> only (<c>Console.WriteLine</c>, trace listeners, activity tags).</summary>
    Text,

    /// <summary>
    /// <c>ToString()</c>, and collections element by element: logging frameworks' message formatting.
    /// </summary>
    Formatted,

    /// <summary>Property by property: Serilog's and NLog's <c>{@X}</c>, recipients of whole objects.</summary>
    Destructured,

    /// <summary>Member by member as a serializer writes them (<see cref="Serializer"/> says which).</summary>
    Serialized,

    /// <summary>
    /// The public properties, each by its <c>ToString()</c>: the logging source generator's <c>[LogProperties]</c> (not
    /// transitive, so a nested object prints as its text).
    /// </summary>
    PropertiesLogged,
}
