using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.CodeFixes.Consent;

/// <summary>How the code at the statement reaches a consent check; the order is the ranking, best first.</summary>
internal enum CheckReach
{
    /// <summary>An instance member of the type of a field, property, parameter or local: <c>_consents.HasConsent(…)</c>.</summary>
    OnValue,

    /// <summary>A static member of another type: <c>Consent.Has(…)</c>.</summary>
    Static,

    /// <summary>A member of the containing type or its base types, instance or static: <c>HasConsent(…)</c>.</summary>
    OnThis,
}

/// <summary>A consent check the statement can be wrapped in, with the condition that calls it.</summary>
internal sealed class ConsentCheckCandidate
{
    public ConsentCheckCandidate(ISymbol check, CheckReach reach, string receiver, ExpressionSyntax condition, string display)
    {
        Check = check;
        Reach = reach;
        Receiver = receiver;
        Condition = condition;
        Display = display;
        EquivalenceKey = WrapInConsentCheckCodeFixProvider.EquivalenceKeyFor(check);
    }

    /// <summary>The method or property the condition binds to.</summary>
    public ISymbol Check { get; }

    public CheckReach Reach { get; }

    /// <summary>The field, property, parameter or local the check is called on; empty for static and own members.</summary>
    public string Receiver { get; }

    /// <summary>The condition, with fully qualified type names annotated for simplification and imports.</summary>
    public ExpressionSyntax Condition { get; }

    /// <summary>The condition as the developer will read it (for the title).</summary>
    public string Display { get; }

    public string EquivalenceKey { get; }
}

