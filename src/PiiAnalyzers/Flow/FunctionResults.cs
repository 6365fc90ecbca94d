using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Flow;

/// <summary>
/// What the functions passed to a call return, for calls whose result is made of what they return:
/// <c>customers.Select(c =&gt; c.Email)</c>, <c>list.ConvertAll(c =&gt; c.Name)</c>, <c>Task.Run(() =&gt; c.Email)</c>,
/// <c>cache.GetOrAdd(id, _ =&gt; c.Phone)</c>. A call qualifies when a parameter is a delegate whose result type uses a
/// type parameter that the call's result type uses too (<c>Func&lt;TSource, TResult&gt;</c> into
/// <c>IEnumerable&lt;TResult&gt;</c>); a predicate (<c>Func&lt;T, bool&gt;</c>) does not.
/// </summary>
/// <remarks>
/// A lambda's returned values are judged on their own, as if none of its locals and parameters carried personal data
/// (<c>c =&gt; c.Email</c> is enough; <c>c =&gt; { var e = c.Email; return e; }</c> is not followed), once per lambda.
/// A method group passed instead (<c>Select(Directory.EmailOf)</c>) counts by its marked return value.
/// </remarks>
internal sealed class FunctionResults
{
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<int>> _resultParameters = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxNode, PersonalDataOrigin?> _lambdas = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity);
    private readonly ConcurrentDictionary<SyntaxNode, IOperation> _bodies = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity);
    private readonly CarrierEvaluator _evaluator;

    public FunctionResults(CarrierEvaluator evaluator) => _evaluator = evaluator;

    /// <summary>The personal data a function passed to the call returns into its result, or <see langword="null"/>.</summary>
    public PersonalDataOrigin? Of(IInvocationOperation invocation)
    {
        ImmutableArray<int> ordinals = _resultParameters.GetOrAdd(invocation.TargetMethod.OriginalDefinition, ResultParameters);
        if (ordinals.IsEmpty)
        {
            return null;
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && ordinals.Contains(parameter.Ordinal) && Returned(argument.Value) is { } origin)
            {
                return origin;
            }
        }

        return null;
    }

    /// <summary>
    /// The personal data a delegate made here returns: what its lambda returns by itself, or else what the locals it captures
    /// carry at this point of the method (<c>() =&gt; $"customer {email}"</c>, invoked later or handed to a logger as its
    /// formatter). <see langword="null"/> for a method group without marked return value, or a lambda not met yet.
    /// </summary>
    public PersonalDataOrigin? Captured(IOperation value, ICarrierLookup slots)
    {
        value = Function(value);
        if (Returned(value) is { } returned)
        {
            return returned;
        }

        IOperation? body = value switch
        {
            IAnonymousFunctionOperation function => function.Body,
            IFlowAnonymousFunctionOperation flowFunction when _bodies.TryGetValue(flowFunction.Syntax, out IOperation? learned) => learned,
            _ => null,
        };

        return body is null ? null : _evaluator.ReturnedBy(body, asText: false, slots);
    }

    /// <summary>The function a delegate value is made of: its lambda or method group, through conversions and delegate creation.</summary>
    private static IOperation Function(IOperation value)
    {
        while (true)
        {
            switch (value)
            {
                case IConversionOperation conversion:
                    value = conversion.Operand;
                    continue;
                case IDelegateCreationOperation creation:
                    value = creation.Target;
                    continue;
                default:
                    return value;
            }
        }
    }

    /// <summary>What a function returns by itself, its locals and parameters carrying nothing.</summary>
    private PersonalDataOrigin? Returned(IOperation value)
    {
        switch (Function(value))
        {
            case IMethodReferenceOperation reference:
                return _evaluator.Catalog.MarkedMember(reference.Method);
            case IAnonymousFunctionOperation function:
                _bodies.TryAdd(function.Syntax, function.Body);
                return _lambdas.GetOrAdd(function.Syntax, _ => _evaluator.ReturnedBy(function.Body, asText: false));
            case IFlowAnonymousFunctionOperation flowFunction:
                // A control-flow graph holds no body of its lambdas: Learn read it from the lambda's own graph.
                return _lambdas.TryGetValue(flowFunction.Syntax, out PersonalDataOrigin? learned) ? learned : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// Reads what a lambda of a control-flow graph returns, once per lambda, as the flow analysis meets it (before the call
    /// it is passed to): the graph's lambdas (<see cref="IFlowAnonymousFunctionOperation"/>) have no body, their own graph's
    /// original operation has.
    /// </summary>
    public void Learn(IFlowAnonymousFunctionOperation lambda, ControlFlowGraph graph, CancellationToken cancellationToken)
    {
        if (!_lambdas.ContainsKey(lambda.Syntax) || !_bodies.ContainsKey(lambda.Syntax))
        {
            IAnonymousFunctionOperation? function = graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken).OriginalOperation as IAnonymousFunctionOperation;
            if (function is not null)
            {
                _bodies.TryAdd(lambda.Syntax, function.Body);
            }

            _lambdas.TryAdd(lambda.Syntax, function is not null ? _evaluator.ReturnedBy(function.Body, asText: false) : null);
        }
    }

    /// <summary>The ordinals of the parameters whose delegate's result goes into the method's result.</summary>
    private static ImmutableArray<int> ResultParameters(IMethodSymbol method)
    {
        if (method.ReturnsVoid || method.Parameters.IsEmpty)
        {
            return ImmutableArray<int>.Empty;
        }

        ImmutableArray<int>.Builder? ordinals = null;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (parameter.Type is INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { ReturnsVoid: false } invoke } &&
                SharesTypeParameter(invoke.ReturnType, method.ReturnType))
            {
                (ordinals ??= ImmutableArray.CreateBuilder<int>()).Add(parameter.Ordinal);
            }
        }

        return ordinals?.ToImmutable() ?? ImmutableArray<int>.Empty;
    }

    private static bool SharesTypeParameter(ITypeSymbol produced, ITypeSymbol result)
    {
        var parameters = new HashSet<ITypeParameterSymbol>(SymbolEqualityComparer.Default);
        Collect(produced, parameters, depth: 0);
        return parameters.Count > 0 && Uses(result, parameters, depth: 0);
    }

    private static void Collect(ITypeSymbol type, HashSet<ITypeParameterSymbol> parameters, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        switch (type)
        {
            case ITypeParameterSymbol parameter:
                parameters.Add(parameter);
                break;
            case IArrayTypeSymbol array:
                Collect(array.ElementType, parameters, depth + 1);
                break;
            case INamedTypeSymbol named:
                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    Collect(argument, parameters, depth + 1);
                }

                break;
        }
    }

    private static bool Uses(ITypeSymbol type, HashSet<ITypeParameterSymbol> parameters, int depth) => depth <= 8 && type switch
    {
        ITypeParameterSymbol parameter => parameters.Contains(parameter),
        IArrayTypeSymbol array => Uses(array.ElementType, parameters, depth + 1),
        INamedTypeSymbol named => named.TypeArguments.Any(argument => Uses(argument, parameters, depth + 1)),
        _ => false,
    };
}
