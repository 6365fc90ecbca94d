using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Model;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// The third-party recipients of PII003: every method and constructor of a type marked <c>[ThirdParty]</c> (class,
/// struct or interface, the types deriving from one, and the types implementing a marked interface), every
/// method marked <c>[ThirdParty]</c>, the recipients declared in <c>PiiAnalyzers.txt</c>, each with its purpose;
/// and <c>HttpClient</c> requests, whose URI and content leave the organisation, but for the clients of its own services
/// (<see cref="FirstPartyClients"/>).
/// </summary>
internal sealed class ThirdPartySinkCatalog : SinkCatalog
{
    private readonly SinkTable _table;
    private readonly EmittedArguments _emitted = new();
    private readonly ImmutableHashSet<INamedTypeSymbol> _thirdPartyAttributes;
    private readonly PrivacyConfiguration _configuration;
    private readonly FirstPartyClients _firstParties;
    private readonly ConcurrentDictionary<ISymbol, Recipient> _recipients = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, Purpose?> _typePurposes = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

    public ThirdPartySinkCatalog(Compilation compilation, PrivacyConfiguration configuration, bool recipientsInReach)
    {
        _configuration = configuration;
        _table = new SinkTable(compilation, ThirdPartySinkTable.Rows);
        // Recipients are read from attributes only where [ThirdParty] is written (ProjectPrivacy.RecipientsInReach): most
        // calls' targets are asked about.
        _thirdPartyAttributes = recipientsInReach ? PrivacyAttributeTypes.For(compilation).ThirdParty : ImmutableHashSet<INamedTypeSymbol>.Empty;
        _firstParties = new FirstPartyClients(compilation, configuration);
    }

    public override bool IsEmpty => _thirdPartyAttributes.IsEmpty && _table.IsEmpty && !_configuration.DeclaresThirdParties;

    public override bool MayRecognize(IMethodSymbol method) =>
        method.ContainingType is { } type && (_table.Declares(type) || RecipientOf(method).IsRecipient);

    public override SinkCall? Recognize(IOperation call)
    {
        (IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments) = call switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };

        if (method?.ContainingType is not { } type || arguments.IsEmpty)
        {
            return null;
        }

        if (_table.Declares(type))
        {
            // A request to one of the organisation's own services is not sharing with a third party.
            IOperation? client = call is IInvocationOperation { Instance: { } instance } ? instance : method.IsExtensionMethod ? arguments[0].Value : null;
            return call is IInvocationOperation invocation && _table.RowOf(method) is { } row && !_firstParties.Holds(client)
                ? new SinkCall(CallNames.Of(row, invocation), row.Family, _emitted.Of(row, arguments), row.Purpose)
                : null;
        }

        Recipient recipient = RecipientOf(method);
        return recipient.IsRecipient
            ? new SinkCall(recipient.Name, SinkFamily.Recipient, EmittedArguments.Everything(arguments, Rendering.Destructured), recipient.Purpose)
            : null;
    }

    private Recipient RecipientOf(IMethodSymbol method)
    {
        if (_thirdPartyAttributes.IsEmpty && !_configuration.DeclaresThirdParties)
        {
            return Recipient.None; // nothing in reach names a recipient: no method needs a cache entry to say so
        }

        IMethodSymbol definition = method.OriginalDefinition;
        return _recipients.TryGetValue(definition, out Recipient? known) ? known : _recipients.GetOrAdd(definition, ComputeRecipient(definition));
    }

    private Recipient ComputeRecipient(IMethodSymbol method)
    {
        INamedTypeSymbol type = method.ContainingType;
        if ((Declared(method) ?? (type is null ? null : TypePurpose(type))) is not { } found)
        {
            return Recipient.None;
        }

        return new Recipient(CallNames.OfRecipient(method), found);
    }

    /// <summary>
    /// The purpose of a type marked <c>[ThirdParty]</c>, one it derives from, or an interface it implements; once per type,
    /// for all its methods.
    /// </summary>
    private Purpose? TypePurpose(INamedTypeSymbol type)
    {
        INamedTypeSymbol definition = type.OriginalDefinition;
        if (_typePurposes.TryGetValue(definition, out Purpose? known))
        {
            return known;
        }

        return _typePurposes.GetOrAdd(definition, ComputeTypePurpose(definition));
    }

    private Purpose? ComputeTypePurpose(INamedTypeSymbol type)
    {
        // A framework type, its bases and its interfaces carry no [ThirdParty]: only the configuration can name them.
        if (!_configuration.DeclaresThirdParties && type.ContainingAssembly is { } assembly && FrameworkAssemblies.IsFramework(assembly))
        {
            return null;
        }

        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (Declared(current) is { } purpose)
            {
                return purpose;
            }
        }

        foreach (INamedTypeSymbol contract in type.AllInterfaces)
        {
            if (Declared(contract) is { } purpose)
            {
                return purpose;
            }
        }

        return null;
    }

    /// <summary>The purpose a <c>[ThirdParty]</c> attribute or a <c>third_party</c> declaration gives the symbol.</summary>
    private Purpose? Declared(ISymbol symbol)
    {
        if (_configuration.ThirdPartyPurpose(symbol) is { } configured)
        {
            return configured;
        }

        if (PrivacyAttributeTypes.Find(symbol.OriginalDefinition, _thirdPartyAttributes) is not { } attribute)
        {
            return null;
        }

        return attribute.ConstructorArguments.Length == 1 && PurposeSet.TryGetPurpose(attribute.ConstructorArguments[0].Value, out Purpose purpose)
            ? purpose
            : Purpose.ThirdPartySharing;
    }

    private sealed class Recipient
    {
        public static readonly Recipient None = new(string.Empty, null);

        public Recipient(string name, Purpose? purpose)
        {
            Name = name;
            Purpose = purpose;
        }

        public string Name { get; }

        public Purpose? Purpose { get; }

        public bool IsRecipient => Purpose is not null;
    }
}
