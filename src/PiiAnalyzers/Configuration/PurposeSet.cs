using System;

namespace PiiAnalyzers.Configuration;

/// <summary>A set of consent purposes, as a bit mask: what holds on every path to a program point.</summary>
internal readonly struct PurposeSet : IEquatable<PurposeSet>
{
    private const int Count = 8;

    /// <summary>No consent.</summary>
    public static readonly PurposeSet None = new(0);

    /// <summary>Every purpose: the facts of a path that cannot be taken (the false branch of <c>true</c>).</summary>
    public static readonly PurposeSet All = new((1 << Count) - 1);

    private readonly int _bits;

    private PurposeSet(int bits)
    {
        _bits = bits;
    }

    public bool IsEmpty => _bits == 0;

    public static PurposeSet Of(Purpose purpose) => new(1 << (int)purpose);

    /// <summary>The purpose of a <c>ConsentPurpose</c> constant value, when it is one.</summary>
    public static bool TryGetPurpose(object? constant, out Purpose purpose)
    {
        if (constant is int value && value >= 0 && value < Count)
        {
            purpose = (Purpose)value;
            return true;
        }

        purpose = default;
        return false;
    }

    public bool Contains(Purpose purpose) => (_bits & (1 << (int)purpose)) != 0;

    public PurposeSet Union(PurposeSet other) => new(_bits | other._bits);

    public PurposeSet Intersect(PurposeSet other) => new(_bits & other._bits);

    public bool Equals(PurposeSet other) => _bits == other._bits;

    public override bool Equals(object? obj) => obj is PurposeSet other && Equals(other);

    public override int GetHashCode() => _bits;

    public override string ToString() => _bits == 0 ? "none" : Convert.ToString(_bits, 2);
}
