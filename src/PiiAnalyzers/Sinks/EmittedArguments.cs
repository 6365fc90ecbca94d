using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// What a sink call emits, read from its arguments as its <see cref="SinkRow"/> says: the message content of a log call, a
/// structured-logging template and its holes, some named parameters, a serializer's object. One per catalog and
/// compilation: which parameter types carry content is decided once per type.
/// </summary>
internal sealed class EmittedArguments
{
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _contentTypes = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

    /// <summary>The values a call of the row emits.</summary>
    public ImmutableArray<SinkArgument> Of(SinkRow row, ImmutableArray<IArgumentOperation> arguments) => row.Emits switch
    {
        Emits.Content => Content(arguments, row.Rendering),
        Emits.Template => Template(arguments, row.Parameters[0]),
        Emits.Property => Property(arguments),
        _ => Parameters(arguments, row),
    };

    /// <summary>Every value that carries message content, each rendered the same way.</summary>
    public ImmutableArray<SinkArgument> Content(ImmutableArray<IArgumentOperation> arguments, Rendering rendering) =>
        Content(arguments, rendering, renderingOf: null);

    /// <summary>Every value that carries message content, each rendered as its parameter says.</summary>
    public ImmutableArray<SinkArgument> Content(ImmutableArray<IArgumentOperation> arguments, System.Func<IParameterSymbol?, Rendering> renderingOf) =>
        Content(arguments, default, renderingOf);

    private ImmutableArray<SinkArgument> Content(ImmutableArray<IArgumentOperation> arguments, Rendering rendering, System.Func<IParameterSymbol?, Rendering>? renderingOf)
    {
        var values = ImmutableArray.CreateBuilder<SinkArgument>();
        foreach ((IParameterSymbol? parameter, IOperation value) in Values(arguments))
        {
            if (IsMessageContent(parameter))
            {
                values.Add(new SinkArgument(value, renderingOf?.Invoke(parameter) ?? rendering));
            }
        }

        return values.ToImmutable();
    }

    /// <summary>What a recipient or a declared sink receives: every argument but callbacks and cancellation.</summary>
    public static ImmutableArray<SinkArgument> Everything(ImmutableArray<IArgumentOperation> arguments, Rendering rendering, Serializer serializer = default)
    {
        var values = ImmutableArray.CreateBuilder<SinkArgument>(arguments.Length);
        foreach ((IParameterSymbol? parameter, IOperation value) in Values(arguments))
        {
            if (parameter?.Type.TypeKind != TypeKind.Delegate && parameter?.Type.Name != "CancellationToken")
            {
                values.Add(rendering == Rendering.Serialized ? SinkArgument.Serialized(value, serializer) : new SinkArgument(value, rendering));
            }
        }

        return values.ToImmutable();
    }

    /// <summary>
    /// The arguments of a call as the values it emits, with <c>params</c> arrays spread into their elements and
    /// arguments the compiler filled in (optional parameters) left out.
    /// </summary>
    public static IEnumerable<(IParameterSymbol? Parameter, IOperation Value)> Values(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (IOperation element in initializer.ElementValues)
                {
                    yield return (argument.Parameter, element);
                }

                continue;
            }

            yield return (argument.Parameter, argument.Value);
        }
    }

    /// <summary>The template itself as text, and each property value rendered as its hole says (<c>{@X}</c> destructures).</summary>
    private ImmutableArray<SinkArgument> Template(ImmutableArray<IArgumentOperation> arguments, string templateParameter)
    {
        IReadOnlyList<bool>? destructuring = null;
        int position = -1;
        var values = ImmutableArray.CreateBuilder<SinkArgument>();
        foreach ((IParameterSymbol? parameter, IOperation value) in Values(arguments))
        {
            if (!IsMessageContent(parameter))
            {
                continue;
            }

            if (parameter?.Name == templateParameter && position < 0)
            {
                position = 0;
                if (value.ConstantValue is { HasValue: true, Value: string template })
                {
                    destructuring = MessageTemplate.DestructuringByPosition(template);
                }

                values.Add(new SinkArgument(value, Rendering.Text));
                continue;
            }

            bool destructure = position >= 0 && destructuring is not null && position < destructuring.Count && destructuring[position];
            values.Add(new SinkArgument(value, destructure ? Rendering.Destructured : Rendering.Formatted));
            if (position >= 0)
            {
                position++;
            }
        }

        return values.ToImmutable();
    }

    /// <summary><c>ForContext(name, value, destructureObjects)</c> and <c>LogContext.PushProperty(name, value, destructureObjects)</c>.</summary>
    private static ImmutableArray<SinkArgument> Property(ImmutableArray<IArgumentOperation> arguments)
    {
        IOperation? value = null;
        bool destructure = false;
        foreach (IArgumentOperation argument in arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "value":
                    value = argument.Value;
                    break;
                case "destructureObjects":
                    destructure = argument.Value.ConstantValue is { HasValue: true, Value: true };
                    break;
            }
        }

        return value is null
            ? ImmutableArray<SinkArgument>.Empty
            : ImmutableArray.Create(new SinkArgument(value, destructure ? Rendering.Destructured : Rendering.Formatted));
    }

    /// <summary>The arguments of the row's parameters as it renders them, and of its serialized parameters as its serializer writes them.</summary>
    private static ImmutableArray<SinkArgument> Parameters(ImmutableArray<IArgumentOperation> arguments, SinkRow row)
    {
        var values = ImmutableArray.CreateBuilder<SinkArgument>();
        foreach ((IParameterSymbol? parameter, IOperation value) in Values(arguments))
        {
            if (parameter?.OriginalDefinition is not { } definition)
            {
                continue;
            }

            if (row.Parameters.Contains(definition.Name))
            {
                values.Add(new SinkArgument(value, row.Rendering));
            }
            else if (row.SerializedParameters.Contains(definition.Name) &&
                definition.Type is { SpecialType: SpecialType.System_Object } or { TypeKind: TypeKind.TypeParameter })
            {
                values.Add(SinkArgument.Serialized(value, row.Serializer));
            }
        }

        return values.ToImmutable();
    }

    /// <summary>
    /// Whether a parameter carries message content rather than metadata: loggers, levels, event ids, exceptions, format
    /// providers, flags, callbacks and cancellation are not written as data. Decided once per parameter type.
    /// </summary>
    private bool IsMessageContent(IParameterSymbol? parameter) =>
        parameter is null || _contentTypes.GetOrAdd(parameter.Type, IsContentType);

    private static bool IsContentType(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Boolean || type.TypeKind == TypeKind.Delegate || IsException(type))
        {
            return false;
        }

        string ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return !(ns.StartsWith("Microsoft.Extensions.Logging", System.StringComparison.Ordinal) ||
                 ns.StartsWith("Serilog", System.StringComparison.Ordinal) ||
                 ns.StartsWith("NLog", System.StringComparison.Ordinal) ||
                 ns is "System.Threading" or "System.Globalization" ||
                 (ns == "System.Diagnostics" && type.TypeKind == TypeKind.Enum) ||
                 type.Name == "IFormatProvider");
    }

    private static bool IsException(ITypeSymbol type)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Exception" && current.ContainingNamespace?.ToDisplayString() == "System")
            {
                return true;
            }
        }

        return false;
    }
}
