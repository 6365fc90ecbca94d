using System.Threading.Tasks;
using PiiAnalyzers.Analysis;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Flow;

/// <summary>
/// Locals and values the screening judges without following the method's statements (PessimisticSlots), in the
/// shapes the flow analysis sees lowered: out, pattern and deconstruction variables, ref locals, collection
/// initializers, interpolated string handlers. Each was a leak the screening skipped (found in review).
/// </summary>
public class PessimisticSlotsTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Linq; using System.Text; using Microsoft.Extensions.Logging; using PiiAnalyzers;\n";

    private const string Models = """

        public class Customer
        {
            public int Id { get; set; }

            [PersonalData(PersonalDataKind.Email)]
            public string Email { get; set; } = "";

            [PersonalData(PersonalDataKind.Name)]
            public string Nickname { get; set; } = "";
        }
        """;

    private static DiagnosticResult Log(int location, string data, string kind) =>
        new DiagnosticResult(RuleDescriptors.PersonalDataWrittenToLog).WithLocation(location).WithArguments(data, kind, "LogInformation");

    private static Task Run(string body, string data, string kind, Microsoft.CodeAnalysis.CSharp.LanguageVersion version = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12) => new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
    {
        LanguageVersion = version,
        TestCode = Usings + """
            public sealed class CustomerService(ILogger<CustomerService> logger)
            {
            BODY
            }
            """.Replace("BODY", body) + Models,
        ExpectedDiagnostics = { Log(0, data, kind) },
    }.RunAsync();

    [Fact]
    public Task AnOutVariableGivenAFallback() => Run("""
            public void Greet(int id, List<Customer> customers)
            {
                var emails = customers.ToDictionary(c => c.Id, c => c.Email);
                if (!emails.TryGetValue(id, out var email))
                {
                    email = "unknown";
                }

                logger.LogInformation("Greeting {Email}", {|#0:email|});
            }
        """, "Customer.Email", "Email");

    [Fact]
    public Task ADeconstructedVariableGivenAFallback() => Run("""
            public void Describe(Customer customer)
            {
                var (name, id) = (customer.Nickname, customer.Id);
                if (string.IsNullOrEmpty(name))
                {
                    name = "anonymous";
                }

                logger.LogInformation("Customer is {Name}", {|#0:name|});
            }
        """, "Customer.Nickname", "Name");

    [Fact]
    public Task APatternVariableReassigned() => Run("""
            public void Welcome(Customer customer)
            {
                if (customer.Nickname is string nickname)
                {
                    if (nickname.Length > 20)
                    {
                        nickname = "(long nickname)";
                    }

                    logger.LogInformation("Welcome {Nickname}", {|#0:nickname|});
                }
            }
        """, "Customer.Nickname", "Name");

    [Fact]
    public Task ARefLocalReassigned() => Run("""
            public void Label(Customer customer)
            {
                string[] labels = { customer.Nickname, customer.Id.ToString() };
                ref string label = ref labels[0];
                if (label.Length > 20)
                {
                    label = "(long)";
                }

                logger.LogInformation("Label {Label}", {|#0:label|});
            }
        """, "Customer.Nickname", "Name");

    [Fact]
    public Task ALocalBuiltWithACollectionInitializer() => Run("""
            public void Notify(Customer customer)
            {
                var recipients = new List<string> { customer.Email };
                logger.LogInformation("Notifying {Recipients}", {|#0:recipients|});
            }
        """, "Customer.Email", "Email");

    [Fact]
    public Task ALocalBuiltWithACollectionInitializer_Joined() => Run("""
            public void Notify(Customer customer)
            {
                var recipients = new List<string> { customer.Email, "ops@example.com" };
                var line = string.Join(", ", recipients);
                logger.LogInformation("Notifying {Recipients}", {|#0:line|});
            }
        """, "Customer.Email", "Email");

    [Fact]
    public Task ADictionaryBuiltWithAnInitializer() => Run("""
            public void Notify(Customer customer)
            {
                var contacts = new Dictionary<int, string> { { customer.Id, customer.Email } };
                logger.LogInformation("Contacts {Contacts}", {|#0:contacts|});
            }
        """, "Customer.Email", "Email");

    [Fact]
    public Task ACollectionInitializerPassedToTheSink() => Run("""
            public void Notify(Customer customer)
            {
                logger.LogInformation("Notifying {Recipients}", {|#0:new List<string> { customer.Email }|});
            }
        """, "Customer.Email", "Email");

    [Fact]
    public Task ASwitchCaseVariableReassigned() => Run("""
            public void Describe(Customer customer, object? contact)
            {
                contact ??= customer.Email;
                switch (customer.Email)
                {
                    case string email:
                        if (email.Length > 40)
                        {
                            email = "(long address)";
                        }

                        logger.LogInformation("Contact {Email}", {|#0:email|});
                        break;
                }
            }
        """, "Customer.Email", "Email");

    [Fact]
    public Task ALocalBuiltWithAnInterpolatedStringHandler() => Run("""
            public void Describe(Customer customer)
            {
                var line = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Customer {customer.Email}");
                logger.LogInformation("Described {Line}", {|#0:line|});
            }
        """, "Customer.Email", "Email");

    [Fact]
    public Task AnInterpolatedStringHandlerPassedToTheSink() => Run("""
            public void Describe(Customer customer)
            {
                logger.LogInformation("Described {Line}", {|#0:string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Customer {customer.Email}")|});
            }
        """, "Customer.Email", "Email");
}
