using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.Model;

/// <summary>
/// The HTTP clients of the organisation's own services, whose requests are not sharing with a third party: an
/// <c>HttpClient</c> held by a type marked <c>[FirstParty]</c> or declared <c>first_party T:…</c> (a typed client: its
/// field, property or constructor parameter — a primary constructor's too —, the marking of a base type or an interface
/// counting for the types deriving from it or implementing it; the type that declares the field or property is the one
/// judged), and a named client declared <c>first_party client:name</c>, created by <c>CreateClient("name")</c> in the call,
/// or with a string literal in the declaration of the local that holds it.
/// </summary>
internal sealed class FirstPartyClients
{
    private const string CreateClient = "CreateClient";

    private readonly ImmutableHashSet<INamedTypeSymbol> _attributes;
    private readonly PrivacyConfiguration _configuration;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _types = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

    public FirstPartyClients(Compilation compilation, PrivacyConfiguration configuration)
    {
        _attributes = PrivacyAttributeTypes.For(compilation).FirstParty;
        _configuration = configuration;
    }

    /// <summary>Whether nothing can be first party in the compilation: no <c>[FirstParty]</c> type in sight, no declaration.</summary>
    public bool IsEmpty => _attributes.IsEmpty && !_configuration.DeclaresFirstParties;

    /// <summary>Whether the <c>HttpClient</c> an HTTP request is sent with (its receiver) is a first party's.</summary>
    public bool Holds(IOperation? client)
    {
        if (IsEmpty || client is null)
        {
            return false;
        }

        while (client is IConversionOperation conversion)
        {
            client = conversion.Operand;
        }

        return client switch
        {
            IFieldReferenceOperation field => IsFirstParty(field.Field.ContainingType),
            IPropertyReferenceOperation property => IsFirstParty(property.Property.ContainingType),
            IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { } owner } } => IsFirstParty(owner),
            IInvocationOperation { TargetMethod.Name: CreateClient } creation => NamesFirstPartyClient(creation),
            ILocalReferenceOperation local => DeclaredFromFirstPartyClient(local.Local),
            _ => false,
        };
    }

    private bool IsFirstParty(INamedTypeSymbol type) => _types.GetOrAdd(type.OriginalDefinition, ComputeIsFirstParty);

    private bool ComputeIsFirstParty(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (IsMarked(current))
            {
                return true;
            }
        }

        // A client of an internal service's interface ([FirstParty] interface IOrderingApi).
        foreach (INamedTypeSymbol contract in type.AllInterfaces)
        {
            if (IsMarked(contract))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsMarked(INamedTypeSymbol type) =>
        _configuration.IsFirstParty(type) || PrivacyAttributeTypes.Has(type.OriginalDefinition, _attributes);

    private bool NamesFirstPartyClient(IInvocationOperation creation)
    {
        foreach (IArgumentOperation argument in creation.Arguments)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: string name })
            {
                return _configuration.IsFirstPartyClient(name);
            }
        }

        return false;
    }

    /// <summary>
    /// A local declared <c>var client = factory.CreateClient("ordering")</c>, read from its declaration (a control-flow
    /// graph's operation does not lead back to it): the name must be a string literal there.
    /// </summary>
    private bool DeclaredFromFirstPartyClient(ILocalSymbol local)
    {
        if (!_configuration.DeclaresFirstParties)
        {
            return false;
        }

        foreach (SyntaxReference reference in local.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: var value } &&
                Unwrapped(value) is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } invocation &&
                CalledName(invocation.Expression) == CreateClient &&
                arguments[0].Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
            {
                return _configuration.IsFirstPartyClient(literal.Token.ValueText);
            }
        }

        return false;
    }

    private static ExpressionSyntax Unwrapped(ExpressionSyntax value)
    {
        while (value is ParenthesizedExpressionSyntax or AwaitExpressionSyntax or PostfixUnaryExpressionSyntax)
        {
            value = value switch
            {
                ParenthesizedExpressionSyntax parenthesized => parenthesized.Expression,
                AwaitExpressionSyntax awaited => awaited.Expression,
                PostfixUnaryExpressionSyntax suppressed => suppressed.Operand,
                _ => value,
            };
        }

        return value;
    }

    private static string? CalledName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        IdentifierNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };
}
