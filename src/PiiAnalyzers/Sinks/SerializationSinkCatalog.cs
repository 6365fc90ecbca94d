using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// The serialization sinks of PII002: System.Text.Json (<c>JsonSerializer.Serialize</c>, <c>SerializeAsync</c>,
/// <c>SerializeToUtf8Bytes</c>, <c>SerializeToElement</c>, <c>SerializeToNode</c>, <c>SerializeToDocument</c>),
/// Newtonsoft.Json (<c>JsonConvert.SerializeObject</c>, <c>JsonSerializer.Serialize</c>, <c>JToken</c>/<c>JObject</c>/<c>JArray.FromObject</c>),
/// <c>XmlSerializer.Serialize</c>, <c>DataContractSerializer</c>/<c>DataContractJsonSerializer.WriteObject</c> (and
/// <c>XmlObjectSerializer.WriteObject</c> through them), and the methods declared <c>serialization_sink</c> in
/// <c>PiiAnalyzers.txt</c>, whose arguments are taken as System.Text.Json writes them. Each value is written under its
/// serializer's own rules for which members it writes (<see cref="MemberPolicy"/>).
/// </summary>
internal sealed class SerializationSinkCatalog : SinkCatalog
{
    /// <summary>The names of the parameter that takes the object to serialize: <c>value</c>, <c>o</c>, <c>graph</c>.</summary>
    private static readonly HashSet<string> ValueParameters = new() { "value", "o", "graph" };

    private readonly Dictionary<INamedTypeSymbol, Api> _apis = new(SymbolEqualityComparer.Default);
    private readonly PrivacyConfiguration _configuration;
    private readonly Func<IOperation, CancellationToken, bool> _leaves;

    /// <param name="compilation">The compilation.</param>
    /// <param name="configuration">Its PiiAnalyzers.txt.</param>
    /// <param name="leaves">Whether what a serializer's call writes leaves the application (where its payload goes), for inferred data.</param>
    public SerializationSinkCatalog(Compilation compilation, PrivacyConfiguration configuration, Func<IOperation, CancellationToken, bool> leaves)
    {
        _configuration = configuration;
        _leaves = leaves;
        var systemTextJson = new HashSet<string> { "Serialize", "SerializeAsync", "SerializeToUtf8Bytes", "SerializeToElement", "SerializeToNode", "SerializeToDocument" };
        var fromObject = new HashSet<string> { "FromObject" };
        var writeObject = new HashSet<string> { "WriteObject" };
        Add(compilation, "System.Text.Json.JsonSerializer", Serializer.SystemTextJson, systemTextJson);
        Add(compilation, "Newtonsoft.Json.JsonConvert", Serializer.NewtonsoftJson, new HashSet<string> { "SerializeObject" });
        Add(compilation, "Newtonsoft.Json.JsonSerializer", Serializer.NewtonsoftJson, new HashSet<string> { "Serialize" });
        Add(compilation, "Newtonsoft.Json.Linq.JToken", Serializer.NewtonsoftJson, fromObject);
        Add(compilation, "Newtonsoft.Json.Linq.JObject", Serializer.NewtonsoftJson, fromObject);
        Add(compilation, "Newtonsoft.Json.Linq.JArray", Serializer.NewtonsoftJson, fromObject);
        Add(compilation, "System.Xml.Serialization.XmlSerializer", Serializer.XmlSerializer, new HashSet<string> { "Serialize" });
        Add(compilation, "System.Runtime.Serialization.XmlObjectSerializer", Serializer.DataContract, writeObject);
        Add(compilation, "System.Runtime.Serialization.DataContractSerializer", Serializer.DataContract, writeObject);
        Add(compilation, "System.Runtime.Serialization.Json.DataContractJsonSerializer", Serializer.DataContract, writeObject);
    }

    public override bool IsEmpty => _apis.Count == 0 && !_configuration.DeclaresSerializationSinks;

