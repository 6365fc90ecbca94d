using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.Flow;

/// <summary>
/// Data written in the code is nobody's: a demo user's <c>"admin@contoso.com"</c>, a seeded <c>"Jane Doe"</c>. A member
/// of an object the method holds (<c>admin.Email</c>) that the method set to such a value does not carry personal data,
/// whatever its marking, until something else is written to it (<see cref="FlowState.HoldsConstant"/>).
/// </summary>
internal static class ConstantData
{
    /// <summary>
    /// Whether a value is written in the code: a constant that says something (not <see langword="null"/>, not an empty
    /// string, which are placeholders for data to come), or text built only from such constants and numbers
    /// (<c>$"user{i}@example.com"</c>).
    /// </summary>
    public static bool Is(IOperation value)
    {
        value = CarrierEvaluator.Unconverted(value);

        if (value.ConstantValue is { HasValue: true } constant)
        {
            return constant.Value is not null && !(constant.Value is string text && text.Length == 0);
        }

        switch (value)
        {
            case IInterpolatedStringOperation interpolated:
                bool said = false;
                foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                {
                    switch (part)
                    {
                        case IInterpolatedStringTextOperation { Text.ConstantValue.Value: string text }:
                            said |= text.Length > 0;
                            break;
                        case IInterpolationOperation { Expression: var hole } when Is(hole) || IsNumber(hole):
                            break;
                        default:
                            return false;
                    }
                }

                return said;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                return (Is(concatenation.LeftOperand) || IsNumber(concatenation.LeftOperand)) &&
                    (Is(concatenation.RightOperand) || IsNumber(concatenation.RightOperand)) &&
                    (Is(concatenation.LeftOperand) || Is(concatenation.RightOperand));
            default:
                return false;
        }
    }

    /// <summary>Names of methods that fill an object they are given (<c>Map(source, destination)</c>, <c>PopulateObject</c>, <c>TryUpdateModelAsync</c>).</summary>
    private static readonly string[] FillingVerbs =
    {
        "Map", "Populate", "TryUpdateModel", "UpdateModel", "Bind", "Copy", "Fill", "Load", "Read", "Apply", "Patch", "Merge",
        "Set", "Update", "Deserialize", "Hydrate", "Assign", "Change", "Replace",
    };

    /// <summary>Names of an object's own methods that only read it (<c>ToString</c>, <c>GetFullName</c>, <c>IsValid</c>).</summary>
    private static readonly string[] ReadingVerbs = { "Get", "To", "Is", "Has", "Can", "Equals", "Validate", "Describe", "Format", "Contains", "Compare", "ToString", "GetHashCode" };

    /// <summary>Whether a method that is given an object may write its members (<see cref="FillingVerbs"/>).</summary>
    public static bool Fills(IMethodSymbol method) => StartsWithAny(method.Name, FillingVerbs);

    /// <summary>Whether an object's own method only reads it (<see cref="ReadingVerbs"/>); any other may change its members.</summary>
    public static bool OnlyReads(IMethodSymbol method) => StartsWithAny(method.Name, ReadingVerbs);

    /// <summary>Whether the name starts with one of the verbs as a word: <c>CanEdit</c>, <c>Can</c>, not <c>CancelAndSet</c>.</summary>
    private static bool StartsWithAny(string name, string[] verbs)
    {
        foreach (string verb in verbs)
        {
            if (name.StartsWith(verb, StringComparison.Ordinal) &&
                (name.Length == verb.Length || char.IsUpper(name[verb.Length]) || char.IsDigit(name[verb.Length]) || name[verb.Length] == '_'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumber(IOperation value) =>
        CarrierEvaluator.Unconverted(value).Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16
            or SpecialType.System_Byte or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_UInt16 or SpecialType.System_SByte;
}

/// <summary>A member (field or property) of the object a slot holds: <c>admin.Email</c>.</summary>
internal readonly struct MemberOfSlot : IEquatable<MemberOfSlot>
{
    public MemberOfSlot(FlowSlot holder, ISymbol member)
    {
        Holder = holder;
        Member = member.OriginalDefinition;
    }

    public FlowSlot Holder { get; }

    public ISymbol Member { get; }

    public bool Equals(MemberOfSlot other) => Holder.Equals(other.Holder) && SymbolEqualityComparer.Default.Equals(Member, other.Member);

    public override bool Equals(object? obj) => obj is MemberOfSlot other && Equals(other);

    public override int GetHashCode() => unchecked((Holder.GetHashCode() * 397) ^ SymbolEqualityComparer.Default.GetHashCode(Member));
}
