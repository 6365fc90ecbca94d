using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Flow;
using PiiAnalyzers.Model;
using PiiAnalyzers.Serialization;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Analysis;

/// <summary>A value a sink emits that shows personal data, at the smallest expression that brings it in.</summary>
internal readonly struct Leak
{
    public Leak(IOperation value, PersonalDataOrigin origin, Serializer? serializer = null)
    {
        Value = value;
        Origin = origin;
        Serializer = serializer;
    }

    /// <summary>The expression to report and to redact: a hole of an interpolation, an operand, an argument.</summary>
    public IOperation Value { get; }

    public PersonalDataOrigin Origin { get; }

    /// <summary>
    /// When the data is a member a serializer writes of the value's type, that serializer (the member is the origin's
    /// <see cref="PersonalDataOrigin.Member"/>); <see langword="null"/> for a value that is, or was built from, personal data.
    /// </summary>
    public Serializer? Serializer { get; }
}

/// <summary>
/// Finds the personal data in what a sink emits: it looks through text composition (interpolation,
/// concatenation, <c>string.Format</c>/<c>Concat</c>/<c>Join</c>, arrays) to each expression that brings
/// personal data in, and for whole objects asks how the sink renders them.
/// </summary>
internal readonly struct LeakFinder
{
    private readonly CarrierEvaluator _evaluator;
    private readonly ICarrierLookup _slots;
    private readonly List<Leak> _leaks;
    private readonly Func<SyntaxNode, IOperation?>? _originals;

    private LeakFinder(CarrierEvaluator evaluator, ICarrierLookup slots, List<Leak> leaks, Func<SyntaxNode, IOperation?>? originals)
    {
        _evaluator = evaluator;
        _slots = slots;
        _leaks = leaks;
        _originals = originals;
    }

    /// <summary>
    /// Adds the leaks of one sink argument. <paramref name="originals"/> maps the syntax of a value the
    /// control-flow graph lowered (an interpolated string handler) back to the source's operation, so that the
    /// leak is reported at the hole that brings the data in.
    /// </summary>
    public static void Find(CarrierEvaluator evaluator, SinkArgument argument, ICarrierLookup slots, List<Leak> leaks, Func<SyntaxNode, IOperation?>? originals = null) =>
        new LeakFinder(evaluator, slots, leaks, originals).Find(argument.Value, argument.Rendering, argument.Serializer);

    /// <summary>Whether the sink argument may show personal data at all, for the cheap check before any flow analysis.</summary>
    public static bool MayLeak(CarrierEvaluator evaluator, SinkArgument argument, ICarrierLookup slots)
    {
        var leaks = new List<Leak>(1);
        Find(evaluator, argument, slots, leaks);
        return leaks.Count > 0;
    }

    /// <summary>Adds the leaks of a value rendered so (<paramref name="serializer"/> counts for <see cref="Rendering.Serialized"/>).</summary>
    private void Find(IOperation value, Rendering rendering, Serializer serializer)
    {
        switch (value)
        {
            case IConversionOperation { IsImplicit: true } conversion:
                Find(conversion.Operand, rendering, serializer);
                return;
            case IParenthesizedOperation parenthesized:
                Find(parenthesized.Operand, rendering, serializer);
                return;
            case IInterpolatedStringOperation interpolated:
                foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                {
                    if (HoleValue(part) is { } hole)
                    {
                        Find(hole, Rendering.Text, serializer);
                    }
                }

                return;
            case IInterpolatedStringHandlerCreationOperation { Content: { } content }:
                Find(content, rendering, serializer);
                return;
            case IFlowCaptureReferenceOperation capture when _originals?.Invoke(capture.Syntax) is { } original:
                // An interpolated string handler (Debug.Assert, WriteLineIf, …) is lowered into Append calls in
                // the graph: report at its holes, as they read in the source.
                Find(original, rendering, serializer);
                return;
            case IBinaryOperation { Type.SpecialType: SpecialType.System_String } concatenation:
                Find(concatenation.LeftOperand, Rendering.Text, serializer);
                Find(concatenation.RightOperand, Rendering.Text, serializer);
                return;
            case IInvocationOperation { Instance: null, TargetMethod: { ContainingType.SpecialType: SpecialType.System_String, Name: "Format" or "Concat" or "Join" } } composition:
                foreach (IArgumentOperation part in composition.Arguments)
                {
                    Find(part.Value, Rendering.Text, serializer);
                }

                return;
            case IInvocationOperation { TargetMethod: { Name: "GetBytes" or "GetString", ContainingType.Name: "Encoding" } } encoding when encoding.Arguments.Length > 0:
                // Encoding.UTF8.GetBytes(json): the bytes are the text.
                Find(encoding.Arguments[0].Value, Rendering.Text, serializer);
                return;
            case IObjectCreationOperation { Type: { } type } creation when ContentPreservingCalls.IsHttpMessage(type) || type.Name == "Uri":
                // new StringContent(text), new Uri(address): report the text that brings the data in.
                foreach (IArgumentOperation part in creation.Arguments)
                {
                    Find(part.Value, Rendering.Text, serializer);
                }

                return;
            case IInvocationOperation { Arguments.Length: > 0 } serialization when ContentPreservingCalls.SerializerOf(serialization.TargetMethod) is { } by:
                // JsonContent.Create(customer), JsonSerializer.Serialize(order): report the object serialized.
                Find(serialization.Arguments[0].Value, Rendering.Serialized, by);
                return;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (IOperation element in initializer.ElementValues)
                {
                    Find(element, rendering, serializer);
                }

                return;
        }

        CarrierEvaluator evaluator = _evaluator;
        if (rendering is Rendering.Text or Rendering.Formatted && PrintsItsOwnText(value))
        {
            // What its own code prints (an override that returns personal data), not what it was built from.
            if (evaluator.Rendering.WhenPrinted(CarrierEvaluator.UnconvertedType(value), elementwise: false) is { } printed)
            {
                _leaks.Add(new Leak(value, printed, null));
            }

            return;
        }

        PersonalDataOrigin? written = null;
        PersonalDataOrigin? origin = rendering switch
        {
            Rendering.Serialized => evaluator.Shown(value, _slots, type => written = evaluator.Rendering.WhenSerialized(type, serializer)),
            Rendering.Destructured => evaluator.Shown(value, _slots, evaluator.Rendering.WhenDestructured),
            Rendering.PropertiesLogged => evaluator.Shown(value, _slots, evaluator.Rendering.WhenPropertiesLogged),
            Rendering.Formatted => evaluator.Shown(value, _slots, type => evaluator.Rendering.WhenPrinted(type, elementwise: true)),
            _ => evaluator.EvaluateAsText(value, _slots),
        };

        if (origin is not null)
        {
            // A member the serializer writes of the value's type, as opposed to data the value carries.
            bool isWrittenMember = written is not null && ReferenceEquals(origin, written) && origin.Member is not null;
            _leaks.Add(new Leak(value, origin, isWrittenMember ? serializer : null));
        }
    }

    /// <summary>
    /// A record whose <c>ToString</c> or <c>PrintMembers</c> is written in its source, of a type nothing marks: as text it
    /// is what that code prints, like a class's own <c>ToString</c> (<see cref="Flow.OwnResults"/>), not what the record
    /// was built from.
    /// </summary>
    private bool PrintsItsOwnText(IOperation value) =>
        CarrierEvaluator.UnconvertedType(value) is INamedTypeSymbol record && _evaluator.Catalog.IsRecord(record) &&
        !RecordPrinting.UsesGeneratedPrintMembers(record) &&
        _evaluator.Catalog.MarkedType(record) is null;

    /// <summary>The value of an interpolation hole: <c>{x}</c>, or <c>AppendFormatted(x)</c> of a handler.</summary>
    private static IOperation? HoleValue(IInterpolatedStringContentOperation part) => part switch
    {
        IInterpolationOperation hole => hole.Expression,
        IInterpolatedStringAppendOperation { Kind: OperationKind.InterpolatedStringAppendFormatted, AppendCall: IInvocationOperation { Arguments.Length: > 0 } call } => call.Arguments[0].Value,
        _ => null,
    };
}
