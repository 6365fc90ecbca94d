using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// The serialization sinks of PII002: the serializer calls of <see cref="SerializationSinkTable"/> (System.Text.Json,
/// Newtonsoft.Json, <c>XmlSerializer</c>, the data-contract serializers), and the methods declared <c>serialization_sink</c>
/// in <c>PiiAnalyzers.txt</c>, whose arguments are taken as System.Text.Json writes them. Each value is written under its
/// serializer's own rules for which members it writes (<see cref="MemberPolicy"/>).
/// </summary>
internal sealed class SerializationSinkCatalog : SinkCatalog
{
    private readonly SinkTable _table;
    private readonly EmittedArguments _emitted = new();
    private readonly PrivacyConfiguration _configuration;
    private readonly Func<IOperation, CancellationToken, bool> _leaves;

    /// <param name="compilation">The compilation.</param>
    /// <param name="configuration">Its PiiAnalyzers.txt.</param>
    /// <param name="leaves">Whether what a serializer's call writes leaves the application (where its payload goes), for inferred data.</param>
    public SerializationSinkCatalog(Compilation compilation, PrivacyConfiguration configuration, Func<IOperation, CancellationToken, bool> leaves)
    {
        _configuration = configuration;
        _leaves = leaves;
        _table = new SinkTable(compilation, SerializationSinkTable.Rows);
    }

    public override bool IsEmpty => _table.IsEmpty && !_configuration.DeclaresSerializationSinks;

    public override bool MayRecognize(IMethodSymbol method) =>
        (method.ContainingType is { } type && _table.Declares(type)) || _configuration.IsSerializationSink(method);

    public override SinkCall? Recognize(IOperation call)
    {
        if (call is not IInvocationOperation invocation)
        {
            return null;
        }

        IMethodSymbol method = invocation.TargetMethod;
        if (method.ContainingType is { } type && _table.Declares(type))
        {
            return _table.RowOf(method) is { } row ? new SinkCall(CallNames.Of(row, invocation), row.Family, _emitted.Of(row, invocation.Arguments)) : null;
        }

        return _configuration.IsSerializationSink(method)
            ? new SinkCall(CallNames.ByReceiver(invocation), SinkFamily.Configured, EmittedArguments.Everything(invocation.Arguments, Rendering.Serialized, Serializer.SystemTextJson), departs: true)
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
}
