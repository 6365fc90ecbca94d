using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Flow;

/// <summary>What the carriers of personal data are at one program point.</summary>
internal interface ICarrierLookup
{
    /// <summary>The personal data the slot holds here, or <see langword="null"/>.</summary>
    PersonalDataOrigin? CarrierIn(FlowSlot slot);

    /// <summary>Whether the member of the object the slot holds was set to data written in the code (<see cref="ConstantData"/>).</summary>
    bool HoldsConstant(FlowSlot holder, ISymbol member);
}

/// <summary>The facts where nothing is known to carry personal data: no local, parameter or field does.</summary>
internal sealed class NoCarriers : ICarrierLookup
{
    public static readonly NoCarriers Instance = new();

    private NoCarriers()
    {
    }

    public PersonalDataOrigin? CarrierIn(FlowSlot slot) => null;

    public bool HoldsConstant(FlowSlot holder, ISymbol member) => false;
}

/// <summary>
/// The facts of the flow analysis at one program point. Immutable; <see cref="Join"/> merges two paths.
/// <list type="bullet">
/// <item>Carriers: which slots carry personal data, a may-fact (the union over paths).</item>
/// <item>Consent: the purposes consented to on every path here, a must-fact (the intersection over paths).</item>
/// <item>Conditions: for <c>bool</c> slots that hold a consent check's answer, the purposes that hold when the
/// slot is true and when it is false, also must-facts.</item>
/// <item>Constant members: the members of the objects slots hold that were set to data written in the code, a must-fact
/// (<see cref="ConstantData"/>).</item>
/// </list>
/// </summary>
internal sealed class FlowState : ICarrierLookup
{
    public static readonly FlowState Empty = new(
        ImmutableDictionary<FlowSlot, PersonalDataOrigin>.Empty, PurposeSet.None, ImmutableDictionary<FlowSlot, ConsentCondition>.Empty, ImmutableHashSet<MemberOfSlot>.Empty);

    private readonly ImmutableDictionary<FlowSlot, PersonalDataOrigin> _carriers;
    private readonly ImmutableDictionary<FlowSlot, ConsentCondition> _conditions;
    private readonly ImmutableHashSet<MemberOfSlot> _constants;

    private FlowState(
        ImmutableDictionary<FlowSlot, PersonalDataOrigin> carriers, PurposeSet consent, ImmutableDictionary<FlowSlot, ConsentCondition> conditions, ImmutableHashSet<MemberOfSlot> constants)
    {
        _carriers = carriers;
        Consent = consent;
        _conditions = conditions;
        _constants = constants;
    }

    /// <summary>The purposes consented to on every path to this point.</summary>
    public PurposeSet Consent { get; }

    public PersonalDataOrigin? CarrierIn(FlowSlot slot) => _carriers.TryGetValue(slot, out var origin) ? origin : null;

    /// <summary>What a <c>bool</c> slot's value says about consent.</summary>
    public ConsentCondition ConditionOf(FlowSlot slot) => _conditions.TryGetValue(slot, out var condition) ? condition : ConsentCondition.Unknown;

    /// <summary>The state after the slot was assigned a value carrying <paramref name="origin"/> (or none).</summary>
    public FlowState WithCarrier(FlowSlot slot, PersonalDataOrigin? origin)
    {
        if (origin is null)
        {
            return _carriers.ContainsKey(slot) ? With(_carriers.Remove(slot)) : this;
        }

        return _carriers.TryGetValue(slot, out var existing) && existing.Equals(origin) ? this : With(_carriers.SetItem(slot, origin));
    }

    /// <summary>The state after the slot also received <paramref name="origin"/>, keeping what it had.</summary>
    public FlowState WithAddedCarrier(FlowSlot slot, PersonalDataOrigin? origin) =>
        origin is null ? this : WithCarrier(slot, PersonalDataOrigin.Either(CarrierIn(slot), origin));

