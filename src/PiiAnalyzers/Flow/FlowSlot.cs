using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.Flow;

/// <summary>
/// A place a value lives in during a method: a local, a parameter, a flow capture of the graph, or a field of the
/// instance (<c>_email</c>, <c>this._email</c>) or a static field, as far as the method itself writes it.
/// </summary>
internal readonly struct FlowSlot : IEquatable<FlowSlot>
{
    private readonly ISymbol? _symbol;
    private readonly CaptureId _capture;

    private FlowSlot(ISymbol? symbol, CaptureId capture)
    {
        _symbol = symbol;
        _capture = capture;
    }

    public static FlowSlot For(ISymbol localParameterOrField) => new(localParameterOrField, default);

    public static FlowSlot For(CaptureId capture) => new(null, capture);

    /// <summary>Whether the slot is a flow capture of the graph (which may stand for any value, an alias of a local among them).</summary>
    public bool IsCapture => _symbol is null;

    /// <summary>The field the slot is, or <see langword="null"/> for a local, parameter or capture.</summary>
    public IFieldSymbol? Field => _symbol as IFieldSymbol;

    /// <summary>The local the slot is, or <see langword="null"/>.</summary>
    public ILocalSymbol? Local => _symbol as ILocalSymbol;

    /// <summary>The parameter the slot is, or <see langword="null"/>.</summary>
    public IParameterSymbol? Parameter => _symbol as IParameterSymbol;

    /// <summary>
    /// The slot an operation reads or writes directly, if it is a local, parameter or capture reference, or a reference to
    /// a field of <c>this</c> or a static field (not a constant, not another object's field: which object that is may change).
    /// </summary>
    public static bool TryGet(IOperation? operation, out FlowSlot slot)
    {
        switch (operation)
        {
            case ILocalReferenceOperation local:
                slot = For(local.Local);
                return true;
            case IParameterReferenceOperation parameter:
                slot = For(parameter.Parameter);
                return true;
            case IFlowCaptureReferenceOperation capture:
                slot = For(capture.Id);
                return true;
            case IFieldReferenceOperation { Field.IsConst: false } field when field.Instance is null or IInstanceReferenceOperation:
                slot = For(field.Field);
                return true;
            default:
                slot = default;
                return false;
        }
    }

    public bool Equals(FlowSlot other) =>
        _symbol is null
            ? other._symbol is null && _capture.Equals(other._capture)
            : SymbolEqualityComparer.Default.Equals(_symbol, other._symbol);

    public override bool Equals(object? obj) => obj is FlowSlot other && Equals(other);

    public override int GetHashCode() =>
        _symbol is null ? _capture.GetHashCode() : SymbolEqualityComparer.Default.GetHashCode(_symbol);

    public override string ToString() => _symbol?.Name ?? "capture " + _capture.GetHashCode();
}
