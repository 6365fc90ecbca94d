using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Model;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Flow;

/// <summary>
/// Decides whether a value carries personal data, given what the slots (locals, parameters, captures) carry at
/// that point. This is the "carries personal data" of the spec: marked members and types, and everything
/// derived from them by interpolation, concatenation, formatting, string methods, conversions, tuples, arrays,
/// anonymous objects and records; redactors, measurements and yes-or-no results end it.
/// </summary>
internal sealed class CarrierEvaluator
{
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _composing = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

    public CarrierEvaluator(PersonalDataCatalog catalog, PersonalDataRendering rendering, ConsentConditions conditions, OwnResults ownResults)
    {
        Catalog = catalog;
        Rendering = rendering;
        Conditions = conditions;
        OwnResults = ownResults;
        Functions = new FunctionResults(this);
    }

    /// <summary>What the compilation's own helpers return (<c>GetRequestIP()</c>): sources for their callers.</summary>
    public OwnResults OwnResults { get; }

    public PersonalDataCatalog Catalog { get; }

    public PersonalDataRendering Rendering { get; }

    /// <summary>What the lambdas passed to calls return (<c>Select(c =&gt; c.Email)</c>).</summary>
    public FunctionResults Functions { get; }

    /// <summary>What yes-or-no values say about consent.</summary>
    public ConsentConditions Conditions { get; }

    /// <summary>The personal data the value carries, or <see langword="null"/>.</summary>
    public PersonalDataOrigin? Evaluate(IOperation? operation, ICarrierLookup slots)
    {
        if (operation is null || operation.Type is { } type && PersonalDataCatalog.IsBoolean(type) || IsDeclaredNotPersonal(operation))
        {
            return null;
        }

        PersonalDataOrigin? origin = operation switch
        {
            ILocalReferenceOperation or IParameterReferenceOperation or IFlowCaptureReferenceOperation =>
                FlowSlot.TryGet(operation, out FlowSlot slot) ? slots.CarrierIn(slot) : null,
            IPropertyReferenceOperation property => MemberAccess(property, property.Property, property.Instance, slots),
            IFieldReferenceOperation field => MemberAccess(field, field.Field, field.Instance, slots) ??
                (FlowSlot.TryGet(field, out FlowSlot fieldSlot) ? slots.CarrierIn(fieldSlot) : null),
            IInvocationOperation invocation => Invocation(invocation, slots),
            IConversionOperation conversion => Evaluate(conversion.Operand, slots),
            IParenthesizedOperation parenthesized => Evaluate(parenthesized.Operand, slots),
            IAwaitOperation awaited => Evaluate(awaited.Operation, slots),
            IInterpolatedStringOperation interpolated => Interpolation(interpolated, slots),
            IInterpolatedStringHandlerCreationOperation handler => Evaluate(handler.Content, slots),
            IInterpolatedStringAdditionOperation addition => PersonalDataOrigin.Either(Evaluate(addition.Left, slots), Evaluate(addition.Right, slots)),
            IBinaryOperation binary => Binary(binary, slots),
            IUnaryOperation unary => Evaluate(unary.Operand, slots),
            IConditionalOperation conditional => PersonalDataOrigin.Either(Evaluate(conditional.WhenTrue, slots), Evaluate(conditional.WhenFalse, slots)),
            ICoalesceOperation coalesce => PersonalDataOrigin.Either(Evaluate(coalesce.Value, slots), Evaluate(coalesce.WhenNull, slots)),
            IConditionalAccessOperation access => Evaluate(access.WhenNotNull, slots),
            IConditionalAccessInstanceOperation instance => Evaluate(AccessedValue(instance), slots),
            ISwitchExpressionOperation switchExpression => SwitchArms(switchExpression, slots),
            IAssignmentOperation assignment => Evaluate(assignment.Value, slots),
            IArrayElementReferenceOperation element => Evaluate(element.ArrayReference, slots),
            IArrayCreationOperation array => AnyOf(array.Initializer?.ElementValues, slots),
            IArrayInitializerOperation initializer => AnyOf(initializer.ElementValues, slots),
            ITupleOperation tuple => AnyOf(tuple.Elements, slots),
            IAnonymousObjectCreationOperation anonymous => AnyOf(anonymous.Initializers, slots),
            IObjectCreationOperation creation => Creation(creation, slots),
            IDelegateCreationOperation delegateCreation => Functions.Captured(delegateCreation, slots),
            INameOfOperation or ITypeOfOperation or ISizeOfOperation or ILiteralOperation or IDefaultValueOperation or
                IIsTypeOperation or IIsPatternOperation or IInvalidOperation or
                IAnonymousFunctionOperation or IFlowAnonymousFunctionOperation or IMethodReferenceOperation => null,
            { Kind: OperationKind.None } => AnyOf(operation.ChildOperations, slots),
            _ => null,
        };

        return origin ?? TypeMarking(operation);
    }

