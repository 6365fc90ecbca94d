using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Flow;
using PiiAnalyzers.Markers;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Analysis;

/// <summary>A value a sink emits that shows personal data, at the smallest expression that brings it in.</summary>
internal readonly struct Leak
{
    public Leak(IOperation value, PersonalDataOrigin origin)
    {
        Value = value;
        Origin = origin;
    }

    /// <summary>The expression to report and to redact: a hole of an interpolation, an operand, an argument.</summary>
    public IOperation Value { get; }

    public PersonalDataOrigin Origin { get; }
}

/// <summary>
/// Finds the personal data in what a sink emits: it looks through text composition (interpolation,
/// concatenation, <c>string.Format</c>/<c>Concat</c>/<c>Join</c>, arrays) to each expression that brings
/// personal data in, and for whole objects asks how the sink renders them.
/// </summary>
internal static class LeakFinder
{
    public static void Find(CarrierEvaluator evaluator, SinkArgument argument, ICarrierLookup slots, List<Leak> leaks) =>
        Find(evaluator, argument.Value, argument.Rendering, slots, leaks);

    /// <summary>Whether the sink argument may show personal data at all, for the cheap check before any flow analysis.</summary>
    public static bool MayLeak(CarrierEvaluator evaluator, SinkArgument argument, ICarrierLookup slots)
    {
        var leaks = new List<Leak>(1);
        Find(evaluator, argument, slots, leaks);
        return leaks.Count > 0;
    }

    private static void Find(CarrierEvaluator evaluator, IOperation value, Rendering rendering, ICarrierLookup slots, List<Leak> leaks)
    {
        switch (value)
        {
            case IConversionOperation { IsImplicit: true } conversion:
                Find(evaluator, conversion.Operand, rendering, slots, leaks);
                return;
            case IParenthesizedOperation parenthesized:
                Find(evaluator, parenthesized.Operand, rendering, slots, leaks);
                return;
            case IInterpolatedStringOperation interpolated:
                foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole)
                    {
                        Find(evaluator, hole.Expression, Rendering.Text, slots, leaks);
                    }
                }

                return;
            case IBinaryOperation { Type.SpecialType: SpecialType.System_String } concatenation:
                Find(evaluator, concatenation.LeftOperand, Rendering.Text, slots, leaks);
                Find(evaluator, concatenation.RightOperand, Rendering.Text, slots, leaks);
                return;
            case IInvocationOperation { Instance: null, TargetMethod: { ContainingType.SpecialType: SpecialType.System_String, Name: "Format" or "Concat" or "Join" } } composition:
                foreach (IArgumentOperation part in composition.Arguments)
                {
                    Find(evaluator, part.Value, Rendering.Text, slots, leaks);
                }

                return;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (IOperation element in initializer.ElementValues)
                {
                    Find(evaluator, element, rendering, slots, leaks);
                }

                return;
        }

        PersonalDataOrigin? origin = rendering switch
        {
            Rendering.Destructured => evaluator.Rendering.WhenDestructured(CarrierEvaluator.UnconvertedType(value)) ?? evaluator.Evaluate(value, slots),
            Rendering.Formatted => evaluator.Rendering.WhenPrinted(CarrierEvaluator.UnconvertedType(value), elementwise: true) ?? evaluator.Evaluate(value, slots),
            _ => evaluator.EvaluateAsText(value, slots),
        };

        if (origin is not null)
        {
            leaks.Add(new Leak(value, origin));
        }
    }
}
