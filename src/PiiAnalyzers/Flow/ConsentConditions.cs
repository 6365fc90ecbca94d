using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Flow;

/// <summary>
/// What a yes-or-no value says about consent, given the facts where it is computed: a consent check's answer,
/// a <c>bool</c> that stored one, their negations, comparisons with <c>true</c>/<c>false</c>, and <c>&amp;&amp;</c>
/// and <c>||</c> combinations (which the control-flow graph mostly turns into branches, handled by the same rules).
/// </summary>
internal sealed class ConsentConditions
{
    public ConsentConditions(ConsentCatalog catalog)
    {
        Catalog = catalog;
    }

    public ConsentCatalog Catalog { get; }

    public ConsentCondition Of(IOperation? value, FlowState state)
    {
        switch (value)
        {
            case null:
                return ConsentCondition.Unknown;
            case IConversionOperation conversion:
                return Of(conversion.Operand, state);
            case IParenthesizedOperation parenthesized:
                return Of(parenthesized.Operand, state);
            case IInvocationOperation invocation when Catalog.ShapeOf(invocation.TargetMethod) == CheckShape.Answers:
                return new ConsentCondition(Catalog.Checked(invocation), PurposeSet.None);
            case IAwaitOperation awaited when AwaitedCheck(awaited, CheckShape.AnswersAsync) is { } invocation:
                return new ConsentCondition(Catalog.Checked(invocation), PurposeSet.None);
            case IPropertyReferenceOperation property:
                return new ConsentCondition(Catalog.Checked(property), PurposeSet.None);
            case ILocalReferenceOperation or IParameterReferenceOperation or IFlowCaptureReferenceOperation:
                return FlowSlot.TryGet(value, out FlowSlot slot) ? state.ConditionOf(slot) : ConsentCondition.Unknown;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return Of(not.Operand, state).Negated;
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: bool constant } }:
                // The branch a constant rules out cannot run: every fact holds there.
                return constant ? new ConsentCondition(PurposeSet.None, PurposeSet.All) : new ConsentCondition(PurposeSet.All, PurposeSet.None);
            case IBinaryOperation binary:
                return Binary(binary, state);
            case IIsPatternOperation { Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: bool expected } } } pattern:
                return expected ? Of(pattern.Value, state) : Of(pattern.Value, state).Negated;
            default:
                return ConsentCondition.Unknown;
        }
    }

    /// <summary>
    /// The consent check of the given shape an <c>await</c> waits for: <c>await HasAsync(…)</c>, also with
    /// <c>.ConfigureAwait(…)</c>.
    /// </summary>
    public IInvocationOperation? AwaitedCheck(IAwaitOperation awaited, CheckShape shape)
    {
        IOperation operation = awaited.Operation;
        if (operation is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } configured })
        {
            operation = configured;
        }

        return operation is IInvocationOperation invocation && Catalog.ShapeOf(invocation.TargetMethod) == shape ? invocation : null;
    }

    private ConsentCondition Binary(IBinaryOperation binary, FlowState state)
    {
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.ConditionalAnd:
            {
                ConsentCondition left = Of(binary.LeftOperand, state), right = Of(binary.RightOperand, state);
                return new ConsentCondition(left.WhenTrue.Union(right.WhenTrue), left.WhenFalse.Intersect(right.WhenFalse));
            }

            case BinaryOperatorKind.ConditionalOr:
            {
                ConsentCondition left = Of(binary.LeftOperand, state), right = Of(binary.RightOperand, state);
                return new ConsentCondition(left.WhenTrue.Intersect(right.WhenTrue), left.WhenFalse.Union(right.WhenFalse));
            }

            case BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
            {
                // check == true, check != false, false == check, …
                IOperation other;
                bool constant;
                if (binary.RightOperand.ConstantValue is { HasValue: true, Value: bool right })
                {
                    (other, constant) = (binary.LeftOperand, right);
                }
                else if (binary.LeftOperand.ConstantValue is { HasValue: true, Value: bool left })
                {
                    (other, constant) = (binary.RightOperand, left);
                }
                else
                {
                    return ConsentCondition.Unknown;
                }

                ConsentCondition condition = Of(other, state);
                bool sameAsOperand = constant == (binary.OperatorKind == BinaryOperatorKind.Equals);
                return sameAsOperand ? condition : condition.Negated;
            }

            default:
                return ConsentCondition.Unknown;
        }
    }
}
