using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// Recognises one rule's sinks in one compilation. Built once per compilation with every type it needs already
/// resolved, so that recognising a call is a dictionary look-up.
/// </summary>
internal abstract class SinkCatalog
{
    /// <summary>Whether the compilation contains any sink of this catalog at all.</summary>
    public abstract bool IsEmpty { get; }

    /// <summary>The sink a call is, or <see langword="null"/>.</summary>
    /// <param name="call">An invocation or object creation, or an indexer assignment where <see cref="WatchesIndexerAssignments"/>.</param>
    public abstract SinkCall? Recognize(IOperation call);

    /// <summary>
    /// Whether an assignment through an indexer may be one of the catalog's sinks (<c>ex.Data[key] = value</c>): the pass
    /// then shows it the compilation's indexer assignments too, as calls of the indexer's setter.
    /// </summary>
    public virtual bool WatchesIndexerAssignments => false;

    /// <summary>
    /// Whether a call to the method (its original definition) may be one of the catalog's sinks, whatever its arguments:
    /// <see langword="false"/> only where <see cref="Recognize"/> is sure to answer <see langword="null"/> for every call
    /// to it. Answered once per method by the pass, so that most calls cost one look-up for every rule.
    /// </summary>
    public virtual bool MayRecognize(IMethodSymbol method) => true;

    /// <summary>Whether what every sink of the catalog emits leaves the application (<see cref="Departs"/> need not be asked).</summary>
    public virtual bool EveryPayloadDeparts => true;

    /// <summary>
    /// Whether what the sink emits leaves the application, asked for data that is personal only by inference: every sink
    /// but a serializer's, whose payload may be the application's own response or database column.
    /// </summary>
    /// <param name="call">The sink call among the method's source operations.</param>
    /// <param name="sink">What the call was recognised as.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual bool Departs(IOperation call, SinkCall sink, System.Threading.CancellationToken cancellationToken) => true;

    /// <summary>All types of a metadata name in the compilation and its references.</summary>
    protected static ImmutableHashSet<INamedTypeSymbol> TypesNamed(Compilation compilation, string metadataName) =>
        TypeLookup.TypesNamed(compilation, metadataName);
}
