using System.Collections.Generic;
using System.Collections.Immutable;
using PiiAnalyzers.Markers;

namespace PiiAnalyzers.Flow;

/// <summary>What the carriers of personal data are at one program point.</summary>
internal interface ICarrierLookup
{
    /// <summary>The personal data the slot holds here, or <see langword="null"/>.</summary>
    PersonalDataOrigin? CarrierIn(FlowSlot slot);
}

/// <summary>
/// The facts of the flow analysis at one program point: which slots carry personal data (a may-fact: the union
/// over paths). Immutable; the join at a merge point is <see cref="Join"/>.
/// </summary>
internal sealed class FlowState : ICarrierLookup
{
    public static readonly FlowState Empty = new(ImmutableDictionary<FlowSlot, PersonalDataOrigin>.Empty);

    private readonly ImmutableDictionary<FlowSlot, PersonalDataOrigin> _carriers;

    private FlowState(ImmutableDictionary<FlowSlot, PersonalDataOrigin> carriers)
    {
        _carriers = carriers;
    }

    public PersonalDataOrigin? CarrierIn(FlowSlot slot) => _carriers.TryGetValue(slot, out var origin) ? origin : null;

    /// <summary>The state after the slot was assigned a value carrying <paramref name="origin"/> (or none).</summary>
    public FlowState WithCarrier(FlowSlot slot, PersonalDataOrigin? origin)
    {
        if (origin is null)
        {
            return _carriers.ContainsKey(slot) ? new FlowState(_carriers.Remove(slot)) : this;
        }

        return _carriers.TryGetValue(slot, out var existing) && existing.Equals(origin)
            ? this
            : new FlowState(_carriers.SetItem(slot, origin));
    }

    /// <summary>The state after the slot also received <paramref name="origin"/>, keeping what it had.</summary>
    public FlowState WithAddedCarrier(FlowSlot slot, PersonalDataOrigin? origin) =>
        origin is null ? this : WithCarrier(slot, PersonalDataOrigin.Either(CarrierIn(slot), origin));

    /// <summary>The merge of two paths: a slot carries personal data if it does on either path.</summary>
    public FlowState Join(FlowState other)
    {
        if (ReferenceEquals(this, other) || other._carriers.IsEmpty)
        {
            return this;
        }

        if (_carriers.IsEmpty)
        {
            return other;
        }

        var merged = _carriers.ToBuilder();
        foreach (KeyValuePair<FlowSlot, PersonalDataOrigin> entry in other._carriers)
        {
            merged[entry.Key] = PersonalDataOrigin.Either(CarrierIn(entry.Key), entry.Value)!;
        }

        return new FlowState(merged.ToImmutable());
    }

    public bool SameAs(FlowState other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (_carriers.Count != other._carriers.Count)
        {
            return false;
        }

        foreach (KeyValuePair<FlowSlot, PersonalDataOrigin> entry in _carriers)
        {
            if (!other._carriers.TryGetValue(entry.Key, out var theirs) || !theirs.Equals(entry.Value))
            {
                return false;
            }
        }

        return true;
    }
}
