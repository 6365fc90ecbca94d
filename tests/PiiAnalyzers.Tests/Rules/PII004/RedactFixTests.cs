using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Redaction;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII004;

/// <summary>The redaction fix on PII004: the hole, operand or argument is redacted; Fix All across documents.</summary>
public class RedactFixTests
{
    /// <summary>The project's own e-mail redactor, appended to the test's source (the customer is <see cref="DomainFixtures.Customer"/>).</summary>
    private const string Models = """

        namespace Shop
        {
            using PiiAnalyzers;

            public static class Privacy
            {
                [Redactor] public static string MaskEmail(string email) => "***";
            }
        }
        """;

    [Fact]
    public Task RedactsHolesOperandsAndArgumentsInThrowStatementsAndExpressions()
    {
        var test = new CodeFixTest<PersonalDataInExceptionMessageAnalyzer, RedactPersonalDataCodeFixProvider>
        {
            TestCode = """
                using System;
                using Shop;

                class C
                {
                    string M(Customer customer, string? nickname, int mode)
                    {
                        if (mode == 1) throw new InvalidOperationException($"No account for {{|#0:customer.Name|}}");
                        if (mode == 2) throw new ArgumentException("Blocked: " + {|#1:customer.Name|}, nameof(customer));
                        return nickname ?? throw new InvalidOperationException({|#2:customer.Name|});
                    }
                }
                """ + Models,
            FixedCode = """
                using System;
                using PiiAnalyzers;
                using Shop;

                class C
                {
                    string M(Customer customer, string? nickname, int mode)
                    {
                        if (mode == 1) throw new InvalidOperationException($"No account for {Redact.Mask(customer.Name)}");
                        if (mode == 2) throw new ArgumentException("Blocked: " + Redact.Mask(customer.Name), nameof(customer));
                        return nickname ?? throw new InvalidOperationException(Redact.Mask(customer.Name));
                    }
                }
                """ + Models,
        };
        test.Sources.Add(DomainFixtures.Customer);
        test.FixedSources.Add(DomainFixtures.Customer);
        test.ExpectedDiagnostics.Add(At(0, "Customer.Name", "Name", "InvalidOperationException"));
        test.ExpectedDiagnostics.Add(At(1, "Customer.Name", "Name", "ArgumentException"));
        test.ExpectedDiagnostics.Add(At(2, "Customer.Name", "Name", "InvalidOperationException"));
        return test.RunAsync();
    }

    [Fact]
    public Task RedactsAValueWrittenIntoAnExceptionsData()
    {
        var test = new CodeFixTest<PersonalDataInExceptionMessageAnalyzer, RedactPersonalDataCodeFixProvider>
        {
            TestCode = """
                using System;
                using Shop;

                class C
                {
                    void M(Customer customer, InvalidOperationException error)
                    {
                        error.Data["Customer"] = {|#0:customer.Name|};
                        throw error;
                    }
                }
                """ + Models,
            FixedCode = """
                using System;
                using PiiAnalyzers;
                using Shop;

                class C
                {
                    void M(Customer customer, InvalidOperationException error)
                    {
                        error.Data["Customer"] = Redact.Mask(customer.Name);
                        throw error;
                    }
                }
                """ + Models,
        };
        test.Sources.Add(DomainFixtures.Customer);
        test.FixedSources.Add(DomainFixtures.Customer);
        test.ExpectedDiagnostics.Add(At(0, "Customer.Name", "Name", "InvalidOperationException.Data"));
        return test.RunAsync();
    }

    [Fact]
    public Task PrefersTheProjectsRedactorForTheKindAndFixesAllAcrossTheProject()
    {
        var test = new CodeFixTest<PersonalDataInExceptionMessageAnalyzer, RedactPersonalDataCodeFixProvider>
        {
            CodeActionEquivalenceKey = "PiiAnalyzers.Redact:Shop.Privacy.MaskEmail",
            Sources =
            {
                """
                using System;
                using Shop;

                class C
                {
                    void M(Customer customer) => throw new InvalidOperationException($"Duplicate {{|#0:customer.Email|}}");
                }
                """ + Models,
                """
                using System;
                using Shop;

                class DuplicateException : Exception
                {
                    public DuplicateException(Customer customer) : base("Duplicate " + {|#1:customer.Email|}) { }
                }
                """,
                DomainFixtures.Customer,
            },
            FixedSources =
            {
                """
                using System;
                using Shop;

                class C
                {
                    void M(Customer customer) => throw new InvalidOperationException($"Duplicate {Privacy.MaskEmail(customer.Email)}");
                }
                """ + Models,
                """
                using System;
                using Shop;

                class DuplicateException : Exception
                {
                    public DuplicateException(Customer customer) : base("Duplicate " + Privacy.MaskEmail(customer.Email)) { }
                }
                """,
                DomainFixtures.Customer,
            },
        };
        test.ExpectedDiagnostics.Add(At(0, "Customer.Email", "Email", "InvalidOperationException"));
        test.ExpectedDiagnostics.Add(At(1, "Customer.Email", "Email", "DuplicateException"));
        return test.RunAsync();
    }

    private static DiagnosticResult At(int location, string data, string kind, string exception) =>
        CSharpAnalyzerVerifier<PersonalDataInExceptionMessageAnalyzer>.Diagnostic()
            .WithLocation(location)
            .WithArguments(data, kind, exception, "Diagnostics");
}
