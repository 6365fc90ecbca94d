using System.Threading.Tasks;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Configuration;

/// <summary>
/// End to end with PII001: a vendor library that cannot be annotated (a referenced assembly) described in
/// <c>PiiAnalyzers.txt</c> — its personal data is followed into logs, and its redactors, consent checks and log
/// methods count as if they were marked.
/// </summary>
public class ConfiguredPii001Tests
{
    private const string Usings = "using Microsoft.Extensions.Logging; using PiiAnalyzers; using Vendor; using Vendor.Models;\n";

    [Fact]
    public Task PersonalDataProperty_OfAReferencedAssembly_IsFollowedToALog() => VerifyAsync(
        "personal_data P:Vendor.Models.Customer.Email Email",
        Usings + """
        class C
        {
            void M(ILogger logger, Customer customer)
            {
                var email = customer.Email;
                logger.LogInformation("Registered {Email}", {|#0:email|});
                logger.LogInformation("Registered {Name}", customer.Name);
            }
        }
        """,
        At(0, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task WithoutTheConfiguration_NothingOfTheVendorIsPersonalData() => VerifyAsync(
        "",
        Usings + """
        class C
        {
            void M(ILogger logger, Customer customer, Address address, Directory directory)
            {
                logger.LogInformation("Registered {Email}", customer.Email);
                logger.LogInformation("In {City}", address.City);
                logger.LogInformation("Found {Name}", directory.Lookup(1));
                Vendor.Diagnostics.Audit.Write(customer.Email);
            }
        }
        """);

    [Fact]
    public Task PersonalDataType_MakesItsMembersPersonalData() => VerifyAsync(
        "personal_data T:Vendor.Models.Address PostalAddress",
        Usings + """
        class C
        {
            void M(ILogger logger, Address address)
            {
                logger.LogInformation("Ships to {Street}, {City}", {|#0:address.Street|}, {|#1:address.City|});
            }
        }
        """,
        At(0, "Address.Street", "PostalAddress", "LogInformation"),
        At(1, "Address.City", "PostalAddress", "LogInformation"));

    [Fact]
    public Task PersonalDataMethod_MakesItsReturnValuePersonalData() => VerifyAsync(
        "personal_data M:Vendor.Directory.Lookup(System.Int32) Name  # the overload by id only",
        Usings + """
        class C
        {
            void M(ILogger logger, Directory directory)
            {
                logger.LogInformation("Found {Name}", {|#0:directory.Lookup(42)|});
                logger.LogInformation("Found {Name}", directory.Lookup("key"));
            }
        }
        """,
        At(0, "Directory.Lookup()", "Name", "LogInformation"));

    [Fact]
    public Task NotPersonalData_SilencesAMemberOfAPersonalDataType() => VerifyAsync(
        """
        personal_data T:Vendor.Models.Customer
        not_personal_data P:Vendor.Models.Customer.TenantId
        """,
        Usings + """
        class C
        {
            void M(ILogger logger, Customer customer)
            {
                logger.LogInformation("Tenant {Tenant}", customer.TenantId);
                logger.LogInformation("Customer {Name}", {|#0:customer.Name|});
            }
        }
        """,
        At(0, "Customer.Name", "Other", "LogInformation"));

    [Fact]
    public Task NotPersonalData_SilencesAMarkedMemberOfTheProject() => VerifyAsync(
        "not_personal_data P:Shop.Account.SupportEmail",
        Usings + """
        namespace Shop
        {
            public class Account
            {
                [PersonalData(PersonalDataKind.Email)] public string SupportEmail { get; set; } = "";
                [PersonalData(PersonalDataKind.Email)] public string OwnerEmail { get; set; } = "";
            }

            class C
            {
                void M(ILogger logger, Account account)
                {
                    logger.LogInformation("Write to {Support}", account.SupportEmail);
                    logger.LogInformation("Owned by {Owner}", {|#0:account.OwnerEmail|});
                }
            }
        }
        """,
        At(0, "Account.OwnerEmail", "Email", "LogInformation"));

    [Fact]
    public Task Redactor_OfAReferencedAssembly_Redacts() => VerifyAsync(
        """
        personal_data P:Vendor.Models.Customer.Email Email
        redactor M:Vendor.Text.Masked(System.String)
        """,
        Usings + """
        class C
        {
            void M(ILogger logger, Customer customer)
            {
                logger.LogInformation("Registered {Email}", customer.Email.Masked());
                var masked = customer.Email.Trim().Masked();
                logger.LogInformation("Registered {Email}", masked);
                logger.LogInformation("Registered {Email}", {|#0:customer.Email|});
            }
        }
        """,
        At(0, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task WithoutTheRedactorLine_TheVendorsMaskKeepsTheData() => VerifyAsync(
        "personal_data P:Vendor.Models.Customer.Email Email",
        Usings + """
        class C
        {
            void M(ILogger logger, Customer customer)
            {
                logger.LogInformation("Registered {Email}", {|#0:customer.Email.Masked()|});
            }
        }
        """,
        At(0, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task ConsentCheck_WithThePurposeAsArgument_Guards() => VerifyAsync(
        """
        personal_data P:Vendor.Models.Customer.Email Email
        consent_check M:Vendor.Consents.Allowed(System.String,PiiAnalyzers.ConsentPurpose)
        """,
        Usings + """
        class C
        {
            void M(ILogger logger, Customer customer, Consents vendor)
            {
                if (vendor.Allowed(customer.Email, ConsentPurpose.Diagnostics))
                {
                    logger.LogInformation("Support session for {Email}", customer.Email);
                }

                if (vendor.Allowed(customer.Email, ConsentPurpose.Marketing))
                {
                    logger.LogInformation("Support session for {Email}", {|#0:customer.Email|});
                }

                if (!vendor.Allowed(customer.Email, ConsentPurpose.Diagnostics))
                {
                    return;
                }

                logger.LogInformation("Support session for {Email}", customer.Email);
            }
        }
        """,
        At(0, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task ConsentCheck_PropertyAndVoidMethod_Guard() => VerifyAsync(
        """
        personal_data P:Vendor.Models.Customer.Email Email
        consent_check P:Vendor.Consents.Flag Diagnostics
        consent_check M:Vendor.Consents.Demand(System.String,PiiAnalyzers.ConsentPurpose)
        """,
        Usings + """
        class C
        {
            void M(ILogger logger, Customer customer, Consents vendor)
            {
                if (vendor.Flag)
                {
                    logger.LogInformation("Support session for {Email}", customer.Email);
                }

                logger.LogInformation("Support session for {Email}", {|#0:customer.Email|});
            }

            void N(ILogger logger, Customer customer, Consents vendor)
            {
                vendor.Demand(customer.Email, ConsentPurpose.Diagnostics);
                logger.LogInformation("Support session for {Email}", customer.Email);
            }
        }
        """,
        At(0, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task LogSink_OfAReferencedAssembly_IsASinkForPii001() => VerifyAsync(
        """
        personal_data P:Vendor.Models.Customer.Email Email
        log_sink M:Vendor.Diagnostics.Audit.Write(System.String)
        """,
        Usings + """
        class C
        {
            void M(Customer customer)
            {
                Vendor.Diagnostics.Audit.Write({|#0:customer.Email|});
                Vendor.Diagnostics.Audit.Write("Registered " + {|#1:customer.Email|});
                Vendor.Diagnostics.Audit.Write("Registered " + customer.TenantId);
                Cache.Put("customer", customer.Email);
            }
        }
        """,
        At(0, "Customer.Email", "Email", "Audit.Write"),
        At(1, "Customer.Email", "Email", "Audit.Write"));

    [Fact]
    public Task ABadLine_DoesNotStopTheGoodOnes() => VerifyAsync(
        """
        personal-data P:Vendor.Models.Customer.Name Name
        personal_data P:Vendor.Models.Customer.Email Emial
        personal_data P:Vendor.Models.Customer.Email Email
        """,
        Usings + """
        class C
        {
            void M(ILogger logger, Customer customer)
            {
                logger.LogInformation("{Name} <{Email}>", customer.Name, {|#0:customer.Email|});
            }
        }
        """,
        At(0, "Customer.Email", "Email", "LogInformation"));

    private static DiagnosticResult At(int location, string data, string kind, string sink) =>
        new DiagnosticResult(RuleDescriptors.PersonalDataWrittenToLog).WithLocation(location).WithArguments(data, kind, sink);

    private static Task VerifyAsync(string configuration, string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer> { TestCode = source };
        test.AdditionalFiles.Add(("PiiAnalyzers.txt", configuration));
        test.AdditionalReferences.Add(Vendor.Reference);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
