using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Sinks;

/// <summary>One value a sink receives and how it renders it.</summary>
internal readonly struct SinkArgument
{
    public SinkArgument(IOperation value, Rendering rendering)
        : this(value, rendering, default)
    {
    }

    private SinkArgument(IOperation value, Rendering rendering, Serializer serializer)
    {
        Value = value;
        Rendering = rendering;
        Serializer = serializer;
    }

    public IOperation Value { get; }

    public Rendering Rendering { get; }

    /// <summary>The serializer that writes the value, when it is <see cref="Rendering.Serialized"/>.</summary>
    public Serializer Serializer { get; }

    /// <summary>A value the serializer writes out with its own rules for which members it writes.</summary>
    public static SinkArgument Serialized(IOperation value, Serializer serializer) => new(value, Rendering.Serialized, serializer);
}

/// <summary>
/// A call recognised as a sink: what diagnostics call it, its family, the values it emits, and the consent purpose
/// that makes it acceptable when it is not the rule's own (a <c>[ThirdParty(ConsentPurpose.Marketing)]</c>
/// recipient needs Marketing consent).
/// </summary>
internal sealed class SinkCall
{
    public SinkCall(string sinkName, SinkFamily family, ImmutableArray<SinkArgument> arguments, Purpose? purpose = null, bool departs = false)
    {
        SinkName = sinkName;
        Family = family;
        Arguments = arguments;
        Purpose = purpose;
        Departs = departs;
    }

    /// <summary>
    /// Whether what the sink emits is known to leave the application whatever the call's result becomes: a member that
    /// requires consent, a wrapper whose own sink does (<see cref="SinkCatalog.Departs"/>).
    /// </summary>
    public bool Departs { get; }

    /// <summary>The purpose this sink needs, or <see langword="null"/> for the rule's own purpose.</summary>
    public Purpose? Purpose { get; }

    /// <summary>How the message names the sink: <c>LogInformation</c>, <c>Console.WriteLine</c>.</summary>
    public string SinkName { get; }

    /// <summary>The library or API the sink belongs to; a <see cref="SinkFamily.Configured"/> sink is the project's own declaration.</summary>
    public SinkFamily Family { get; }

    /// <summary>The values the sink emits.</summary>
    public ImmutableArray<SinkArgument> Arguments { get; }
}
