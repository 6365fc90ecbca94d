using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII001;

/// <summary>
/// Fields of <c>this</c> and static fields as slots within the method that writes them (and, in the type's other methods,
/// as what any method of the type assigns them: <see cref="KeptStateTests"/>), and what the lambdas passed to a call return
/// into its result (<c>Select(c =&gt; c.Email)</c>).
/// </summary>
public class FieldAndFunctionResultTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Linq; using System.Threading.Tasks; using Microsoft.Extensions.Logging; using PiiAnalyzers; using Shop;\n";

    [Fact]
    public Task AFieldTheMethodWrites_CarriesWhatWasWritten() => Pii001.VerifyAsync(Usings + """
        class C
        {
            private string _last = "";
            private static string s_last = "";
            private readonly ILogger _logger;

            C(ILogger logger) => _logger = logger;

            void M(Customer customer, C other)
            {
                _last = customer.Email;
                _logger.LogInformation("{E}", {|#0:_last|});
                _logger.LogInformation("{E}", {|#1:this._last|});
                s_last = customer.Name;
                _logger.LogInformation("{E}", {|#2:s_last|});
                _last = "nobody";
                _logger.LogInformation("{E}", _last);
                _logger.LogInformation("{E}", other._last);
            }

            void Elsewhere() => _logger.LogInformation("{E}", {|#3:_last|});
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(1, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(2, "Customer.Name", "Name", "LogInformation"),
        Pii001.At(3, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task AFieldWrittenUnderConsent_IsFineUnderConsent() => Pii001.VerifyAsync(Usings + """
        class C
        {
            private readonly List<string> _emails = new();
            [ConsentCheck] bool Allowed(Customer c, ConsentPurpose purpose) => true;

            void M(ILogger logger, Customer customer)
            {
                _emails.Add(customer.Email);
                if (Allowed(customer, ConsentPurpose.Diagnostics))
                {
                    logger.LogInformation("{E}", _emails);
                }

                logger.LogInformation("{E}", {|#0:_emails|});
                logger.LogInformation("{N}", _emails.Count);
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task WhatALambdaReturns_IsInTheCallsResult() => Pii001.VerifyAsync(Usings + """
        class C
        {
            async Task M(ILogger logger, List<Customer> all, Customer customer)
            {
                logger.LogInformation("{E}", string.Join(",", {|#0:all.Select(c => c.Email)|}));
                logger.LogInformation("{E}", {|#1:all.Select(c => c.Name).First()|});
                var phones = all.Where(c => c.IsActive).Select(c => c.Phone).ToList();
                logger.LogInformation("{P}", {|#2:phones|});
                foreach (var name in all.Select(c => c.Name))
                {
                    logger.LogInformation("{N}", {|#3:name|});
                }

                logger.LogInformation("{D}", {|#4:all.ToDictionary(c => c.Id, c => c.BirthDate)|});
                logger.LogInformation("{L}", {|#5:all.ConvertAll(c => c.Email)|});
                logger.LogInformation("{E}", {|#6:await Task.Run(() => customer.Email)|});
                logger.LogInformation("{E}", {|#7:all.Select(c => { if (c.IsActive) { return c.Email; } return ""; }).First()|});
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(1, "Customer.Name", "Name", "LogInformation"),
        Pii001.At(2, "Customer.Phone", "Phone", "LogInformation"),
        Pii001.At(3, "Customer.Name", "Name", "LogInformation"),
        Pii001.At(4, "Customer.BirthDate", "DateOfBirth", "LogInformation"),
        Pii001.At(5, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(6, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(7, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task PredicatesMeasurementsIdsAndRedactedResults_AreFine() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, List<Customer> all)
            {
                logger.LogInformation("{N}", all.Count(c => c.Email.EndsWith("@example.com")));
                logger.LogInformation("{A}", all.Any(c => c.Name == "Ada"));
                logger.LogInformation("{I}", all.Select(c => c.Id).ToList());
                logger.LogInformation("{L}", all.Select(c => c.Email.Length).Sum());
                logger.LogInformation("{M}", string.Join(",", all.Select(c => Redact.Mask(c.Email))));
                logger.LogInformation("{F}", all.Where(c => c.Email != "").Select(c => c.Id).FirstOrDefault());
                logger.LogInformation("{O}", all.OrderBy(c => c.Name).Select(c => c.ExternalId).First());
            }
        }
        """);

    [Fact]
    public Task AMethodGroupCountsByItsMarkedReturnValue() => Pii001.VerifyAsync(Usings + """
        static class Directory
        {
            [return: PersonalData(PersonalDataKind.Email)] public static string EmailOf(Customer c) => c.Email;
            public static int IdOf(Customer c) => c.Id;
        }

        class C
        {
            void M(ILogger logger, List<Customer> all)
            {
                logger.LogInformation("{E}", {|#0:all.Select(Directory.EmailOf)|});
                logger.LogInformation("{I}", all.Select(Directory.IdOf));
            }
        }
        """,
        Pii001.At(0, "Directory.EmailOf()", "Email", "LogInformation"));
}
