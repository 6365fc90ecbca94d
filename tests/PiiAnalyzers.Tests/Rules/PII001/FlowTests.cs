using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII001;

/// <summary>How personal data reaches a log within a method: locals, text composition, collections, lambdas.</summary>
public class FlowTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Linq; using System.Text; using Microsoft.Extensions.Logging; using PiiAnalyzers; using Shop;\n";

    [Fact]
    public Task ThroughLocalsAndAssignments() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer)
            {
                var email = customer.Email;
                string copy;
                copy = email;
                logger.LogInformation("{E}", {|#0:copy|});
                email = "nobody@example.com";
                logger.LogInformation("{E}", email);
            }
        }
        """, Pii001.At(0, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task ThroughInterpolationWithFormatAndAlignment() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer)
            {
                var line = $"Born {customer.BirthDate:yyyy-MM-dd} as {customer.Name,10}";
                logger.LogInformation({|#0:line|});
                logger.LogInformation($"Born {{|#1:customer.BirthDate|}:yyyy}");
            }
        }
        """,
        Pii001.At(0, "Customer.BirthDate", "DateOfBirth", "LogInformation"),
        Pii001.At(1, "Customer.BirthDate", "DateOfBirth", "LogInformation"));

    [Fact]
    public Task ThroughConcatenationFormatConcatAndJoin() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer)
            {
                var a = "Customer " + customer.Name + "!";
                var b = string.Format("{0} <{1}>", customer.Id, customer.Email);
                var c = string.Concat("x", customer.Phone);
                var d = string.Join(", ", customer.Tags.Count, customer.Name);
                logger.LogInformation({|#0:a|});
                logger.LogInformation({|#1:b|});
                logger.LogInformation({|#2:c|});
                logger.LogInformation({|#3:d|});
                logger.LogInformation(string.Format("{0}", {|#4:customer.Email|}));
            }
        }
        """,
        Pii001.At(0, "Customer.Name", "Name", "LogInformation"),
        Pii001.At(1, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(2, "Customer.Phone", "Phone", "LogInformation"),
        Pii001.At(3, "Customer.Name", "Name", "LogInformation"),
        Pii001.At(4, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task ThroughStringMethodsToStringAndConversions() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer)
            {
                var a = customer.Email.Trim().ToUpperInvariant().Substring(0, 3);
                var b = customer.BirthDate.ToString("d");
                object c = customer.Name;
                var d = customer.Email.Replace("@", " at ");
                var e = (string)c;
                logger.LogInformation({|#0:a|});
                logger.LogInformation({|#1:b|});
                logger.LogInformation("{C}", {|#2:c|});
                logger.LogInformation({|#3:d|});
                logger.LogInformation({|#4:e|});
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(1, "Customer.BirthDate", "DateOfBirth", "LogInformation"),
        Pii001.At(2, "Customer.Name", "Name", "LogInformation"),
        Pii001.At(3, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(4, "Customer.Name", "Name", "LogInformation"));

    [Fact]
    public Task ThroughStringBuilders() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer)
            {
                var builder = new StringBuilder();
                builder.Append("Customer ").Append(customer.Id).Append(' ').Append(customer.Name);
                logger.LogInformation({|#0:builder.ToString()|});
                var clean = new StringBuilder("Customer ").Append(customer.Id);
                logger.LogInformation(clean.ToString());
            }
        }
        """, Pii001.At(0, "Customer.Name", "Name", "LogInformation"));

    [Fact]
    public Task ThroughConditionalsCoalesceAndSwitch() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer, bool flag, int mode)
            {
                var a = flag ? customer.Email : "hidden";
                var b = customer.Phone ?? "none";
                var c = mode switch { 1 => customer.Name, _ => "n/a" };
                string d;
                if (flag) { d = customer.Email; } else { d = "x"; }
                logger.LogInformation("{A}", {|#0:a|});
                logger.LogInformation("{B}", {|#1:b|});
                logger.LogInformation("{C}", {|#2:c|});
                logger.LogInformation("{D}", {|#3:d|});
                logger.LogInformation("{E}", {|#4:flag ? customer.Email : "hidden"|});
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(1, "Customer.Phone", "Phone", "LogInformation"),
        Pii001.At(2, "Customer.Name", "Name", "LogInformation"),
        Pii001.At(3, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(4, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task ThroughTuplesArraysCollectionsAndAnonymousObjects() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer)
            {
                var tuple = (customer.Id, customer.Email);
                var array = new[] { customer.Name };
                var list = new List<string> { customer.Phone ?? "" };
                var map = new Dictionary<string, string>();
                map["email"] = customer.Email;
                var anonymous = new { customer.Id, customer.Email };
                logger.LogInformation("{T}", {|#0:tuple|});
                logger.LogInformation("{A}", {|#1:array|});
                logger.LogInformation("{L}", {|#2:list|});
                logger.LogInformation("{M}", {|#3:map|});
                logger.LogInformation("{O}", {|#4:anonymous|});
                logger.LogInformation("{F}", {|#5:array[0]|});
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(1, "Customer.Name", "Name", "LogInformation"),
        Pii001.At(2, "Customer.Phone", "Phone", "LogInformation"),
        Pii001.At(3, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(4, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(5, "Customer.Name", "Name", "LogInformation"));

    [Fact]
    public Task ThroughLoopsPatternsAndOutArguments() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer, object boxed)
            {
                var emails = new List<string> { customer.Email };
                foreach (var email in emails)
                {
                    logger.LogInformation("{E}", {|#0:email|});
                }

                var byId = new Dictionary<int, string> { [customer.Id] = customer.Name };
                if (byId.TryGetValue(1, out var name))
                {
                    logger.LogInformation("{N}", {|#1:name|});
                }

                object value = customer.Phone!;
                if (value is string phone)
                {
                    logger.LogInformation("{P}", {|#2:phone|});
                }

                if (boxed is string other)
                {
                    logger.LogInformation("{O}", other);
                }
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(1, "Customer.Name", "Name", "LogInformation"),
        Pii001.At(2, "Customer.Phone", "Phone", "LogInformation"));

    [Fact]
    public Task ThroughTryCatchAndFinally() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer)
            {
                string subject = "none";
                try
                {
                    subject = customer.Email;
                    Risky();
                }
                catch (InvalidOperationException)
                {
                    logger.LogError("Failed for {S}", {|#0:subject|});
                }
                finally
                {
                    logger.LogInformation("Done for {S}", {|#1:subject|});
                }
            }

            static void Risky() { }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogError"),
        Pii001.At(1, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task RecordsPrintTheirMembers() => Pii001.VerifyAsync(Usings + """
        record Wrapper(OrderPlaced Inner);
        record Quiet([property: PersonalData(PersonalDataKind.Email)] string Email)
        {
            public override string ToString() => "Quiet";
        }
        record Selective([property: PersonalData(PersonalDataKind.Email)] string Email, int Id)
        {
            protected virtual bool PrintMembers(StringBuilder builder) { builder.Append(Id); return true; }
        }

        class C
        {
            void M(ILogger logger, OrderPlaced placed, OrderSummary summary, Wrapper wrapper, Quiet quiet, Selective selective, List<OrderPlaced> all)
            {
                logger.LogInformation("{O}", {|#0:placed|});
                logger.LogInformation($"Order {{|#1:placed|}}");
                logger.LogInformation({|#2:placed.ToString()|});
                logger.LogInformation("{W}", {|#3:wrapper|});
                logger.LogInformation("{A}", {|#4:all|});
                logger.LogInformation("{S}", summary);
                logger.LogInformation("{Q}", quiet);
                logger.LogInformation("{S}", selective);
                logger.LogInformation("{Id}", placed.OrderId);
            }
        }
        """,
        Pii001.At(0, "OrderPlaced.BuyerEmail", "Email", "LogInformation"),
        Pii001.At(1, "OrderPlaced.BuyerEmail", "Email", "LogInformation"),
        Pii001.At(2, "OrderPlaced.BuyerEmail", "Email", "LogInformation"),
        Pii001.At(3, "Wrapper.Inner.BuyerEmail", "Email", "LogInformation"),
        Pii001.At(4, "OrderPlaced.BuyerEmail", "Email", "LogInformation"));

    [Fact]
    public Task RecordBuiltFromPersonalDataPrintsIt() => Pii001.VerifyAsync(Usings + """
        record Event(int Id, string Detail);

        class C
        {
            void M(ILogger logger, Customer customer)
            {
                var e = new Event(customer.Id, customer.Email);
                logger.LogInformation("{E}", {|#0:e|});
            }
        }
        """, Pii001.At(0, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task RecordWithItsOwnPrintingBuiltFromPersonalData_PrintsWhatItsCodePrints() => Pii001.VerifyAsync(Usings + """
        record Quiet(int Id, string Detail)
        {
            public override string ToString() => "Quiet " + Id;
        }
        record Selective(int Id, string Detail)
        {
            protected virtual bool PrintMembers(StringBuilder builder) { builder.Append(Id); return true; }
        }
        record Generated(int Id, string Detail);

        class C
        {
            void M(ILogger logger, Customer customer)
            {
                var quiet = new Quiet(customer.Id, customer.Email);
                logger.LogInformation("{Q}", quiet);
                logger.LogInformation("{S}", new Selective(customer.Id, customer.Email));
                logger.LogInformation($"{new Selective(customer.Id, customer.Email)}");
                logger.LogInformation("{G}", {|#0:new Generated(customer.Id, customer.Email)|});
            }
        }
        """, Pii001.At(0, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task IntoLambdasAndLocalFunctions() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, List<Customer> customers, Customer first)
            {
                customers.ForEach(c => logger.LogInformation("{E}", {|#0:c.Email|}));
                var emails = new List<string> { first.Email };
                emails.ForEach(e => logger.LogInformation("{E}", {|#1:e|}));
                var name = first.Name;
                Action later = () => logger.LogInformation("{N}", {|#2:name|});

                void Write(string text) => logger.LogInformation("{T}", {|#3:text|});
                Write(first.Phone ?? "");
                Write("constant");

                void Quiet(string text) => logger.LogInformation("{T}", text);
                Quiet("constant");
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(1, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(2, "Customer.Name", "Name", "LogInformation"),
        Pii001.At(3, "Customer.Phone", "Phone", "LogInformation"));

    [Fact]
    public Task InAsyncMethodsConstructorsAndAccessors() => Pii001.VerifyAsync(Usings + """
        using System.Threading.Tasks;

        class C
        {
            private readonly ILogger _logger;
            private readonly Customer _customer;

            C(ILogger logger, Customer customer)
            {
                _logger = logger;
                _customer = customer;
                logger.LogInformation("Created for {E}", {|#0:customer.Email|});
            }

            string Contact
            {
                get { _logger.LogDebug("Read {N}", {|#1:_customer.Name|}); return ""; }
            }

            async Task M()
            {
                var email = await LoadAsync();
                _logger.LogInformation("{E}", {|#2:email|});
            }

            [return: PersonalData(PersonalDataKind.Email)]
            Task<string> LoadAsync() => Task.FromResult(_customer.Email);
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(1, "Customer.Name", "Name", "LogDebug"),
        Pii001.At(2, "C.LoadAsync()", "Email", "LogInformation"));
}
