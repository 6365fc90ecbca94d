using System;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.Model;

/// <summary>
/// What a yes-or-no value says about consent: the purposes consented to when it is true, and when it is false
/// (a consent check call is (its purpose, none); its negation the other way round).
/// </summary>
internal readonly struct ConsentCondition : IEquatable<ConsentCondition>
{
    public static readonly ConsentCondition Unknown = new(PurposeSet.None, PurposeSet.None);

    public ConsentCondition(PurposeSet whenTrue, PurposeSet whenFalse)
    {
        WhenTrue = whenTrue;
        WhenFalse = whenFalse;
    }

    public PurposeSet WhenTrue { get; }

    public PurposeSet WhenFalse { get; }

    public bool IsUnknown => WhenTrue.IsEmpty && WhenFalse.IsEmpty;

    public ConsentCondition Negated => new(WhenFalse, WhenTrue);

    /// <summary>The condition together with what already held where it was computed.</summary>
    public ConsentCondition With(PurposeSet holding) => new(WhenTrue.Union(holding), WhenFalse.Union(holding));

    /// <summary>Where two paths meet, what the value says on both.</summary>
    public ConsentCondition Meet(ConsentCondition other) => new(WhenTrue.Intersect(other.WhenTrue), WhenFalse.Intersect(other.WhenFalse));

    public bool Equals(ConsentCondition other) => WhenTrue.Equals(other.WhenTrue) && WhenFalse.Equals(other.WhenFalse);

    public override bool Equals(object? obj) => obj is ConsentCondition other && Equals(other);

    public override int GetHashCode() => (WhenTrue.GetHashCode() * 397) ^ WhenFalse.GetHashCode();
}
