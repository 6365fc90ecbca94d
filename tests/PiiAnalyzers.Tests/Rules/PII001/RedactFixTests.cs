using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Redaction;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII001;

/// <summary>The redaction fix of PII001: where it wraps, which redactor it picks, when it is not offered, Fix All.</summary>
public class RedactFixTests
{
    [Fact]
    public Task WrapsArgumentsHolesAndOperandsInTheHelperAndAddsTheUsing()
    {
        var test = new CodeFixTest<PersonalDataWrittenToLogAnalyzer, RedactPersonalDataCodeFixProvider>
        {
            TestCode = """
                using Microsoft.Extensions.Logging;
                using Shop;

                class C
                {
                    void M(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("Registered {Email}", {|#0:customer.Email|});
                        logger.LogInformation($"Registered {{|#1:customer.Name|}} on {customer.Id}");
                        logger.LogInformation("Born " + {|#2:customer.BirthDate|});
                    }
                }
                """,
            FixedCode = """
                using Microsoft.Extensions.Logging;
                using PiiAnalyzers;
                using Shop;

                class C
                {
                    void M(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("Registered {Email}", Redact.Mask(customer.Email));
                        logger.LogInformation($"Registered {Redact.Mask(customer.Name)} on {customer.Id}");
                        logger.LogInformation("Born " + Redact.Mask(customer.BirthDate));
                    }
                }
                """,
        };
        test.Sources.Add(DomainFixtures.Customer);
        test.FixedSources.Add(DomainFixtures.Customer);
        test.ExpectedDiagnostics.Add(Pii001.At(0, "Customer.Email", "Email", "LogInformation"));
        test.ExpectedDiagnostics.Add(Pii001.At(1, "Customer.Name", "Name", "LogInformation"));
        test.ExpectedDiagnostics.Add(Pii001.At(2, "Customer.BirthDate", "DateOfBirth", "LogInformation"));
        return test.RunAsync();
    }

    [Fact]
    public Task PrefersTheProjectsRedactorNamedForTheKind()
    {
        var test = new CodeFixTest<PersonalDataWrittenToLogAnalyzer, RedactPersonalDataCodeFixProvider>
        {
            TestCode = """
                using Microsoft.Extensions.Logging;
                using PiiAnalyzers;
                using Shop;

                static class Privacy
                {
                    [Redactor] public static string MaskEmail(string email) => "***@***";
                    [Redactor] public static string MaskPhone(string phone) => "+** ***";
                    [Redactor] public static string Pseudonym(object value) => "p-1";
                }

                class C
                {
                    void M(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("{Email}", {|#0:customer.Email|});
                        logger.LogInformation("{Name}", {|#1:customer.Name|});
                    }
                }
                """,
            FixedCode = """
                using Microsoft.Extensions.Logging;
                using PiiAnalyzers;
                using Shop;

                static class Privacy
                {
                    [Redactor] public static string MaskEmail(string email) => "***@***";
                    [Redactor] public static string MaskPhone(string phone) => "+** ***";
                    [Redactor] public static string Pseudonym(object value) => "p-1";
                }

                class C
                {
                    void M(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("{Email}", Privacy.MaskEmail(customer.Email));
                        logger.LogInformation("{Name}", Privacy.Pseudonym(customer.Name));
                    }
                }
                """,
            CodeActionIndex = 0,
            SkipFixAllCheck = true,
        };
        test.Sources.Add(DomainFixtures.Customer);
        test.FixedSources.Add(DomainFixtures.Customer);
        test.ExpectedDiagnostics.Add(Pii001.At(0, "Customer.Email", "Email", "LogInformation"));
        test.ExpectedDiagnostics.Add(Pii001.At(1, "Customer.Name", "Name", "LogInformation"));
        return test.RunAsync();
    }

