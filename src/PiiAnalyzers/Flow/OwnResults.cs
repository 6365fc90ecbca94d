using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Flow;

/// <summary>
/// What a <c>ToString</c> override of the compilation prints: the personal data its returned values carry, read from its
/// body (<c>public override string ToString() =&gt; $"{Name} &lt;{Email}&gt;";</c>), so that a sink printing such an
/// object sees it, as it sees a record's generated <c>ToString</c>. Each override is read once per compilation.
/// </summary>
/// <remarks>
/// The returned values are judged on their own (members of <c>this</c>, marked values, what they are composed of), not
/// through the override's locals. An override that prints itself again (<c>$"{this}"</c>) is cut where it recurses.
/// </remarks>
internal sealed class OwnToStrings
{
    [ThreadStatic]
    private static HashSet<IMethodSymbol>? t_reading;

    private readonly Compilation _compilation;
    private readonly Func<CarrierEvaluator> _evaluator;
    private readonly ConcurrentDictionary<IMethodSymbol, PersonalDataOrigin?> _printed = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

    /// <param name="compilation">The compilation whose overrides are read.</param>
    /// <param name="evaluator">The evaluator of returned values (built after the rendering that asks this).</param>
    public OwnToStrings(Compilation compilation, Func<CarrierEvaluator> evaluator)
    {
        _compilation = compilation;
        _evaluator = evaluator;
    }

    /// <summary>The personal data the override prints, or <see langword="null"/> (nothing, or not an override of this compilation).</summary>
    public PersonalDataOrigin? PrintedBy(IMethodSymbol toString)
    {
        if (!SymbolOrigin.IsDeclaredIn(toString, _compilation))
        {
            return null;
        }

        if (_printed.TryGetValue(toString, out PersonalDataOrigin? known))
        {
            return known;
        }

        HashSet<IMethodSymbol> reading = t_reading ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        if (!reading.Add(toString))
        {
            return null;
        }

        try
        {
            return _printed.GetOrAdd(toString, Read(toString));
        }
        finally
        {
            reading.Remove(toString);
        }
    }

    private PersonalDataOrigin? Read(IMethodSymbol toString)
    {
        SyntaxNode declaration = toString.DeclaringSyntaxReferences[0].GetSyntax();
#pragma warning disable RS1030 // The bodies of the compilation's own ToString overrides are read once per override.
        SemanticModel semanticModel = _compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
        if (semanticModel.GetOperation(declaration) is not { } body)
        {
            return null;
        }

        return _evaluator().ReturnedBy(body, asText: true);
    }
}
