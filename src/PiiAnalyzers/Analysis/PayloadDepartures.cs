using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Flow;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Analysis;

/// <summary>
/// Whether a serialized payload leaves the application, for PII002 on data that is personal only by inference: the
/// serializer writes into a file, or its result (the text, the bytes, the JSON object) goes, in the method, to a log, a
/// third party, an HTTP request's content, a message bus, a distributed cache or a file, directly or through locals,
/// interpolation, concatenation, encoding and message objects. The application's own response, its own entity's
/// column, a comparison or a value returned to an unknown caller do not leave. Read on the method's source operations,
/// only where such a leak was found; every walk is bounded.
/// </summary>
internal sealed class PayloadDepartures
{
    /// <summary>How many locals deep a payload is followed, and how many uses are looked at in all.</summary>
    private const int MaxLocalHops = 3;
    private const int MaxUses = 32;

    private static readonly HashSet<string> FileOpeners = new(StringComparer.Ordinal)
    {
        "Create", "CreateText", "Open", "OpenWrite", "AppendText", "OpenHandle",
    };

    private static readonly string[] PublishingVerbs = { "Publish", "Send", "Enqueue", "Produce", "Upload", "Emit" };

    private static readonly string[] StayingNamespaces =
    {
        "System.Collections", "System.Threading.Channels", "System.Threading.Tasks.Dataflow", "Microsoft.AspNetCore.SignalR", "MediatR",
    };

    private readonly PrivacyConfiguration _configuration;
    private readonly Lazy<SinkCatalog> _logs;
    private readonly Lazy<SinkCatalog> _thirdParties;

    /// <param name="configuration">The project's PiiAnalyzers.txt.</param>
    /// <param name="logs">PII001's catalog of the compilation, asked for only where a payload's destination is needed.</param>
    /// <param name="thirdParties">PII003's catalog of the compilation, likewise.</param>
    public PayloadDepartures(PrivacyConfiguration configuration, Func<SinkCatalog> logs, Func<SinkCatalog> thirdParties)
    {
        _configuration = configuration;
        _logs = new Lazy<SinkCatalog>(logs);
        _thirdParties = new Lazy<SinkCatalog>(thirdParties);
    }

    /// <summary>Whether what the serialization (a call of the method's source operations) produces or writes leaves the application.</summary>
    public bool Leaves(IOperation serialization, CancellationToken cancellationToken)
    {
        if (serialization is IInvocationOperation invocation && WritesIntoAFile(invocation))
        {
            return true;
        }

        int budget = MaxUses;
        return Departs(serialization, MaxLocalHops, ref budget, cancellationToken);
    }