    /// <summary>
    /// The personal data the value shows when turned into text: what its type's <c>ToString</c> prints (records,
    /// <c>IdentityUser</c>), or else what the value carries.
    /// </summary>
    public PersonalDataOrigin? EvaluateAsText(IOperation? operation, ICarrierLookup slots) =>
        Shown(operation, slots, type => Rendering.WhenPrinted(type, elementwise: false));

    /// <summary>
    /// The personal data a sink shows of a value it renders with <paramref name="render"/>. An object whose type
    /// prints or destructures personal-data members (a record, an entity) is named by the member that shows,
    /// <c>Order.Buyer.Email</c>, even when the value was also built from personal data; anything else by what
    /// it carries, <c>Customer.Address</c> or the parameter <c>address</c>.
    /// </summary>
    public PersonalDataOrigin? Shown(IOperation? operation, ICarrierLookup slots, System.Func<ITypeSymbol?, PersonalDataOrigin?> render)
    {
        if (operation is null || IsDeclaredNotPersonal(operation))
        {
            return null;
        }

        ITypeSymbol? type = UnconvertedType(operation);
        PersonalDataOrigin? shown = Catalog.MarkedType(type) is null ? render(type) : null;
        return shown ?? Evaluate(operation, slots);
    }

    /// <summary>A reference to a member or parameter declared <c>[NotPersonalData]</c>: not personal data, whatever its type.</summary>
    private bool IsDeclaredNotPersonal(IOperation operation) => operation switch
    {
        IMemberReferenceOperation member => Catalog.IsDeclaredNotPersonal(member.Member),
        IParameterReferenceOperation parameter => Catalog.IsDeclaredNotPersonal(parameter.Parameter),
        _ => false,
    };

    /// <summary>The initial carriers of a method's parameters: the marked ones.</summary>
    public FlowState WithParameters(FlowState state, IEnumerable<IParameterSymbol> parameters)
    {
        foreach (IParameterSymbol parameter in parameters)
        {
            if (ParameterCarrier(parameter) is { } origin)
            {
                state = state.WithCarrier(FlowSlot.For(parameter), origin);
            }
        }

        return state;
    }

