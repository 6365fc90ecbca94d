using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Flow;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Analysis;

/// <summary>
/// The most pessimistic facts the flow analysis could reach in a method, for its screening, without following the
/// order of its statements: a field carries personal data only where the method writes it (a field it does not write
/// carries nothing at its entry, and so nothing in it); a parameter of the method that the method never changes
/// carries exactly what it carries at the entry (its marking); a local only assigned carries what any value written to
/// it may carry; any other parameter, local or capture may carry anything. One walk of the method finds what it
/// writes, the first time a slot is asked about.
/// </summary>
internal sealed class PessimisticSlots : ICarrierLookup
{
    private static readonly PersonalDataOrigin Anything = new("?", "?");

    private readonly ImmutableArray<IOperation> _blocks;
    private readonly IMethodSymbol? _method;
    private readonly CarrierEvaluator _evaluator;
    private Writes? _writes;
    private Dictionary<ILocalSymbol, PersonalDataOrigin?>? _locals;

    public PessimisticSlots(ImmutableArray<IOperation> blocks, IMethodSymbol? method, CarrierEvaluator evaluator)
    {
        _blocks = blocks;
        _method = method;
        _evaluator = evaluator;
    }

    /// <summary>The screening does not follow what members hold: any may hold personal data.</summary>
    public bool HoldsConstant(FlowSlot holder, ISymbol member) => false;

    public PersonalDataOrigin? CarrierIn(FlowSlot slot)
    {
        if (slot.Field is { } field)
        {
            return Found().IsChanged(field) ? Anything : null;
        }

        if (slot.Local is { } local)
        {
            return LocalCarrier(local);
        }

        if (slot.Parameter is { } parameter && _method is not null &&
            SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _method) && !Found().IsChanged(parameter))
        {
            // What the flow analysis starts the parameter with (CarrierEvaluator.WithParameters), and keeps.
            return _evaluator.ParameterCarrier(parameter);
        }