    /// <summary>The state after a <c>bool</c> slot was assigned a value saying <paramref name="condition"/>.</summary>
    public FlowState WithCondition(FlowSlot slot, ConsentCondition condition)
    {
        if (condition.IsUnknown)
        {
            return _conditions.ContainsKey(slot) ? new FlowState(_carriers, Consent, _conditions.Remove(slot), _constants) : this;
        }

        return _conditions.TryGetValue(slot, out var existing) && existing.Equals(condition)
            ? this
            : new FlowState(_carriers, Consent, _conditions.SetItem(slot, condition), _constants);
    }

    /// <summary>The state once consent for <paramref name="purposes"/> is given as well.</summary>
    public FlowState WithConsent(PurposeSet purposes)
    {
        PurposeSet consent = Consent.Union(purposes);
        return consent.Equals(Consent) ? this : new FlowState(_carriers, consent, _conditions, _constants);
    }

    /// <summary>The merge of two paths: carriers of either, consent and conditions of both.</summary>
    public FlowState Join(FlowState other)
    {
        if (ReferenceEquals(this, other))
        {
            return this;
        }

        return new FlowState(JoinCarriers(other), Consent.Intersect(other.Consent), MeetConditions(other), MeetConstants(other));
    }

    public bool SameAs(FlowState other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Consent.Equals(other.Consent) && SameEntries(_carriers, other._carriers) && SameEntries(_conditions, other._conditions) &&
            (ReferenceEquals(_constants, other._constants) || _constants.SetEquals(other._constants));
    }

    private FlowState With(ImmutableDictionary<FlowSlot, PersonalDataOrigin> carriers) => new(carriers, Consent, _conditions, _constants);

    /// <summary>Whether any member is known to hold data written in the code here (most states know none).</summary>
    public bool KnowsConstants => !_constants.IsEmpty;

    public bool HoldsConstant(FlowSlot holder, ISymbol member) => !_constants.IsEmpty && _constants.Contains(new MemberOfSlot(holder, member));

    /// <summary>The state after the member of the object the slot holds was set to data written in the code.</summary>
    public FlowState WithConstantMember(FlowSlot holder, ISymbol member)
    {
        ImmutableHashSet<MemberOfSlot> added = _constants.Add(new MemberOfSlot(holder, member));
        return ReferenceEquals(added, _constants) ? this : new FlowState(_carriers, Consent, _conditions, added);
    }

    /// <summary>
    /// The state after the member of some object was written with anything else: the member of every object is no longer
    /// known to hold constant data (another slot may hold the same object).
    /// </summary>
    public FlowState WithMemberWritten(ISymbol member)
    {
        if (_constants.IsEmpty)
        {
            return this;
        }

        ISymbol written = member.OriginalDefinition;
        ImmutableHashSet<MemberOfSlot>.Builder? changed = null;
        foreach (MemberOfSlot known in _constants)
        {
            if (SymbolEqualityComparer.Default.Equals(known.Member, written))
            {
                (changed ??= _constants.ToBuilder()).Remove(known);
            }
        }

        return changed is null ? this : new FlowState(_carriers, Consent, _conditions, changed.ToImmutable());
    }

