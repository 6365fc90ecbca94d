using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Redaction;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using PiiAnalyzers.Rules;

namespace PiiAnalyzers.Tests.Rules.PII004;

using Verify = CSharpCodeFixVerifier<PersonalDataInExceptionMessageAnalyzer, RedactPersonalDataCodeFixProvider>;

/// <summary>Shorthands of the PII004 tests: sources get the shop model (<see cref="DomainFixtures.Shop"/>) and the project's own exceptions as files of their own.</summary>
internal static class Pii004
{
    /// <summary>The usings every test source starts with.</summary>
    public const string Usings = "using System; using System.Collections.Generic; using System.Text; using Microsoft.Extensions.Logging; using PiiAnalyzers; using Shop; using Errors;\n";

    /// <summary>Exceptions of the project: one whose first string is woven into the message, one with a message parameter.</summary>
    public const string Exceptions = """

        namespace Errors
        {
            using System;
            using PiiAnalyzers;
            using Shop;

            public class CustomerNotFoundException : Exception
            {
                public CustomerNotFoundException(string email) : base("No customer " + email) { }
                public CustomerNotFoundException(int id, Exception inner) : base("No customer " + id, inner) { }
            }

            public class OrderException : Exception
            {
                public OrderException(string orderCode, string message) : base(orderCode + ": " + message) { }
                public OrderException(string paramName, int line) : base("Bad " + paramName + " at " + line) { }
            }

            public interface IConsents { [ConsentCheck] bool Has(Customer customer, ConsentPurpose purpose); }
        }
        """;

    public static DiagnosticResult At(int location, string data, string kind, string exception) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(data, kind, exception, "Diagnostics");

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<PersonalDataInExceptionMessageAnalyzer> { Sources = { Usings + source, DomainFixtures.Shop, Exceptions } };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
