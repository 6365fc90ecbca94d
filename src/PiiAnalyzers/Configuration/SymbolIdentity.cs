using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Configuration;

/// <summary>
/// Compares symbols by identity, for the hot caches keyed by a definition (<c>OriginalDefinition</c>) of one
/// compilation: the compiler hands out one object per definition, so identity is equality there, and asking the
/// object for its own hash and equality costs several calls per look-up. Two equal symbols that are distinct objects
/// only make two entries with the same answer.
/// </summary>
internal sealed class SymbolIdentity : IEqualityComparer<ISymbol>
{
    public static readonly SymbolIdentity Instance = new();

    private SymbolIdentity()
    {
    }

    public bool Equals(ISymbol? x, ISymbol? y) => ReferenceEquals(x, y);

    public int GetHashCode(ISymbol obj) => RuntimeHelpers.GetHashCode(obj);
}