        return Anything;
    }

    private Writes Found() => _writes ??= FindWrites(_blocks);

    /// <summary>
    /// What a local declared with <c>var x = …</c> and only ever assigned (<c>x = …</c>, <c>x += …</c>) may carry: what
    /// any of the values written to it carries, judged with this same pessimism (a local read on the way that is being
    /// judged already may carry anything). Any other local (a loop or catch variable, a pattern's, an <c>out</c>
    /// variable, a <c>ref</c> local, one changed otherwise) may carry anything.
    /// </summary>
    private PersonalDataOrigin? LocalCarrier(ILocalSymbol local)
    {
        Writes writes = Found();
        if (!writes.Locals.TryGetValue(local, out LocalWrites? written) || !written.ByDeclarator || writes.IsChanged(local))
        {
            return Anything;
        }

        _locals ??= new Dictionary<ILocalSymbol, PersonalDataOrigin?>(SymbolEqualityComparer.Default);
        if (_locals.TryGetValue(local, out PersonalDataOrigin? known))
        {
            return known;
        }

        _locals[local] = Anything;
        PersonalDataOrigin? carried = null;
        foreach ((IOperation value, bool asText) in written.Values)
        {
            carried = PersonalDataOrigin.Either(carried, asText ? _evaluator.EvaluateAsText(value, this) : _evaluator.Evaluate(value, this));
        }

        _locals[local] = carried;
        return carried;
    }

    /// <summary>
    /// The fields, parameters and locals the blocks may change otherwise than by a plain assignment to a local, as the
    /// flow analysis changes slots: assigned (alone, in a deconstruction, or as the container of an element or member
    /// assigned), passed or taken by reference, or the receiver of a call that stores its arguments in it
    /// (<c>_emails.Add(x)</c>, <c>builder.Append(a).Append(b)</c>), directly or at the root of a chain of members and
    /// calls; and the values written to each local declared by a declaration.
    /// </summary>
    private static Writes FindWrites(ImmutableArray<IOperation> blocks)
    {
        var writes = new Writes();
        var pending = new Stack<IOperation>();
        foreach (IOperation block in blocks)
        {
            pending.Push(block);
            while (pending.Count > 0)
            {
                IOperation operation = pending.Pop();
                foreach (IOperation child in operation.ChildOperations)
                {
                    pending.Push(child);
                }

                switch (operation)
                {
                    case IVariableDeclaratorOperation { Parent: IVariableDeclarationOperation, Symbol: { IsRef: false } declared } declarator:
                        // Not a foreach or catch variable: those are declarators of their loop or clause.
                        writes.Write(declared, declarator.GetVariableInitializer()?.Value, asText: false).ByDeclarator = true;
                        break;
                    case ILocalReferenceOperation { Parent: ISimpleAssignmentOperation { IsRef: false } assignment } reference when assignment.Target == reference:
                        writes.Write(reference.Local, assignment.Value, asText: false);
                        break;
                    case ILocalReferenceOperation { Parent: ICompoundAssignmentOperation compound } reference when compound.Target == reference:
                        writes.Write(reference.Local, compound.Value, asText: true);
                        break;
                    case ILocalReferenceOperation reference when IsChanged(reference):
                        writes.Change(reference.Local);
                        break;
                    case IFieldReferenceOperation field when IsChanged(field):
                        writes.Change(field.Field);
                        break;
                    case IParameterReferenceOperation parameter when IsChanged(parameter):
                        writes.Change(parameter.Parameter);
                        break;
                }
            }
        }

        return writes;
    }

    private static bool IsChanged(IOperation reference)
    {
        // Climb the chain the reference is the root of: p.Items[i], p.Headers.Add(…), builder.Append(a).Append(b).
        IOperation current = reference;
        while (true)
        {
            IOperation? parent = current.Parent;
            switch (parent)
            {
                case IAssignmentOperation assignment when assignment.Target == current:
                    return true;
                case ISimpleAssignmentOperation { IsRef: true }:
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } }:
                case IAddressOfOperation:
                    // ref var alias = ref x; alias = ref x; &x: what is written through the alias changes it.
                    return true;
                case IArgumentOperation argument when argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out:
                    return true;
                case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true } invocation } argument
                    when invocation.Arguments.Length > 0 && invocation.Arguments[0] == argument:
                    // The receiver of an extension method, as the flow analysis sees it.
                    if (ContentPreservingCalls.StoresArgumentsInReceiver(invocation.TargetMethod))
                    {
                        return true;
                    }

                    current = invocation;
                    continue;
                case IInvocationOperation invocation when invocation.Instance == current:
                    // A call that stores its arguments in its receiver (Add, Append, …) changes it; a call that returns
                    // its receiver's type may be a fluent one whose later calls store into it.
                    if (ContentPreservingCalls.StoresArgumentsInReceiver(invocation.TargetMethod))
                    {
                        return true;
                    }

                    current = invocation;
                    continue;
                case IConditionalAccessOperation access when access.Operation == current:
                    // report?.Append(x): what is done to the conditional instance is done to report.
                    return ChangesTheInstance(access);
                case IConditionalOperation conditional when conditional.WhenTrue == current || conditional.WhenFalse == current:
                case ICoalesceOperation:
                case ISwitchExpressionArmOperation arm when arm.Value == current:
                case ISwitchExpressionOperation switchExpression when switchExpression.Value != current:
                case IParenthesizedOperation:
                    // (ready ? first : names).Add(x): what is done to the result may be done to either.
                    current = parent;
                    continue;
                case ITupleOperation or IConversionOperation { IsImplicit: true }:
                    // (p, q) = …: the tuple is the deconstruction's target.
                    current = parent;
                    continue;
                case IMemberReferenceOperation member when member.Instance == current:
                    current = parent;
                    continue;
                case IArrayElementReferenceOperation element when element.ArrayReference == current:
                    current = parent;
                    continue;
                default:
                    return false;
            }
        }
    }

    /// <summary>Whether the part of a conditional access that runs when its value is not null changes that value.</summary>
    private static bool ChangesTheInstance(IConditionalAccessOperation access)
    {
        var pending = new Stack<IOperation>();
        pending.Push(access.WhenNotNull);
        while (pending.Count > 0)
        {
            IOperation operation = pending.Pop();
            if (operation is IConditionalAccessInstanceOperation instance && IsChanged(instance))
            {
                return true;
            }

            foreach (IOperation child in operation.ChildOperations)
            {
                // A nested access's own instance (a?.b?.c: the second ?) is another value.
                if (operation is not IConditionalAccessOperation nested || child != nested.WhenNotNull)
                {
                    pending.Push(child);
                }
            }
        }

        return false;
    }

    /// <summary>What a method writes, found in one walk.</summary>
    private sealed class Writes
    {
        private HashSet<ISymbol>? _changed;

        /// <summary>The locals written by a declaration or an assignment, with every value written to them (a compound one as text).</summary>
        public Dictionary<ILocalSymbol, LocalWrites> Locals { get; } = new(8, SymbolEqualityComparer.Default);

        /// <summary>Whether the slot is changed otherwise than by a plain assignment to a local.</summary>
        public bool IsChanged(ISymbol slot) => _changed is not null && _changed.Contains(slot);

        public void Change(ISymbol slot) => (_changed ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(slot);

        public LocalWrites Write(ILocalSymbol local, IOperation? value, bool asText)
        {
            if (!Locals.TryGetValue(local, out LocalWrites? written))
            {
                written = new LocalWrites();
                Locals[local] = written;
            }

            if (value is not null)
            {
                written.Values.Add((value, asText));
            }

            return written;
        }
    }

    /// <summary>The values written to one local.</summary>
    private sealed class LocalWrites
    {
        /// <summary>Whether a plain declarator declares it (<c>var x = …;</c>): only those are judged by their values.</summary>
        public bool ByDeclarator { get; set; }

        public List<(IOperation Value, bool AsText)> Values { get; } = new(1);
    }
}