    /// <summary>Whether any of the parameters starts out carrying personal data (<see cref="WithParameters"/>, without a state).</summary>
    public bool MarksAnyParameter(System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters)
    {
        foreach (IParameterSymbol parameter in parameters)
        {
            if (ParameterCarrier(parameter) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a parameter carries at its method's entry: its marking, or its type's.</summary>
    public PersonalDataOrigin? ParameterCarrier(IParameterSymbol parameter) =>
        Catalog.IsDeclaredNotPersonal(parameter) ? null : Catalog.MarkedMember(parameter) ?? Catalog.MarkedType(parameter.Type)?.Named(parameter.Name);

    /// <summary>
    /// What the values a body returns carry, each judged on its own (no local or parameter carries anything): a lambda's
    /// (<c>c =&gt; c.Email</c>), a <c>ToString</c> override's (<c>$"{Name}"</c>, <paramref name="asText"/>: a returned object
    /// counts by what it prints). Nested lambdas and local functions are not its returns.
    /// </summary>
    public PersonalDataOrigin? ReturnedBy(IOperation body, bool asText) => ReturnedBy(body, asText, NoCarriers.Instance);

    /// <summary>What the values a body returns carry, with the locals it captures looked up in <paramref name="slots"/>.</summary>
    public PersonalDataOrigin? ReturnedBy(IOperation body, bool asText, ICarrierLookup slots)
    {
        PersonalDataOrigin? origin = null;
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            IOperation operation = pending.Pop();
            if (operation is IReturnOperation { ReturnedValue: { } returned })
            {
                origin = PersonalDataOrigin.Either(origin, asText ? EvaluateAsText(returned, slots) : Evaluate(returned, slots));
                continue;
            }

            foreach (IOperation child in operation.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }

        return origin;
    }

    /// <summary>The value before every conversion, implicit or explicit (<c>(object)admin</c>, <c>string</c> to <c>RedisValue</c>).</summary>
    public static IOperation Unconverted(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The type of the value before implicit conversions (boxing to <c>object</c> for a <c>params</c> array).</summary>
    public static ITypeSymbol? UnconvertedType(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation.Type;
    }

    private PersonalDataOrigin? MemberAccess(IOperation access, ISymbol member, IOperation? instance, ICarrierLookup slots)
    {
        if (FlowSlot.TryGet(instance, out FlowSlot holder) && slots.HoldsConstant(holder, member))
        {
            // admin.Email set to "admin@contoso.com" in the method: data written in the code is nobody's.
            return null;
        }

        if (IsResponseHeaders(instance))
        {
            return null; // Response.Headers["Authorization"]: what the application answers, not what the person sent
        }

        if ((access is IPropertyReferenceOperation { Arguments.IsEmpty: false } indexer ? Catalog.KeyedSource(member, indexer.Arguments) : null) is { } keyed)
        {
            // Request.Headers["User-Agent"]: personal data by the name it is read by.
            return keyed;
        }

        if (Catalog.MarkedMember(member) is { } marked)
        {
            return marked;
        }

        if (Catalog.MarkedType(access.Type) is { } typeMarked)
        {
            return typeMarked.Named(PersonalDataCatalog.DataNameOf(member));
        }

        if (member is IPropertySymbol { GetMethod: { } getter } && OwnResults.ReturnedBy(getter) is { } returned)
        {
            // string CurrentUserEmail => User.FindFirstValue(ClaimTypes.Email): the property hands its callers a source.
            return returned;
        }

        if (instance is null or IInstanceReferenceOperation && OwnResults.KeptIn(member) is { } kept &&
            !Catalog.IsDeclaredNotPersonal(member) && !OwnResults.AssignedWhereRead(access.Syntax, member.Name))
        {
            // _clientIp, assigned the client's address in another method of the type.
            return kept;
        }

        // A member of a value that carries personal data: its parts carry it too (dateOfBirth.Year), its
        // measurements do not (email.Length).
        // (An enum member of it, ip.AddressFamily, is a category, not the data.)
        return instance is not null && !ContentPreservingCalls.IsMeasuring(member.Name) && access.Type?.TypeKind != TypeKind.Enum
            ? FromReceiver(instance, slots)
            : null;
    }

    /// <summary><c>Response.Headers</c> (<c>HttpResponse.Headers</c>), which the sources of request headers do not cover.</summary>
    private static bool IsResponseHeaders(IOperation? instance) =>
        instance is IPropertyReferenceOperation { Property: { Name: "Headers", ContainingType.Name: "HttpResponse" } };

    /// <summary>
    /// What a value's members and methods carry because the value carries personal data. That holds for values
    /// whose parts are their content (strings, dates, collections, builders, tuples, anonymous objects) and for
    /// values of marked types, not for other objects that merely hold some personal data: the other members of
    /// a record built from an e-mail address are not the address.
    /// </summary>
    private PersonalDataOrigin? FromReceiver(IOperation receiver, ICarrierLookup slots)
    {
        ITypeSymbol? type = receiver.Type;
        bool partsAreContent = type is null || type.IsTupleType || type.IsAnonymousType || type is IArrayTypeSymbol ||
            type.TypeKind is TypeKind.TypeParameter or TypeKind.Error || TypeLookup.IsSystemOrMicrosoft(type) || Catalog.MarkedType(type) is not null;
        return partsAreContent ? Evaluate(receiver, slots) : null;
    }


    private PersonalDataOrigin? Invocation(IInvocationOperation invocation, ICarrierLookup slots)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (Catalog.IsRedactor(method) || method.ReturnsVoid || ContentPreservingCalls.IsMeasuring(method.Name))
        {
            return null;
        }

        if (DeclaredResult(invocation) is { } marked)
        {
            return marked;
        }

        if (ContentPreservingCalls.SerializerOf(method) is { } serializer && invocation.Arguments.Length > 0)
        {
            // The serialized form of an object holds the members its serializer writes: JsonSerializer.Serialize(customer).
            return Shown(invocation.Arguments[0].Value, slots, type => Rendering.WhenSerialized(type, serializer));
        }

        IOperation? receiver = invocation.Instance ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        if (receiver is not null)
        {
            // value.ToString() prints a record's members even when the value itself is not a carrier.
            PersonalDataOrigin? fromReceiver = method.Name == "ToString" ? EvaluateAsText(receiver, slots) : FromReceiver(receiver, slots);
            if (fromReceiver is not null)
            {
                return fromReceiver;
            }
        }

        if (invocation.Instance is null ? IsComposing(method) : ContentPreservingCalls.IsContainer(method.ContainingType) || IsComposing(method))
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (EvaluateAsText(argument.Value, slots) is { } fromArgument)
                {
                    return fromArgument;
                }
            }
        }

        // customers.Select(c => c.Email): what the function passed in returns.
        return Functions.Of(invocation);
    }

    /// <summary>
    /// The personal data a call's result is by what is called, whatever its arguments carry: a source read by name
    /// (<c>FindFirstValue(ClaimTypes.Email)</c>), a marked return value, or what a helper of the compilation returns
    /// (<c>GetRequestIP()</c>, a source for its callers).
    /// </summary>
    public PersonalDataOrigin? DeclaredResult(IInvocationOperation invocation) =>
        Catalog.KeyedSource(invocation.TargetMethod, invocation.Arguments) ?? Catalog.MarkedMember(invocation.TargetMethod) ??
        OwnResults.ReturnedBy(invocation.TargetMethod);

    private bool IsComposing(IMethodSymbol method) => _composing.GetOrAdd(method, ContentPreservingCalls.ComposesArguments);

    private PersonalDataOrigin? Creation(IObjectCreationOperation creation, ICarrierLookup slots)
    {
        ITypeSymbol? type = creation.Type;
        bool composes = type is not null &&
            (ContentPreservingCalls.IsContainer(type) || Catalog.IsRecord(type) || type.Name is "String" or "Uri" or "KeyValuePair" or "Tuple");
        if (!composes)
        {
            return null;
        }

        foreach (IArgumentOperation argument in creation.Arguments)
        {
            if (EvaluateAsText(argument.Value, slots) is { } origin)
            {
                return origin;
            }
        }

        if (creation.Initializer is null)
        {
            return null;
        }

        PersonalDataOrigin? initialized = null;
        foreach (IOperation initializer in creation.Initializer.Initializers)
        {
            // A collection initializer's element is an Add call on the new object (an instance or an extension method):
            // what it adds, not what Add returns.
            if (initializer is IInvocationOperation add && IsInitializerAdd(add))
            {
                foreach (IArgumentOperation argument in add.Arguments)
                {
                    if (!IsImplicitReceiver(argument.Value))
                    {
                        initialized = PersonalDataOrigin.Either(initialized, EvaluateAsText(argument.Value, slots));
                    }
                }
            }
            else
            {
                initialized = PersonalDataOrigin.Either(initialized, EvaluateAsText(initializer, slots));
            }
        }

        return initialized;
    }

    private static bool IsInitializerAdd(IInvocationOperation add) =>
        IsImplicitReceiver(add.Instance) ||
        (add.Instance is null && add.TargetMethod.IsExtensionMethod && add.Arguments.Length > 0 && IsImplicitReceiver(add.Arguments[0].Value));

    private static bool IsImplicitReceiver(IOperation? value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver };
    }