/// <summary>
/// The consent checks a statement (or an expression body) can be wrapped in, found from the code at its position, best
/// first.
/// <list type="bullet">
/// <item>Where: an instance member of the type of an in-scope field, property, parameter or local
/// (<see cref="CheckReach.OnValue"/>), a static member of an accessible type (<see cref="CheckReach.Static"/>), a
/// member of the containing type or its base types (<see cref="CheckReach.OnThis"/>); ties by the check's name, then
/// the receiver's name.</item>
/// <item>Purpose: the attribute's purpose must be the one the sink needs; a check without one must take a
/// <c>ConsentPurpose</c>, which the fix fills with the needed purpose.</item>
/// <item>Arguments: every other required parameter is filled from an in-scope parameter, local, or field or property
/// of the containing type: an exact type before an implicit conversion, then one the flagged data mentions
/// (<c>customer</c> of <c>customer.Email</c>), then one the statement mentions, then parameters and locals before
/// members, then by name. Optional parameters are left out. A check with a parameter that cannot be filled (or
/// <c>ref</c>/<c>out</c>) is not a candidate.</item>
/// <item><c>Task&lt;bool&gt;</c> checks only in an async function, with <c>await</c>; void checks never.</item>
/// </list>
/// Every candidate is verified by binding its condition speculatively at the statement: it must call the check it
/// was built for (not another overload, not a shadowing local), as the analyzers will see it.
/// </summary>
internal static class ConsentCheckCandidates
{
    /// <param name="model">The document's semantic model.</param>
    /// <param name="options">The project's analyzer options, with its <c>PiiAnalyzers.txt</c> (its <c>consent_check</c> lines).</param>
    /// <param name="code">The statement or expression body to wrap.</param>
    /// <param name="purpose">The purpose the sink needs.</param>
    /// <param name="dataSpans">Where the flagged data is.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    public static ImmutableArray<ConsentCheckCandidate> For(
        SemanticModel model, AnalyzerOptions options, SyntaxNode code, string purpose, IReadOnlyCollection<TextSpan> dataSpans, CancellationToken cancellationToken)
    {
        ConsentCheckIndex index = ConsentCheckIndex.For(model.Compilation, options, cancellationToken);
        if (index.IsEmpty || !SyntaxFacts.IsValidIdentifier(purpose))
        {
            return ImmutableArray<ConsentCheckCandidate>.Empty;
        }

        var scope = new Scope(model, index, code, purpose, dataSpans, cancellationToken);
        var found = new List<ConsentCheckCandidate>();
        foreach (Value value in scope.Values)
        {
            foreach (ISymbol check in index.ChecksOn(value.Type))
            {
                if (!check.IsStatic)
                {
                    scope.TryAdd(found, check, CheckReach.OnValue, value.Symbol);
                }
            }
        }

        if (scope.ContainingType is { } containingType)
        {
            foreach (ISymbol check in index.ChecksOn(containingType))
            {
                if (check.IsStatic || !scope.IsStaticContext)
                {
                    scope.TryAdd(found, check, CheckReach.OnThis, receiver: null);
                }
            }
        }

        foreach (ISymbol check in index.StaticChecks(cancellationToken))
        {
            if (!scope.IsInContainingTypes(check.ContainingType))
            {
                scope.TryAdd(found, check, CheckReach.Static, receiver: null);
            }
        }

        return found
            .OrderBy(candidate => candidate.Reach)
            .ThenBy(candidate => candidate.Check.Name, StringComparer.Ordinal)
            .ThenBy(candidate => candidate.Receiver, StringComparer.Ordinal)
            .ThenBy(candidate => candidate.EquivalenceKey, StringComparer.Ordinal)
            .GroupBy(candidate => candidate.EquivalenceKey, StringComparer.Ordinal)
            .Select(group => group.First())
            .ToImmutableArray();
    }

    /// <summary>A value in scope at the statement that can be a receiver or an argument.</summary>
    private sealed class Value
    {
        public Value(ISymbol symbol, ITypeSymbol type, bool isLocalOrParameter)
        {
            Symbol = symbol;
            Type = type;
            IsLocalOrParameter = isLocalOrParameter;
        }

        public ISymbol Symbol { get; }

        public ITypeSymbol Type { get; }

        public bool IsLocalOrParameter { get; }
    }

    /// <summary>What is in scope at the statement, and how candidates are built there.</summary>
    private sealed class Scope
    {
        private readonly SemanticModel _model;
        private readonly ConsentCheckIndex _index;
        private readonly int _position;
        private readonly string _purpose;
        private readonly bool _isAsync;
        private readonly Dictionary<ISymbol, int> _mentions = new(SymbolEqualityComparer.Default);
        private readonly CancellationToken _cancellationToken;

        public Scope(
            SemanticModel model, ConsentCheckIndex index, SyntaxNode code, string purpose, IReadOnlyCollection<TextSpan> dataSpans,
            CancellationToken cancellationToken)
        {
            _model = model;
            _index = index;
            _position = code.SpanStart;
            _purpose = purpose;
            _cancellationToken = cancellationToken;

            ISymbol? enclosing = model.GetEnclosingSymbol(_position, cancellationToken);
            _isAsync = enclosing is IMethodSymbol { IsAsync: true };
            ContainingType = enclosing as INamedTypeSymbol ?? enclosing?.ContainingType;
            for (ISymbol? current = enclosing; current is not null and not INamedTypeSymbol; current = current.ContainingSymbol)
            {
                if (current.IsStatic)
                {
                    IsStaticContext = true;
                    break;
                }
            }

            // The values the statement mentions: 2 in the flagged data itself, 1 elsewhere in the statement.
            foreach (IdentifierNameSyntax name in code.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (model.GetSymbolInfo(name, cancellationToken).Symbol is { } symbol)
                {
                    int mention = dataSpans.Any(span => span.Contains(name.Span)) ? 2 : 1;
                    _mentions[symbol] = _mentions.TryGetValue(symbol, out int known) ? Math.Max(known, mention) : mention;
                }
            }

            Values = InScopeValues(code).ToImmutableArray();
        }

        public INamedTypeSymbol? ContainingType { get; }

        /// <summary>Whether the statement is in a static member, static lambda or static local function (no <c>this</c>).</summary>
        public bool IsStaticContext { get; }

        public ImmutableArray<Value> Values { get; }

        public bool IsInContainingTypes(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = ContainingType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, type.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Adds the candidate for the check reached this way, when its purpose fits and its arguments can be filled.</summary>
        public void TryAdd(List<ConsentCheckCandidate> found, ISymbol check, CheckReach reach, ISymbol? receiver)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_index.DeclarationOf(check) is not { } declaration ||
                (declaration.Answer == CheckAnswer.AwaitedBool && !_isAsync) ||
                !_model.IsAccessible(_position, check) ||
                (check is IPropertySymbol { GetMethod: { } getter } && !_model.IsAccessible(_position, getter)) ||
                (reach != CheckReach.OnValue && !_model.IsAccessible(_position, check.ContainingType)))
            {
                return;
            }

            if (declaration.HasFixedPurpose && !string.Equals(declaration.FixedPurpose, _purpose, StringComparison.Ordinal))
            {
                return;
            }

            IParameterSymbol? purposeParameter = check is IMethodSymbol method ? method.Parameters.FirstOrDefault(p => _index.IsPurposeType(p.Type)) : null;
            if (!declaration.HasFixedPurpose && purposeParameter is null)
            {
                // Neither the attribute nor the call says the purpose: the analyzers cannot count it.
                return;
            }

            if (Arguments(check, purposeParameter, receiver) is not { } arguments)
            {
                return;
            }

            ExpressionSyntax target = Target(check, reach, receiver, forDisplay: false);
            ExpressionSyntax call = check is IMethodSymbol ? SyntaxFactory.InvocationExpression(target, Argument(arguments, forDisplay: false)) : target;
            ISymbol? bound = _model.GetSpeculativeSymbolInfo(_position, call, SpeculativeBindingOption.BindAsExpression).Symbol;
            if (bound is null || !SameMember(bound, check) || _index.DeclarationOf(bound) is null)
            {
                return;
            }

            ExpressionSyntax displayTarget = Target(check, reach, receiver, forDisplay: true);
            ExpressionSyntax display = check is IMethodSymbol ? SyntaxFactory.InvocationExpression(displayTarget, Argument(arguments, forDisplay: true)) : displayTarget;
            if (declaration.Answer == CheckAnswer.AwaitedBool)
            {
                call = SyntaxFactory.AwaitExpression(call);
                display = SyntaxFactory.AwaitExpression(display);
            }

            found.Add(new ConsentCheckCandidate(bound, reach, receiver?.Name ?? "", call, display.NormalizeWhitespace().ToFullString()));
        }

        /// <summary>The arguments of a method check (<see langword="null"/> when one cannot be filled); none for a property.</summary>
        private List<(IParameterSymbol Parameter, Func<bool, ExpressionSyntax> Expression, bool Named)>? Arguments(
            ISymbol check, IParameterSymbol? purposeParameter, ISymbol? receiver)
        {
            var arguments = new List<(IParameterSymbol, Func<bool, ExpressionSyntax>, bool)>();
            if (check is not IMethodSymbol method)
            {
                return arguments;
            }

            bool named = false;
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (SymbolEqualityComparer.Default.Equals(parameter, purposeParameter))
                {
                    if (!parameter.Type.GetMembers(_purpose).OfType<IFieldSymbol>().Any(field => field.HasConstantValue))
                    {
                        return null;
                    }

                    arguments.Add((parameter, forDisplay => PurposeExpression(parameter.Type, forDisplay), named));
                }
                else if (parameter.IsOptional || parameter.IsParams)
                {
                    named = true;
                }
                else if (parameter.RefKind is not (RefKind.None or RefKind.In) || BestValue(parameter.Type, receiver) is not { } value)
                {
                    return null;
                }
                else
                {
                    arguments.Add((parameter, _ => SyntaxFactory.IdentifierName(Escape(value.Symbol.Name)), named));
                }
            }

            return arguments;
        }

        /// <summary>
        /// The in-scope value for a parameter: an exact type before an implicit conversion, then one the flagged data
        /// mentions, then one the statement mentions, then parameters and locals before members, then by name.
        /// </summary>
        private Value? BestValue(ITypeSymbol parameterType, ISymbol? receiver) => Values
            .Where(value => !SymbolEqualityComparer.Default.Equals(value.Symbol, receiver))
            .Select(value => (Value: value, Fit: Fit(value.Type, parameterType)))
            .Where(candidate => candidate.Fit > 0)
            .OrderByDescending(candidate => candidate.Fit)
            .ThenByDescending(candidate => _mentions.TryGetValue(candidate.Value.Symbol, out int mention) ? mention : 0)
            .ThenByDescending(candidate => candidate.Value.IsLocalOrParameter)
            .ThenBy(candidate => candidate.Value.Symbol.Name, StringComparer.Ordinal)
            .Select(candidate => candidate.Value)
            .FirstOrDefault();

        private int Fit(ITypeSymbol valueType, ITypeSymbol parameterType)
        {
            if (SymbolEqualityComparer.Default.Equals(valueType, parameterType))
            {
                return 2;
            }

            return _model.Compilation.ClassifyCommonConversion(valueType, parameterType).IsImplicit ? 1 : 0;
        }

        private ExpressionSyntax Target(ISymbol check, CheckReach reach, ISymbol? receiver, bool forDisplay)
        {
            SimpleNameSyntax name = SyntaxFactory.IdentifierName(Escape(check.Name));
            return reach switch
            {
                CheckReach.OnValue => SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(Escape(receiver!.Name)), name),
                CheckReach.Static => SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, TypeName(check.ContainingType, forDisplay), name),
                _ => name,
            };
        }

        private ExpressionSyntax PurposeExpression(ITypeSymbol purposeType, bool forDisplay) =>
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, TypeName(purposeType, forDisplay), SyntaxFactory.IdentifierName(_purpose));

        /// <summary>A type's fully qualified name, to be simplified (and imported) after the fix; its plain name for display.</summary>
        private static ExpressionSyntax TypeName(ITypeSymbol type, bool forDisplay) => forDisplay
            ? SyntaxFactory.IdentifierName(Escape(type.Name))
            : SyntaxFactory.ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        private static ArgumentListSyntax Argument(List<(IParameterSymbol Parameter, Func<bool, ExpressionSyntax> Expression, bool Named)> arguments, bool forDisplay) =>
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments.Select(argument =>
            {
                ArgumentSyntax syntax = SyntaxFactory.Argument(argument.Expression(forDisplay));
                return argument.Named ? syntax.WithNameColon(SyntaxFactory.NameColon(Escape(argument.Parameter.Name))) : syntax;
            })));

        /// <summary>Whether the condition binds to the check itself, or to what it overrides or what overrides it.</summary>
        private static bool SameMember(ISymbol bound, ISymbol check) =>
            Overrides(bound.OriginalDefinition, check.OriginalDefinition) || Overrides(check.OriginalDefinition, bound.OriginalDefinition);

        private static bool Overrides(ISymbol member, ISymbol ancestor)
        {
            for (ISymbol? current = member; current is not null; current = current switch
            {
                IMethodSymbol m => m.OverriddenMethod?.OriginalDefinition,
                IPropertySymbol p => p.OverriddenProperty?.OriginalDefinition,
                _ => null,
            })
            {
                if (SymbolEqualityComparer.Default.Equals(current, ancestor))
                {
                    return true;
                }
            }

            return false;
        }

        private IEnumerable<Value> InScopeValues(SyntaxNode code)
        {
            foreach (ISymbol symbol in _model.LookupSymbols(_position))
            {
                switch (symbol)
                {
                    case ILocalSymbol local when DeclaredBefore(local, code):
                        yield return new Value(local, local.Type, isLocalOrParameter: true);
                        break;
                    case IParameterSymbol parameter:
                        yield return new Value(parameter, parameter.Type, isLocalOrParameter: true);
                        break;
                    case IFieldSymbol { IsImplicitlyDeclared: false } field when IsUsableMember(field):
                        yield return new Value(field, field.Type, isLocalOrParameter: false);
                        break;
                    case IPropertySymbol { IsIndexer: false, GetMethod: { } getter } property when IsUsableMember(property) && _model.IsAccessible(_position, getter):
                        yield return new Value(property, property.Type, isLocalOrParameter: false);
                        break;
                }
            }
        }

        /// <summary>A local declared before the code (not one the wrapped code itself declares, nor a later one).</summary>
        private static bool DeclaredBefore(ILocalSymbol local, SyntaxNode code) =>
            local.DeclaringSyntaxReferences.Length > 0 && local.DeclaringSyntaxReferences[0].Span.Start < code.SpanStart;

        /// <summary>A static member, or an instance member of the containing type or a base of it where <c>this</c> exists.</summary>
        private bool IsUsableMember(ISymbol member) => member.IsStatic || (!IsStaticContext && IsInContainingTypes(member.ContainingType));

        private static string Escape(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