    /// <summary>
    /// The state after something may have written any member of the object the slot holds (a call was given it): every
    /// member the slot was known to hold constant is no longer known constant in any slot (another may hold the same
    /// object); a graph's capture may stand for any slot, so then nothing is known.
    /// </summary>
    public FlowState WithObjectChanged(FlowSlot holder)
    {
        if (_constants.IsEmpty)
        {
            return this;
        }

        if (holder.IsCapture)
        {
            return new FlowState(_carriers, Consent, _conditions, ImmutableHashSet<MemberOfSlot>.Empty);
        }

        HashSet<ISymbol>? members = null;
        foreach (MemberOfSlot known in _constants)
        {
            if (known.Holder.Equals(holder))
            {
                (members ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(known.Member);
            }
        }

        if (members is null)
        {
            return this;
        }

        ImmutableHashSet<MemberOfSlot>.Builder changed = _constants.ToBuilder();
        foreach (MemberOfSlot known in _constants)
        {
            if (members.Contains(known.Member))
            {
                changed.Remove(known);
            }
        }

        return new FlowState(_carriers, Consent, _conditions, changed.ToImmutable());
    }

    /// <summary>
    /// The state after the slot was assigned another object: the one <paramref name="source"/> holds, whose constant members
    /// it now shares, or (<see langword="null"/>) one nothing is known of.
    /// </summary>
    public FlowState WithObjectOf(FlowSlot slot, FlowSlot? source)
    {
        if (_constants.IsEmpty)
        {
            return this;
        }

        ImmutableHashSet<MemberOfSlot>.Builder? changed = null;
        foreach (MemberOfSlot known in _constants)
        {
            if (known.Holder.Equals(slot))
            {
                (changed ??= _constants.ToBuilder()).Remove(known);
            }
        }

        if (source is { } from)
        {
            foreach (MemberOfSlot known in _constants)
            {
                if (known.Holder.Equals(from))
                {
                    (changed ??= _constants.ToBuilder()).Add(new MemberOfSlot(slot, known.Member));
                }
            }
        }

        return changed is null ? this : new FlowState(_carriers, Consent, _conditions, changed.ToImmutable());
    }

    private ImmutableHashSet<MemberOfSlot> MeetConstants(FlowState other) =>
        _constants.IsEmpty || other._constants.IsEmpty ? ImmutableHashSet<MemberOfSlot>.Empty
        : ReferenceEquals(_constants, other._constants) ? _constants
        : _constants.Intersect(other._constants);

    private ImmutableDictionary<FlowSlot, PersonalDataOrigin> JoinCarriers(FlowState other)
    {
        if (other._carriers.IsEmpty || ReferenceEquals(_carriers, other._carriers))
        {
            return _carriers;
        }

        if (_carriers.IsEmpty)
        {
            return other._carriers;
        }

        var merged = _carriers.ToBuilder();
        foreach (KeyValuePair<FlowSlot, PersonalDataOrigin> entry in other._carriers)
        {
            // Only what changes is written: an unchanged builder gives back the dictionary it was made from.
            PersonalDataOrigin? mine = CarrierIn(entry.Key);
            PersonalDataOrigin joined = PersonalDataOrigin.Either(mine, entry.Value)!;
            if (mine is null || !mine.Equals(joined))
            {
                merged[entry.Key] = joined;
            }
        }

        return merged.ToImmutable();
    }

    private ImmutableDictionary<FlowSlot, ConsentCondition> MeetConditions(FlowState other)
    {
        if (_conditions.IsEmpty || other._conditions.IsEmpty)
        {
            return ImmutableDictionary<FlowSlot, ConsentCondition>.Empty;
        }

        var met = ImmutableDictionary.CreateBuilder<FlowSlot, ConsentCondition>();
        foreach (KeyValuePair<FlowSlot, ConsentCondition> entry in _conditions)
        {
            if (other._conditions.TryGetValue(entry.Key, out var theirs) && entry.Value.Meet(theirs) is { IsUnknown: false } both)
            {
                met[entry.Key] = both;
            }
        }

        return met.ToImmutable();
    }

    private static bool SameEntries<TValue>(ImmutableDictionary<FlowSlot, TValue> mine, ImmutableDictionary<FlowSlot, TValue> theirs)
    {
        if (ReferenceEquals(mine, theirs))
        {
            return true;
        }

        if (mine.Count != theirs.Count)
        {
            return false;
        }

        foreach (KeyValuePair<FlowSlot, TValue> entry in mine)
        {
            if (!theirs.TryGetValue(entry.Key, out TValue? value) || !EqualityComparer<TValue>.Default.Equals(value, entry.Value))
            {
                return false;
            }
        }

        return true;
    }
}
