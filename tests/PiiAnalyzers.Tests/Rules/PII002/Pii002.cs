using System.Threading.Tasks;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using PiiAnalyzers.Rules;

namespace PiiAnalyzers.Tests.Rules.PII002;

using Verify = CSharpAnalyzerVerifier<PersonalDataSerializedAnalyzer>;

/// <summary>Shorthands of the PII002 tests: sources get the shop model (<see cref="DomainFixtures.Shop"/>) as a second file.</summary>
internal static class Pii002
{
    /// <summary>
    /// The serializers under their own names, so that a test source can use two of them: <c>Stj</c> (System.Text.Json),
    /// <c>Nsj</c> (Newtonsoft.Json), <c>Xml</c>, <c>Dc</c> (System.Runtime.Serialization).
    /// </summary>
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using PiiAnalyzers;
        using Shop;
        using Stj = System.Text.Json;
        using StjAttributes = System.Text.Json.Serialization;
        using Nsj = Newtonsoft.Json;
        using Xml = System.Xml.Serialization;
        using Dc = System.Runtime.Serialization;

        """;

    public static DiagnosticResult At(int location, string data, string kind, string sink) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(data, kind, sink, "Transfer");

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<PersonalDataSerializedAnalyzer> { Sources = { source, DomainFixtures.Shop } };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