    public override bool MayRecognize(IMethodSymbol method) =>
        (method.ContainingType is { } type && _apis.ContainsKey(type.OriginalDefinition)) || _configuration.IsSerializationSink(method);

    public override SinkCall? Recognize(IOperation call)
    {
        if (call is not IInvocationOperation invocation)
        {
            return null;
        }

        IMethodSymbol method = invocation.TargetMethod;
        if (method.ContainingType is { } type && _apis.TryGetValue(type.OriginalDefinition, out Api? api))
        {
            return api.Methods.Contains(method.Name) ? new SinkCall(NameOf(invocation, type), default, Serialized(invocation, api.Serializer)) : null;
        }

        return _configuration.IsSerializationSink(method)
            ? new SinkCall(NameOf(invocation, method.ContainingType), SinkFamily.Configured, Configured(invocation), departs: true)
            : null;
    }

    /// <summary>A serializer's payload may stay: the application's own response or column.</summary>
    public override bool EveryPayloadDeparts => false;

    /// <summary>
    /// A serializer's payload leaves where it goes (<c>Analysis.PayloadDepartures</c>); a declared sink
    /// (<c>serialization_sink</c>, <c>[RequiresConsent(Transfer)]</c>) and a wrapper of one leave by declaration
    /// (<see cref="SinkCall.Departs"/>), and are not asked here.
    /// </summary>
    public override bool Departs(IOperation call, SinkCall sink, CancellationToken cancellationToken) => _leaves(call, cancellationToken);

    /// <summary>The object a serializer's method writes: its <c>value</c>, <c>o</c> or <c>graph</c> argument.</summary>
    private static ImmutableArray<SinkArgument> Serialized(IInvocationOperation invocation, Serializer serializer)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.OriginalDefinition is { } parameter && ValueParameters.Contains(parameter.Name) &&
                parameter.Type is { SpecialType: SpecialType.System_Object } or { TypeKind: TypeKind.TypeParameter })
            {
                return ImmutableArray.Create(SinkArgument.Serialized(argument.Value, serializer));
            }
        }

        return ImmutableArray<SinkArgument>.Empty;
    }

    /// <summary>What a configured sink serializes: every argument but callbacks and cancellation, as System.Text.Json writes it.</summary>
    private static ImmutableArray<SinkArgument> Configured(IInvocationOperation invocation)
    {
        var values = ImmutableArray.CreateBuilder<SinkArgument>();
        foreach ((IParameterSymbol? parameter, IOperation value) in EmittedValues(invocation.Arguments))
        {
            if (parameter?.Type.TypeKind != TypeKind.Delegate && parameter?.Type.Name != "CancellationToken")
            {
                values.Add(SinkArgument.Serialized(value, Serializer.SystemTextJson));
            }
        }

        return values.ToImmutable();
    }

    /// <summary>
    /// <c>JsonSerializer.Serialize</c>, <c>XmlSerializer.Serialize</c>; a data-contract serializer by the type it is
    /// called on (<c>DataContractJsonSerializer.WriteObject</c>, not the base class that declares the method).
    /// </summary>
    private static string NameOf(IInvocationOperation invocation, INamedTypeSymbol type)
    {
        string typeName = invocation.Instance?.Type is INamedTypeSymbol receiver && receiver.TypeKind != TypeKind.Error ? receiver.Name : type.Name;
        return invocation.TargetMethod.IsExtensionMethod ? invocation.TargetMethod.Name : typeName + "." + invocation.TargetMethod.Name;
    }

    private void Add(Compilation compilation, string metadataName, Serializer serializer, HashSet<string> methods)
    {
        foreach (INamedTypeSymbol type in TypesNamed(compilation, metadataName))
        {
            _apis[type] = new Api(serializer, methods);
        }
    }

    private sealed class Api
    {
        public Api(Serializer serializer, HashSet<string> methods)
        {
            Serializer = serializer;
            Methods = methods;
        }

        public Serializer Serializer { get; }

        public HashSet<string> Methods { get; }
    }
}