    /// <summary>Whether the value of <paramref name="payload"/> reaches a departure, following where it goes.</summary>
    private bool Departs(IOperation payload, int hops, ref int budget, CancellationToken cancellationToken)
    {
        IOperation current = payload;
        while (current.Parent is { } parent && budget-- > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (parent)
            {
                case IConversionOperation or IAwaitOperation or IInterpolationOperation or IInterpolatedStringOperation
                    or IInterpolatedStringHandlerCreationOperation or IInterpolatedStringAdditionOperation or IParenthesizedOperation
                    or IArrayInitializerOperation or IArrayCreationOperation or ICoalesceOperation or IConditionalOperation
                    or IMemberInitializerOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
                    current = parent;
                    continue;
                case IArgumentOperation { Parent: { } call }:
                    if (IsDeparture(call))
                    {
                        return true;
                    }

                    if (!KeepsPayload(call))
                    {
                        return false;
                    }

                    current = call;
                    continue;
                case IInvocationOperation instanceCall when instanceCall.Instance == current && KeepsPayload(instanceCall):
                    current = instanceCall;
                    continue;
                case IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation }:
                    // A member of an object being created: the object carries the payload on (a message and its body).
                    if (IsDeparture(creation))
                    {
                        return true;
                    }

                    current = creation;
                    continue;
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    if (assignment.Target is ILocalReferenceOperation local)
                    {
                        return hops > 0 && UsesDepart(current, local.Local, hops - 1, ref budget, cancellationToken);
                    }

                    if (assignment.Parent is IObjectOrCollectionInitializerOperation)
                    {
                        current = assignment;
                        continue;
                    }

                    // entry.Json = payload: the object in the local carries it on to where the local goes.
                    return assignment.Target is IMemberReferenceOperation { Instance: ILocalReferenceOperation holder } && hops > 0 &&
                        UsesDepart(current, holder.Local, hops - 1, ref budget, cancellationToken);
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return hops > 0 && UsesDepart(current, declarator.Symbol, hops - 1, ref budget, cancellationToken);
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Whether any later use of the local the payload was stored in reaches a departure.</summary>
    private bool UsesDepart(IOperation payload, ILocalSymbol local, int hops, ref int budget, CancellationToken cancellationToken)
    {
        IOperation root = RootOf(payload);
        foreach (IOperation use in root.Descendants())
        {
            if (use is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local) &&
                !(reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference))
            {
                if (budget-- <= 0)
                {
                    return false;
                }

                if (Departs(reference, hops, ref budget, cancellationToken))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the call takes what it is given out of the application.</summary>
    private bool IsDeparture(IOperation call)
    {
        IMethodSymbol? method = call switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };
        if (method?.ContainingType is not { } type)
        {
            return false;
        }

        if (call is IObjectCreationOperation)
        {
            // A Service Bus message is made to be sent (HTTP content is followed to the request that sends it: a response's
            // content stays the application's own).
            return IsType(type, "Azure.Messaging.ServiceBus", "ServiceBusMessage");
        }

        return _configuration.IsSerializationSink(method) ||
            IsFileWrite(method, (IInvocationOperation)call) || IsCacheOrBusWrite(method, type) || IsPublishing(method) ||
            _logs.Value.Recognize(call) is not null || _thirdParties.Value.Recognize(call) is not null;
    }

    /// <summary>
    /// A method named for sending what it is given away (<c>PublishEventAsync(body)</c>, <c>SendAsync</c>, <c>Enqueue</c>,
    /// <c>Produce</c>, <c>Upload</c>, <c>Emit</c>; <c>SmtpClient.Send</c>, a socket's): given a serialized payload, that is a
    /// message bus, a queue, a mail or a store whose implementation the method may not show (the solution's own publisher);
    /// not an in-memory queue or channel, SignalR's answer to the application's own clients, or MediatR's in-process send.
    /// </summary>
    private static bool IsPublishing(IMethodSymbol method)
    {
        bool named = false;
        foreach (string verb in PublishingVerbs)
        {
            named |= method.Name.StartsWith(verb, StringComparison.Ordinal);
        }

        if (!named)
        {
            return false;
        }

        // What stays in the process or answers the application's own clients: in-memory queues and channels, SignalR,
        // MediatR's in-process Send and Publish.
        string ns = method.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        foreach (string staying in StayingNamespaces)
        {
            if (ns == staying || ns.StartsWith(staying + ".", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsFileWrite(IMethodSymbol method, IInvocationOperation call)
    {
        if (IsType(method.ContainingType, "System.IO", "File"))
        {
            return method.Name.StartsWith("Write", StringComparison.Ordinal) || method.Name.StartsWith("Append", StringComparison.Ordinal);
        }

        return method.Name.StartsWith("Write", StringComparison.Ordinal) && call.Instance is { } writer && IsFile(writer, MaxLocalHops);
    }

    /// <summary>A write to a distributed cache or a message bus (<see cref="PayloadDestinationTable"/>).</summary>
    private static bool IsCacheOrBusWrite(IMethodSymbol method, INamedTypeSymbol type) =>
        PayloadDestinationTable.For(type.ContainingNamespace?.ToDisplayString() ?? string.Empty) is { } destination && destination.Sends(method.Name);

    /// <summary>Whether a serializer writes its value into a stream or writer that is a file (<c>Serialize(File.Create(path), value)</c>).</summary>
    private bool WritesIntoAFile(IInvocationOperation serialization)
    {
        foreach (IArgumentOperation argument in serialization.Arguments)
        {
            if (argument.Parameter?.Type is { SpecialType: SpecialType.None, TypeKind: TypeKind.Class } && IsFile(argument.Value, MaxLocalHops))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a stream or writer is a file: opened by <c>File</c> or <c>FileInfo</c>, a <c>FileStream</c>, a writer over one.</summary>
    private bool IsFile(IOperation value, int hops)
    {
        value = CarrierEvaluator.Unconverted(value);

        if (IsType(value.Type, "System.IO", "FileStream"))
        {
            // Whatever opened it (AsyncFile.OpenWrite(path) of the solution's own): a file.
            return true;
        }

        switch (value)
        {
            case IInvocationOperation { TargetMethod: var method } invocation:
                if ((IsType(method.ContainingType, "System.IO", "File") || IsType(method.ContainingType, "System.IO", "FileInfo")) &&
                    FileOpeners.Contains(method.Name))
                {
                    return true;
                }

                // XmlWriter.Create(path or stream), and the like: a writer over a file.
                return method.IsStatic && method.Name == "Create" && FirstArgumentIsAFile(invocation.Arguments, hops);
            case IObjectCreationOperation { Type: { } type } creation:
                return IsType(type, "System.IO", "FileStream") || FirstArgumentIsAFile(creation.Arguments, hops);
            case ILocalReferenceOperation local when hops > 0:
                return InitialValueOf(local) is { } initial && IsFile(initial, hops - 1);
            default:
                return false;
        }
    }

    /// <summary>A writer made over a file: its first argument is a path (<c>new StreamWriter(path)</c>) or a file stream.</summary>
    private bool FirstArgumentIsAFile(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int hops) =>
        !arguments.IsEmpty && arguments[0].Parameter is { } parameter &&
        ((parameter.Type.SpecialType == SpecialType.System_String && parameter.Name is "path" or "outputFileName") ||
         (parameter.Type.SpecialType == SpecialType.None && IsFile(arguments[0].Value, hops)));

    /// <summary>The value a local was declared with, from the method's source.</summary>
    private static IOperation? InitialValueOf(ILocalReferenceOperation local)
    {
        IOperation root = RootOf(local);
        foreach (IOperation operation in root.Descendants())
        {
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
            {
                return declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a call passes on what it is given (<c>Encoding.UTF8.GetBytes</c>, <c>BinaryData.FromString</c>, <c>ToString()</c>),
    /// or makes an object of it that carries it on (any constructor: an event, a message, HTTP content).
    /// </summary>
    private static bool KeepsPayload(IOperation call)
    {
        switch (call)
        {
            case IInvocationOperation { TargetMethod: var method }:
                return ContentPreservingCalls.ComposesArguments(method) || IsType(method.ContainingType, "System", "BinaryData") ||
                    method.Name is "ToString" or "ToJsonString" or "ToArray" or "AsMemory" or "AsSpan" ||
                    ContentPreservingCalls.Serializes(method);
            case IObjectCreationOperation:
                // new EventData(bytes), new StringContent(json), BinaryData: the object made from the payload carries it on.
                return true;
            default:
                return false;
        }
    }

    /// <summary>The body the operation is part of (its source tree's top).</summary>
    private static IOperation RootOf(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    private static bool IsType(ITypeSymbol? type, string ns, string name) =>
        type is not null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == ns;
}