    [Fact]
    public Task FixAllWithTheProjectsGenericRedactor()
    {
        var test = new CodeFixTest<PersonalDataWrittenToLogAnalyzer, RedactPersonalDataCodeFixProvider>
        {
            TestCode = """
                using Microsoft.Extensions.Logging;
                using PiiAnalyzers;
                using Shop;

                static class Privacy
                {
                    [Redactor] public static string Pseudonym(object value) => "p-1";
                }

                class C
                {
                    void M(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("{Email}", {|#0:customer.Email|});
                        logger.LogInformation("{Name} {Birth}", {|#1:customer.Name|}, {|#2:customer.BirthDate|});
                    }
                }
                """,
            FixedCode = """
                using Microsoft.Extensions.Logging;
                using PiiAnalyzers;
                using Shop;

                static class Privacy
                {
                    [Redactor] public static string Pseudonym(object value) => "p-1";
                }

                class C
                {
                    void M(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("{Email}", Privacy.Pseudonym(customer.Email));
                        logger.LogInformation("{Name} {Birth}", Privacy.Pseudonym(customer.Name), Privacy.Pseudonym(customer.BirthDate));
                    }
                }
                """,
            CodeActionEquivalenceKey = RedactPersonalDataCodeFixProvider.EquivalenceKeyPrefix + "Privacy.Pseudonym",
        };
        test.Sources.Add(DomainFixtures.Customer);
        test.FixedSources.Add(DomainFixtures.Customer);
        test.ExpectedDiagnostics.Add(Pii001.At(0, "Customer.Email", "Email", "LogInformation"));
        test.ExpectedDiagnostics.Add(Pii001.At(1, "Customer.Name", "Name", "LogInformation"));
        test.ExpectedDiagnostics.Add(Pii001.At(2, "Customer.BirthDate", "DateOfBirth", "LogInformation"));
        return test.RunAsync();
    }

    [Fact]
    public Task FixAllAcrossDocuments()
    {
        var test = new CodeFixTest<PersonalDataWrittenToLogAnalyzer, RedactPersonalDataCodeFixProvider>();
        test.Sources.Add("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class A
            {
                void M(ILogger logger, Customer customer) => logger.LogInformation("{E}", {|#0:customer.Email|});
            }
            """);
        test.Sources.Add("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class B
            {
                void M(ILogger logger, Customer customer) => logger.LogWarning("{N}", {|#1:customer.Name|});
            }
            """);
        test.FixedSources.Add("""
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class A
            {
                void M(ILogger logger, Customer customer) => logger.LogInformation("{E}", Redact.Mask(customer.Email));
            }
            """);
        test.FixedSources.Add("""
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class B
            {
                void M(ILogger logger, Customer customer) => logger.LogWarning("{N}", Redact.Mask(customer.Name));
            }
            """);
        test.Sources.Add(DomainFixtures.Customer);
        test.FixedSources.Add(DomainFixtures.Customer);
        test.ExpectedDiagnostics.Add(Pii001.At(0, "Customer.Email", "Email", "LogInformation"));
        test.ExpectedDiagnostics.Add(Pii001.At(1, "Customer.Name", "Name", "LogWarning"));
        return test.RunAsync();
    }

    [Fact]
    public Task NotOfferedWhereTheRedactedValueCannotBePassed()
    {
        // A [LoggerMessage] parameter typed DateTime cannot take the redactor's string: no fix, and the code stays.
        const string source = """
            using System;
            using Microsoft.Extensions.Logging;
            using Shop;

            static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Born {Birth}")]
                static partial void Born(ILogger logger, DateTime birth);

                public static void Call(ILogger logger, Customer customer) => Born(logger, {|#0:customer.BirthDate|});
            }
            """;
        var test = new CodeFixTest<PersonalDataWrittenToLogAnalyzer, RedactPersonalDataCodeFixProvider>
        {
            Sources = { source, DomainFixtures.Customer },
            FixedSources = { source, DomainFixtures.Customer },
        };
        test.ExpectedDiagnostics.Add(Pii001.At(0, "Customer.BirthDate", "DateOfBirth", "Born"));
        test.FixedExpectedDiagnostics.Add(Pii001.At(0, "Customer.BirthDate", "DateOfBirth", "Born"));
        return test.RunAsync();
    }

    [Fact]
    public Task NotOfferedWithoutAnyRedactor()
    {
        var test = new CodeFixTest<PersonalDataWrittenToLogAnalyzer, RedactPersonalDataCodeFixProvider>
        {
            ReferenceAnnotations = false,
            TestCode = """
                using Microsoft.Extensions.Logging;

                namespace PiiAnalyzers
                {
                    [System.AttributeUsage(System.AttributeTargets.All)]
                    public sealed class PersonalDataAttribute : System.Attribute { }
                }

                class User { [PiiAnalyzers.PersonalData] public string Email { get; set; } = ""; }

                class C
                {
                    void M(ILogger logger, User user) => logger.LogInformation("{E}", {|#0:user.Email|});
                }
                """,
        };
        test.FixedCode = test.Sources[0];
        test.ExpectedDiagnostics.Add(Pii001.At(0, "User.Email", "Other", "LogInformation"));
        test.FixedExpectedDiagnostics.Add(Pii001.At(0, "User.Email", "Other", "LogInformation"));
        return test.RunAsync();
    }
}
