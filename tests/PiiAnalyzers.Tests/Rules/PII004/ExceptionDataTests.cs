using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII004;

/// <summary>An exception's <c>Data</c> travels with it to logs and error trackers, like its message.</summary>
public class ExceptionDataTests
{
    private const string Usings = "using System; using PiiAnalyzers; using Shop;\n";

    [Fact]
    public Task AValueAddedToAnExceptionsDataGoesIntoTheException() => Pii004.VerifyAsync(Usings + """
        public sealed class PaymentGateway
        {
            public void Charge(Customer customer, decimal amount)
            {
                try
                {
                    Authorize(amount);
                }
                catch (InvalidOperationException ex)
                {
                    ex.Data.Add("CustomerEmail", {|#0:customer.Email|});
                    ex.Data.Add("CustomerId", customer.Id);
                    ex.Data.Add("Masked", Redact.Mask(customer.Email));
                    throw;
                }
            }

            private static void Authorize(decimal amount)
            {
                var error = new Exception("declined");
                error.Data.Add("Amount", amount);
                throw error;
            }
        }
        """,
        Pii004.At(0, "Customer.Email", "Email", "InvalidOperationException.Data"));

    [Fact]
    public Task AConditionalValueAddedToAnExceptionsDataIsFollowedThroughTheGraph() => Pii004.VerifyAsync("""
        public sealed class Checkout
        {
            public void Fail(Customer customer, bool verbose)
            {
                var error = new InvalidOperationException("declined");
                error.Data.Add("Contact", {|#0:customer.Phone ?? "none"|});
                error.Data.Add("Name", {|#1:verbose ? customer.Name : "hidden"|});
                error.Data.Add("Id", verbose ? customer.Id : 0);
                throw error;
            }
        }
        """,
        Pii004.At(0, "Customer.Phone", "Phone", "InvalidOperationException.Data"),
        Pii004.At(1, "Customer.Name", "Name", "InvalidOperationException.Data"));

    [Fact]
    public Task AnotherDictionarysAddIsNoSink() => Pii004.VerifyAsync(Usings + """
        public sealed class Cache
        {
            private readonly System.Collections.Hashtable _entries = new();

            public void Remember(Customer customer) => _entries.Add("email", customer.Email);
        }
        """);

    [Fact]
    public Task AValueWrittenThroughTheIndexerGoesIntoTheException() => Pii004.VerifyAsync("""
        public sealed class PaymentGateway
        {
            private readonly IConsents _consents;

            public PaymentGateway(IConsents consents) => _consents = consents;

            public void Charge(Customer customer, decimal amount)
            {
                try
                {
                    Authorize(amount);
                }
                catch (InvalidOperationException ex)
                {
                    ex.Data["CustomerEmail"] = {|#0:customer.Email|};
                    ex.Data["Contact"] = {|#1:customer.Phone ?? "none"|};
                    ex.Data["CustomerId"] = customer.Id;
                    ex.Data["Masked"] = Redact.Mask(customer.Email);
                    if (_consents.Has(customer, ConsentPurpose.Diagnostics))
                    {
                        ex.Data["Name"] = customer.Name;
                    }

                    throw;
                }
            }

            private static void Authorize(decimal amount)
            {
                var error = new Exception("declined");
                error.Data["Amount"] = amount;
                throw error;
            }
        }
        """,
        Pii004.At(0, "Customer.Email", "Email", "InvalidOperationException.Data"),
        Pii004.At(1, "Customer.Phone", "Phone", "InvalidOperationException.Data"));

    [Fact]
    public Task AHelperThatWritesAnExceptionsDataIsASinkForItsCallers() => Pii004.VerifyAsync("""
        public static class Failures
        {
            public static Exception Tagged(Exception error, string key, string value)
            {
                error.Data[key] = value;
                return error;
            }

            public static Exception TaggedOrNone(Exception error, string key, string? value)
            {
                error.Data[key] = value ?? "none";
                return error;
            }

            public static Exception AddedOrNone(Exception error, string key, string? value)
            {
                error.Data.Add(key, value ?? "none");
                return error;
            }
        }

        public sealed class Checkout
        {
            public void Fail(Customer customer) =>
                throw Failures.Tagged(new InvalidOperationException("declined"), "email", {|#0:customer.Email|});

            public void FailOrNot(Customer customer) =>
                throw Failures.TaggedOrNone(new InvalidOperationException("declined"), "email", {|#1:customer.Email|});

            public void FailAdded(Customer customer) =>
                throw Failures.AddedOrNone(new InvalidOperationException("declined"), "email", {|#2:customer.Email|});

            public void FailQuietly(Customer customer) =>
                throw Failures.Tagged(new InvalidOperationException("declined"), "id", customer.Id.ToString());
        }
        """,
        Pii004.At(0, "Customer.Email", "Email", "Failures.Tagged"),
        Pii004.At(1, "Customer.Email", "Email", "Failures.TaggedOrNone"),
        Pii004.At(2, "Customer.Email", "Email", "Failures.AddedOrNone"));

    [Fact]
    public Task AnotherIndexerIsNoSink() => Pii004.VerifyAsync("""
        public sealed class Cache
        {
            private readonly System.Collections.Hashtable _entries = new();
            private readonly Dictionary<string, string> _names = new();

            public void Remember(Customer customer, InvalidOperationException error)
            {
                _entries["email"] = customer.Email;
                _names["email"] = customer.Email;
                var data = new System.Collections.Hashtable();
                data["email"] = customer.Email;
            }
        }
        """);

    [Fact]
    public Task InInferenceModeTheIndexerIsASinkForInferredData()
    {
        var test = new AnalyzerTest<PersonalDataInExceptionMessageAnalyzer>
        {
            TestCode = """
                using System;

                public class Member
                {
                    public int Id { get; set; }
                    public string Email { get; set; } = "";
                }

                public sealed class Signup
                {
                    public void Register(Member member)
                    {
                        var error = new InvalidOperationException("duplicate");
                        error.Data["Email"] = {|#0:member.Email|};
                        error.Data["Id"] = member.Id;
                        throw error;
                    }
                }
                """,
            GlobalConfig = "is_global = true\npii_analyzers.infer_personal_data = true",
        };
        test.ExpectedDiagnostics.Add(Pii004.At(0, "Member.Email", "Email", "InvalidOperationException.Data"));
        return test.RunAsync();
    }
}