    private PersonalDataOrigin? Interpolation(IInterpolatedStringOperation interpolated, ICarrierLookup slots)
    {
        PersonalDataOrigin? origin = null;
        foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
        {
            if (part is IInterpolationOperation hole)
            {
                origin = PersonalDataOrigin.Either(origin, EvaluateAsText(hole.Expression, slots));
            }
            else if (part is IInterpolatedStringAppendOperation { Kind: OperationKind.InterpolatedStringAppendFormatted, AppendCall: IInvocationOperation { Arguments.Length: > 0 } call })
            {
                // A handler's hole (string.Create(provider, $"…"), StringBuilder.Append($"…")): AppendFormatted(value).
                origin = PersonalDataOrigin.Either(origin, EvaluateAsText(call.Arguments[0].Value, slots));
            }
        }

        return origin;
    }

    private PersonalDataOrigin? Binary(IBinaryOperation binary, ICarrierLookup slots)
    {
        if (binary.Type?.SpecialType == SpecialType.System_String)
        {
            return PersonalDataOrigin.Either(EvaluateAsText(binary.LeftOperand, slots), EvaluateAsText(binary.RightOperand, slots));
        }

        return PersonalDataOrigin.Either(Evaluate(binary.LeftOperand, slots), Evaluate(binary.RightOperand, slots));
    }

    private PersonalDataOrigin? SwitchArms(ISwitchExpressionOperation switchExpression, ICarrierLookup slots)
    {
        PersonalDataOrigin? origin = null;
        foreach (ISwitchExpressionArmOperation arm in switchExpression.Arms)
        {
            origin = PersonalDataOrigin.Either(origin, Evaluate(arm.Value, slots));
        }

        return origin;
    }

    private PersonalDataOrigin? AnyOf(IEnumerable<IOperation>? operations, ICarrierLookup slots)
    {
        if (operations is null)
        {
            return null;
        }

        PersonalDataOrigin? origin = null;
        foreach (IOperation operation in operations)
        {
            origin = PersonalDataOrigin.Either(origin, EvaluateAsText(operation, slots));
        }

        return origin;
    }

    /// <summary>In <c>customer?.Email</c>, the value the conditional access tests: <c>customer</c>.</summary>
    private static IOperation? AccessedValue(IConditionalAccessInstanceOperation instance)
    {
        IOperation child = instance;
        for (IOperation? current = instance.Parent; current is not null; child = current, current = current.Parent)
        {
            if (current is IConditionalAccessOperation access && access.WhenNotNull == child)
            {
                return access.Operation;
            }
        }

        return null;
    }

    private PersonalDataOrigin? TypeMarking(IOperation operation) =>
        operation is ILiteralOperation or IDefaultValueOperation or INameOfOperation ? null : Catalog.MarkedType(operation.Type);
}
