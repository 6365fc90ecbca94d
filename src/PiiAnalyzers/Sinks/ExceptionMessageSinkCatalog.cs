using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// The exception messages of PII004: constructing any type that derives from <c>System.Exception</c>
/// (<c>new InvalidOperationException(…)</c>, <c>throw new CustomerNotFoundException(…)</c>, and a constructor's
/// <c>: base(…)</c>/<c>: this(…)</c> call to an exception constructor). The values that go into the message are:
/// <list type="bullet">
/// <item>a <c>string</c> parameter named <c>message</c>, of any exception;</item>
/// <item><c>actualValue</c> of <c>ArgumentOutOfRangeException</c>, which its message prints ("Actual value was …");</item>
/// <item>for an exception declared outside the <c>System</c> and <c>Microsoft</c> namespaces (the project's own, a
/// library's) whose constructor has no <c>message</c> parameter: its first <c>string</c> parameter, which such
/// constructors weave into their message (<c>new CustomerNotFoundException(email)</c>).</item>
/// </list>
/// A parameter named <c>paramName</c> (or <c>parameterName</c>) is the name of an argument, never a message. All is
/// rendered as text: a record put in a message prints its generated <c>ToString</c>. The sink is named after the
/// exception type (<c>InvalidOperationException</c>).
/// <para>
/// An exception's <c>Data</c> travels with it to the same logs and error trackers: a value added with
/// <c>ex.Data.Add(key, value)</c> or <c>ex.Data[key] = value</c> is a sink too, named <c>InvalidOperationException.Data</c>.
/// </para>
/// </summary>
internal sealed class ExceptionMessageSinkCatalog : SinkCatalog
{
    private readonly ImmutableHashSet<INamedTypeSymbol> _exceptionBases;
    private readonly ImmutableHashSet<INamedTypeSymbol> _dictionaries;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _exceptionTypes = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<int>> _messageParameters = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

    public ExceptionMessageSinkCatalog(Compilation compilation)
    {
        _exceptionBases = TypesNamed(compilation, "System.Exception");
        _dictionaries = TypesNamed(compilation, "System.Collections.IDictionary");
    }

    public override bool IsEmpty => _exceptionBases.IsEmpty;

    /// <inheritdoc/>
    public override bool WatchesIndexerAssignments => !_dictionaries.IsEmpty;

    public override bool MayRecognize(IMethodSymbol method) =>
        method.ContainingType is { } type &&
        (IsDataWrite(method) ||
         (method.MethodKind == MethodKind.Constructor && IsException(type) && !_messageParameters.GetOrAdd(method.OriginalDefinition, MessageParameters).IsEmpty));

    public override SinkCall? Recognize(IOperation call)
    {
        if (call is IInvocationOperation { Instance: IPropertyReferenceOperation { Property.Name: "Data", Instance.Type: INamedTypeSymbol thrown } } dataAdd &&
            IsDataWrite(dataAdd.TargetMethod) && IsException(thrown))
        {
            // ex.Data.Add("Email", customer.Email): the value goes wherever the exception is logged or tracked.
            var added = ImmutableArray.CreateBuilder<SinkArgument>();
            foreach (IArgumentOperation argument in dataAdd.Arguments)
            {
                if (argument.Parameter?.Name == "value")
                {
                    added.Add(new SinkArgument(argument.Value, Rendering.Text));
                }
            }

            return new SinkCall(thrown.Name + ".Data", SinkFamily.ExceptionMessage, added.ToImmutable());
        }

        if (call is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: IPropertyReferenceOperation { Property.Name: "Data", Instance.Type: INamedTypeSymbol owner } } indexer } assignment &&
            indexer.Property.SetMethod is { } setter && IsDataWrite(setter) && IsException(owner))
        {
            // ex.Data["Email"] = customer.Email: the same, written through the indexer.
            return new SinkCall(owner.Name + ".Data", SinkFamily.ExceptionMessage, ImmutableArray.Create(new SinkArgument(assignment.Value, Rendering.Text)));
        }

        // A constructor's ': base(…)' call is named after the exception being constructed, not its base.
        (IMethodSymbol? constructor, ImmutableArray<IArgumentOperation> arguments) = call switch
        {
            IObjectCreationOperation { Constructor: { } created } creation => (created, creation.Arguments),
            IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } initializer => (initializer.TargetMethod, initializer.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };

        if (constructor?.ContainingType is not { } type || arguments.IsEmpty || !IsException(type))
        {
            return null;
        }

        ImmutableArray<int> messages = _messageParameters.GetOrAdd(constructor.OriginalDefinition, MessageParameters);
        if (messages.IsEmpty)
        {
            return null;
        }

        var values = ImmutableArray.CreateBuilder<SinkArgument>();
        foreach ((IParameterSymbol? parameter, IOperation value) in EmittedArguments.Values(arguments))
        {
            if (parameter is not null && messages.Contains(parameter.Ordinal))
            {
                values.Add(new SinkArgument(value, Rendering.Text));
            }
        }

        if (values.Count == 0)
        {
            return null;
        }

        return new SinkCall(CallNames.OfConstructed(call, constructor), SinkFamily.ExceptionMessage, values.ToImmutable());
    }

    /// <summary><c>IDictionary.Add</c> and the setter of its indexer, which an exception's <c>Data</c> is.</summary>
    private bool IsDataWrite(IMethodSymbol method) =>
        method.Name is "Add" or "set_Item" && method.ContainingType is { } type && _dictionaries.Contains(type.OriginalDefinition);

    private bool IsException(INamedTypeSymbol type) => _exceptionTypes.GetOrAdd(type.OriginalDefinition, ComputeIsException);

    private bool ComputeIsException(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (_exceptionBases.Contains(current.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ordinals of the parameters of an exception constructor that go into the exception's message.</summary>
    private static ImmutableArray<int> MessageParameters(IMethodSymbol constructor)
    {
        var found = ImmutableArray.CreateBuilder<int>();
        INamedTypeSymbol type = constructor.ContainingType;
        bool actualValuePrinted = type.Name == "ArgumentOutOfRangeException" && TypeLookup.IsSystemOrMicrosoft(type);
        foreach (IParameterSymbol parameter in constructor.Parameters)
        {
            if ((parameter.Name == "message" && IsString(parameter.Type)) || (actualValuePrinted && parameter.Name == "actualValue"))
            {
                found.Add(parameter.Ordinal);
            }
        }

        if (found.Count == 0 && !TypeLookup.IsSystemOrMicrosoft(type))
        {
            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                if (IsString(parameter.Type) && !IsArgumentName(parameter.Name))
                {
                    found.Add(parameter.Ordinal);
                    break;
                }
            }
        }

        return found.ToImmutable();
    }

    private static bool IsString(ITypeSymbol type) => type.SpecialType == SpecialType.System_String;

    private static bool IsArgumentName(string name) =>
        name.Equals("paramName", StringComparison.OrdinalIgnoreCase) || name.Equals("parameterName", StringComparison.OrdinalIgnoreCase);

}
