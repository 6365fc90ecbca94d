using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Consent;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using PiiAnalyzers.Tests.Rules.PII001;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.ConsentFix;

/// <summary>
/// The consent fix of PII001: which check it finds (where, which purpose, which arguments), how it ranks them, where
/// it wraps and where it does not, and Fix All. Every applied fix must leave code that compiles and no PII001.
/// </summary>
public class WrapInConsentCheckFixTests
{
    /// <summary>
    /// The shop's consent checks on interfaces (parameterized and fixed purpose), appended to the test's source; the
    /// customer they take is <see cref="DomainFixtures.Customer"/>, a file of its own beside it.
    /// </summary>
    private const string Models = """

        namespace Shop
        {
            using System.Threading.Tasks;
            using PiiAnalyzers;

            public interface IConsents
            {
                [ConsentCheck] bool HasConsent(Customer customer, ConsentPurpose purpose);
            }

            public interface IConsentSettings
            {
                [ConsentCheck(ConsentPurpose.Diagnostics)] bool DiagnosticsAllowed { get; }
                [ConsentCheck(ConsentPurpose.Marketing)] bool MarketingAllowed { get; }
            }

            public interface IAsyncConsents
            {
                [ConsentCheck] Task<bool> HasConsentAsync(Customer customer, ConsentPurpose purpose);
            }

            public interface ISubjectConsents<T>
            {
                [ConsentCheck(ConsentPurpose.Diagnostics)] bool Allows(T subject, ConsentPurpose purpose);
            }
        }
        """;

    private const string HasConsentKey = WrapInConsentCheckCodeFixProvider.EquivalenceKeyPrefix +
        "M:Shop.IConsents.HasConsent(Shop.Customer,PiiAnalyzers.ConsentPurpose)";

    private static CodeFixTest<PersonalDataWrittenToLogAnalyzer, WrapInConsentCheckCodeFixProvider> Test(string source, string fixedSource) =>
        new() { Sources = { source + Models, DomainFixtures.Customer }, FixedSources = { fixedSource + Models, DomainFixtures.Customer } };

    /// <summary>A test where the fix is not offered: the code and its diagnostics stay.</summary>
    private static Task NotOfferedAsync(string source, params DiagnosticResult[] diagnostics)
    {
        var test = Test(source, source);
        test.ExpectedDiagnostics.AddRange(diagnostics);
        test.FixedExpectedDiagnostics.AddRange(diagnostics);
        return test.RunAsync();
    }

    private static DiagnosticResult Email(int location = 0) => Pii001.At(location, "Customer.Email", "Email", "LogInformation");

    [Fact]
    public Task InstanceCheckOnAField_SubjectFromAParameter_AddsTheUsingAndKeepsTheComments()
    {
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using Shop;

            class Registration
            {
                private readonly IConsents _consents;

                Registration(IConsents consents) => _consents = consents;

                void Register(ILogger logger, Customer customer)
                {
                    // Say who registered.
                    logger.LogInformation("Registered {Email}", {|#0:customer.Email|}); // for support
                    logger.LogInformation("Done");
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class Registration
            {
                private readonly IConsents _consents;

                Registration(IConsents consents) => _consents = consents;

                void Register(ILogger logger, Customer customer)
                {
                    // Say who registered.
                    if (_consents.HasConsent(customer, ConsentPurpose.Diagnostics))
                    {
                        logger.LogInformation("Registered {Email}", customer.Email); // for support
                    }
                    logger.LogInformation("Done");
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Email());
        return test.RunAsync();
    }

    [Fact]
    public Task InstanceCheckOnAParameter_SubjectFromALocal()
    {
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class Registration
            {
                void Register(ILogger logger, IConsents consents, int id)
                {
                    Customer found = new Customer { Id = id };
                    logger.LogInformation("Found {Email}", {|#0:found.Email|});
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class Registration
            {
                void Register(ILogger logger, IConsents consents, int id)
                {
                    Customer found = new Customer { Id = id };
                    if (consents.HasConsent(found, ConsentPurpose.Diagnostics))
                    {
                        logger.LogInformation("Found {Email}", found.Email);
                    }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Pii001.At(0, "Customer.Email", "Email", "LogInformation"));
        return test.RunAsync();
    }

    [Fact]
    public Task StaticCheck_SubjectFromAField_TypeNameSimplifiedAndImported()
    {
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using Shop;

            namespace Shop.Privacy
            {
                using PiiAnalyzers;

                public static class Consent
                {
                    [ConsentCheck] public static bool Given(Customer customer, ConsentPurpose purpose) => false;
                }
            }

            class Session
            {
                private readonly Customer _customer = new Customer();

                void Log(ILogger logger) => Write(logger);

                void Write(ILogger logger)
                {
                    logger.LogInformation("{Email}", {|#0:_customer.Email|});
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;
            using Shop.Privacy;

            namespace Shop.Privacy
            {
                using PiiAnalyzers;

                public static class Consent
                {
                    [ConsentCheck] public static bool Given(Customer customer, ConsentPurpose purpose) => false;
                }
            }

            class Session
            {
                private readonly Customer _customer = new Customer();

                void Log(ILogger logger) => Write(logger);

                void Write(ILogger logger)
                {
                    if (Consent.Given(_customer, ConsentPurpose.Diagnostics))
                    {
                        logger.LogInformation("{Email}", _customer.Email);
                    }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Pii001.At(0, "Customer.Email", "Email", "LogInformation"));
        return test.RunAsync();
    }

    [Fact]
    public Task StaticCheckOfAReferencedProject()
    {
        const string Library = """
            namespace Shop.Privacy
            {
                using PiiAnalyzers;

                public static class Consent
                {
                    [ConsentCheck] public static bool Given(Shop.Customer customer, ConsentPurpose purpose) => false;
                }
            }
            """;
        var test = new CodeFixTest<PersonalDataWrittenToLogAnalyzer, WrapInConsentCheckCodeFixProvider>();
        test.TestCode = """
            using Microsoft.Extensions.Logging;
            using Shop;

            class Session
            {
                void Write(ILogger logger, Customer customer)
                {
                    logger.LogInformation("{Email}", {|#0:customer.Email|});
                }
            }
            """;
        test.FixedCode = """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;
            using Shop.Privacy;

            class Session
            {
                void Write(ILogger logger, Customer customer)
                {
                    if (Consent.Given(customer, ConsentPurpose.Diagnostics))
                    {
                        logger.LogInformation("{Email}", customer.Email);
                    }
                }
            }
            """;
        test.AdditionalProjects["Lib"] = new() { Library + Models, DomainFixtures.Customer };
        test.ExpectedDiagnostics.Add(Email());
        return test.RunAsync();
    }

    [Fact]
    public Task PropertyWithTheSinksPurpose_NoUsingNeeded()
    {
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using Shop;

            class Mailer
            {
                private readonly IConsentSettings _settings;

                Mailer(IConsentSettings settings) => _settings = settings;

                void Send(ILogger logger, Customer customer)
                {
                    logger.LogInformation("Mail to {Email}", {|#0:customer.Email|});
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;
            using Shop;

            class Mailer
            {
                private readonly IConsentSettings _settings;

                Mailer(IConsentSettings settings) => _settings = settings;

                void Send(ILogger logger, Customer customer)
                {
                    if (_settings.DiagnosticsAllowed)
                    {
                        logger.LogInformation("Mail to {Email}", customer.Email);
                    }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Email());
        return test.RunAsync();
    }

    [Fact]
    public Task CheckDeclaredOnAnInterface_CalledOnTheImplementingClass()
    {
        const string Store = """

            namespace Shop.Stores
            {
                using PiiAnalyzers;

                public sealed class ConsentStore : IConsents
                {
                    public bool HasConsent(Customer customer, ConsentPurpose purpose) => false;
                }
            }
            """;
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using Shop;
            using Shop.Stores;

            class Checkout
            {
                private readonly ConsentStore _store = new ConsentStore();

                void Pay(ILogger logger, Customer customer)
                {
                    logger.LogInformation("{Email}", {|#0:customer.Email|});
                }
            }
            """ + Store,
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;
            using Shop.Stores;

            class Checkout
            {
                private readonly ConsentStore _store = new ConsentStore();

                void Pay(ILogger logger, Customer customer)
                {
                    if (_store.HasConsent(customer, ConsentPurpose.Diagnostics))
                    {
                        logger.LogInformation("{Email}", customer.Email);
                    }
                }
            }
            """ + Store);
        test.ExpectedDiagnostics.Add(Email());
        test.CodeActionEquivalenceKey = WrapInConsentCheckCodeFixProvider.EquivalenceKeyPrefix +
            "M:Shop.Stores.ConsentStore.HasConsent(Shop.Customer,PiiAnalyzers.ConsentPurpose)";
        return test.RunAsync();
    }

    [Fact]
    public Task CheckInheritedFromABaseClass_OverriddenWithoutTheAttribute()
    {
        const string Services = """

            namespace Shop.Services
            {
                using PiiAnalyzers;

                public abstract class ConsentServiceBase
                {
                    [ConsentCheck] public abstract bool Allows(Customer customer, ConsentPurpose purpose);
                }

                public class ConsentService : ConsentServiceBase
                {
                    public override bool Allows(Customer customer, ConsentPurpose purpose) => false;
                }
            }
            """;
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;
            using Shop.Services;

            class Checkout
            {
                void Pay(ILogger logger, ConsentService service, Customer customer)
                {
                    logger.LogInformation("{Email}", {|#0:customer.Email|});
                }
            }
            """ + Services,
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;
            using Shop.Services;

            class Checkout
            {
                void Pay(ILogger logger, ConsentService service, Customer customer)
                {
                    if (service.Allows(customer, ConsentPurpose.Diagnostics))
                    {
                        logger.LogInformation("{Email}", customer.Email);
                    }
                }
            }
            """ + Services);
        test.ExpectedDiagnostics.Add(Email());
        return test.RunAsync();
    }

    [Fact]
    public Task CheckOfTheContainingTypesBase_WithAFixedPurpose()
    {
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            abstract class ControllerBase
            {
                [ConsentCheck(ConsentPurpose.Diagnostics)] protected bool MayTrace(Customer customer) => false;
            }

            class AccountController : ControllerBase
            {
                void Show(ILogger logger, Customer customer)
                {
                    logger.LogInformation("{Email}", {|#0:customer.Email|});
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            abstract class ControllerBase
            {
                [ConsentCheck(ConsentPurpose.Diagnostics)] protected bool MayTrace(Customer customer) => false;
            }

            class AccountController : ControllerBase
            {
                void Show(ILogger logger, Customer customer)
                {
                    if (MayTrace(customer))
                    {
                        logger.LogInformation("{Email}", customer.Email);
                    }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Email());
        return test.RunAsync();
    }

    /// <summary>A check on a field, a static check and a check of the containing type: offered in that order.</summary>
    private const string ThreeChecks = """
        using Microsoft.Extensions.Logging;
        using PiiAnalyzers;
        using Shop;

        static class Consent
        {
            [ConsentCheck] public static bool Given(Customer customer, ConsentPurpose purpose) => false;
        }

        class Orders
        {
            private readonly IConsents _consents;

            Orders(IConsents consents) => _consents = consents;

            [ConsentCheck(ConsentPurpose.Diagnostics)] bool Traced(Customer customer) => false;

            void Ship(ILogger logger, Customer customer)
            {
                logger.LogInformation("{Email}", {|#0:customer.Email|});
            }
        }
        """;

    [Theory]
    [InlineData(0, "_consents.HasConsent(customer, ConsentPurpose.Diagnostics)")]
    [InlineData(1, "Consent.Given(customer, ConsentPurpose.Diagnostics)")]
    [InlineData(2, "Traced(customer)")]
    public Task RanksAFieldsCheckThenAStaticCheckThenTheTypesOwn(int index, string condition)
    {
        var test = Test(ThreeChecks, ThreeChecks
            .Replace("{|#0:customer.Email|}", "customer.Email")
            .Replace(
                "        logger.LogInformation(\"{Email}\", customer.Email);\n",
                $"        if ({condition})\n        {{\n            logger.LogInformation(\"{{Email}}\", customer.Email);\n        }}\n"));
        test.CodeActionIndex = index;
        test.ExpectedDiagnostics.Add(Email());
        return test.RunAsync();
    }

    [Fact]
    public Task ChosenByEquivalenceKey()
    {
        var test = Test(ThreeChecks, ThreeChecks
            .Replace("{|#0:customer.Email|}", "customer.Email")
            .Replace(
                "        logger.LogInformation(\"{Email}\", customer.Email);\n",
                "        if (Traced(customer))\n        {\n            logger.LogInformation(\"{Email}\", customer.Email);\n        }\n"));
        test.CodeActionEquivalenceKey = WrapInConsentCheckCodeFixProvider.EquivalenceKeyPrefix + "M:Orders.Traced(Shop.Customer)";
        test.ExpectedDiagnostics.Add(Email());
        return test.RunAsync();
    }

    [Fact]
    public Task OffersAtMostThree()
    {
        // A fourth check (a second field) exists, but only three actions are offered: index 3 applies nothing.
        string source = ThreeChecks.Replace(
            "    private readonly IConsents _consents;\n",
            "    private readonly IConsents _consents;\n    private readonly IConsentSettings _settings = null!;\n");
        var test = Test(source, source);
        test.CodeActionIndex = 3;
        test.SkipFixAllCheck = true;
        test.ExpectedDiagnostics.Add(Email());
        test.FixedExpectedDiagnostics.Add(Email());
        return test.RunAsync();
    }

    [Fact]
    public Task TheSubjectIsTheOneTheFlaggedDataMentions()
    {
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using Shop;

            class Transfer
            {
                void Move(ILogger logger, IConsents consents, Customer from, Customer to)
                {
                    logger.LogInformation("Moved {Id} to {Email}", from.Id, {|#0:to.Email|});
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class Transfer
            {
                void Move(ILogger logger, IConsents consents, Customer from, Customer to)
                {
                    if (consents.HasConsent(to, ConsentPurpose.Diagnostics))
                    {
                        logger.LogInformation("Moved {Id} to {Email}", from.Id, to.Email);
                    }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Email());
        return test.RunAsync();
    }

    [Fact]
    public Task OptionalParametersAreLeftOut_AndTheSubjectConvertsImplicitly()
    {
        const string Audit = """

            namespace Shop.Audit
            {
                using PiiAnalyzers;

                public interface IConsentLedger
                {
                    [ConsentCheck] bool Granted(object subject, string? reason = null, ConsentPurpose purpose = ConsentPurpose.Marketing);
                }
            }
            """;
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using Shop;
            using Shop.Audit;

            class Profile
            {
                void Show(ILogger logger, IConsentLedger ledger, Customer customer)
                {
                    logger.LogInformation("{Email}", {|#0:customer.Email|});
                }
            }
            """ + Audit,
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;
            using Shop.Audit;

            class Profile
            {
                void Show(ILogger logger, IConsentLedger ledger, Customer customer)
                {
                    if (ledger.Granted(customer, purpose: ConsentPurpose.Diagnostics))
                    {
                        logger.LogInformation("{Email}", customer.Email);
                    }
                }
            }
            """ + Audit);
        test.ExpectedDiagnostics.Add(Email());
        return test.RunAsync();
    }

    [Fact]
    public Task NotOfferedForACheckOfAnotherPurpose() => NotOfferedAsync(
        """
        using Microsoft.Extensions.Logging;
        using PiiAnalyzers;
        using Shop;

        interface IMarketingConsents
        {
            [ConsentCheck(ConsentPurpose.Marketing)] bool Allowed { get; }
            [ConsentCheck(ConsentPurpose.Marketing)] bool Allows(Customer customer, ConsentPurpose purpose);
        }

        class Newsletter
        {
            private readonly IMarketingConsents _marketing = null!;

            [ConsentCheck(ConsentPurpose.Marketing)] static bool MayMail(Customer customer) => false;

            void Send(ILogger logger, Customer customer)
            {
                logger.LogInformation("{Email}", {|#0:customer.Email|});
            }
        }
        """,
        Email());

    [Fact]
    public Task NotOfferedWithoutACheckInScope() => NotOfferedAsync(
        """
        using Microsoft.Extensions.Logging;
        using Shop;

        class Newsletter
        {
            void Send(ILogger logger, Customer customer)
            {
                logger.LogInformation("{Email}", {|#0:customer.Email|});
            }
        }
        """,
        Email());

    [Fact]
    public Task NotOfferedWhenARequiredParameterCannotBeFilled() => NotOfferedAsync(
        """
        using Microsoft.Extensions.Logging;
        using PiiAnalyzers;
        using Shop;

        sealed class Tenant { }

        interface ITenantConsents
        {
            [ConsentCheck] bool HasConsent(Tenant tenant, Customer customer, ConsentPurpose purpose);
        }

        class Newsletter
        {
            private readonly ITenantConsents _consents = null!;

            void Send(ILogger logger, Customer customer)
            {
                logger.LogInformation("{Email}", {|#0:customer.Email|});
            }
        }
        """,
        Email());

    [Fact]
    public Task NotOfferedForAVoidCheckNorForACheckWithoutAPurpose() => NotOfferedAsync(
        """
        using Microsoft.Extensions.Logging;
        using PiiAnalyzers;
        using Shop;

        interface IGuards
        {
            [ConsentCheck] void Demand(Customer customer, ConsentPurpose purpose);
            [ConsentCheck] bool Anything(Customer customer);
        }

        class Newsletter
        {
            void Send(ILogger logger, IGuards guards, Customer customer)
            {
                logger.LogInformation("{Email}", {|#0:customer.Email|});
            }
        }
        """,
        Email());

    [Fact]
    public Task NotOfferedForAnInstanceCheckInAStaticMethod() => NotOfferedAsync(
        """
        using Microsoft.Extensions.Logging;
        using PiiAnalyzers;
        using Shop;

        class Newsletter
        {
            private readonly IConsents _consents = null!;

            [ConsentCheck(ConsentPurpose.Diagnostics)] bool Traced(Customer customer) => false;

            static void Send(ILogger logger, Customer customer)
            {
                logger.LogInformation("{Email}", {|#0:customer.Email|});
            }
        }
        """,
        Email());

    [Fact]
    public Task ExpressionBodiesThatReturnNothingBecomeBlocks()
    {
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using Shop;

            class Newsletter
            {
                private readonly IConsents _consents = null!;

                void Send(ILogger logger, Customer customer) => logger.LogInformation("{Email}", {|#0:customer.Email|}); // sent

                void SendLater(ILogger logger, Customer customer)
                {
                    void Later() =>
                        logger.LogInformation("{Email}", {|#1:customer.Email|});
                    Later();
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class Newsletter
            {
                private readonly IConsents _consents = null!;

                void Send(ILogger logger, Customer customer)
                {
                    if (_consents.HasConsent(customer, ConsentPurpose.Diagnostics))
                    {
                        logger.LogInformation("{Email}", customer.Email);
                    }
                } // sent

                void SendLater(ILogger logger, Customer customer)
                {
                    void Later()
                    {
                        if (_consents.HasConsent(customer, ConsentPurpose.Diagnostics))
                        {
                            logger.LogInformation("{Email}", customer.Email);
                        }
                    }
                    Later();
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Email(0));
        test.ExpectedDiagnostics.Add(Email(1));
        return test.RunAsync();
    }

    [Fact]
    public Task ExpressionBodiedLambdaBecomesABlock_ItsParameterIsTheSubject()
    {
        var test = Test(
            """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using Shop;

            class Newsletter
            {
                private readonly IConsents _consents = null!;

                void Send(ILogger logger, Customer owner, List<Customer> customers)
                {
                    customers.ForEach(c => logger.LogInformation("{Email}", {|#0:c.Email|}));
                }
            }
            """,
            """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class Newsletter
            {
                private readonly IConsents _consents = null!;

                void Send(ILogger logger, Customer owner, List<Customer> customers)
                {
                    customers.ForEach(c =>
                    {
                        if (_consents.HasConsent(c, ConsentPurpose.Diagnostics))
                        {
                            logger.LogInformation("{Email}", c.Email);
                        }
                    });
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Email());
        return test.RunAsync();
    }

    [Fact]
    public Task NotOfferedInAnExpressionBodyThatReturnsAValue() => NotOfferedAsync(
        """
        using System;
        using Microsoft.Extensions.Logging;
        using Shop;

        class Newsletter
        {
            private readonly IConsents _consents = null!;

            IDisposable? Scope(ILogger logger, Customer customer) => logger.BeginScope("{Email}", {|#0:customer.Email|});
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "BeginScope"));

    [Fact]
    public Task NotOfferedWhenWrappingWouldHideAVariableTheCodeAfterUses() => NotOfferedAsync(
        """
        using Microsoft.Extensions.Logging;
        using Shop;

        class Import
        {
            private readonly IConsents _consents = null!;

            int Read(ILogger logger, Customer customer, string text)
            {
                logger.LogInformation("{Email} {Ok}", {|#0:customer.Email|}, int.TryParse(text, out int parsed));
                return parsed;
            }
        }
        """,
        Email());

    [Fact]
    public Task EmbeddedStatementGetsABlockSoTheElseKeepsItsIf()
    {
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using Shop;

            class Registration
            {
                private readonly IConsents _consents = null!;

                void Register(ILogger logger, Customer customer, bool verbose)
                {
                    if (verbose)
                        logger.LogInformation("Registered {Email}", {|#0:customer.Email|});
                    else
                        logger.LogInformation("Registered");
                    foreach (int i in new[] { 1, 2 }) logger.LogInformation("{Email}", {|#1:customer.Email|});
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class Registration
            {
                private readonly IConsents _consents = null!;

                void Register(ILogger logger, Customer customer, bool verbose)
                {
                    if (verbose)
                    {
                        if (_consents.HasConsent(customer, ConsentPurpose.Diagnostics))
                        {
                            logger.LogInformation("Registered {Email}", customer.Email);
                        }
                    }
                    else
                        logger.LogInformation("Registered");
                    foreach (int i in new[] { 1, 2 })
                    {
                        if (_consents.HasConsent(customer, ConsentPurpose.Diagnostics))
                        {
                            logger.LogInformation("{Email}", customer.Email);
                        }
                    }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Email(0));
        test.ExpectedDiagnostics.Add(Email(1));
        return test.RunAsync();
    }

    [Fact]
    public Task StatementInASwitchSection()
    {
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class Registration
            {
                void Register(ILogger logger, IConsents consents, Customer customer, int step)
                {
                    switch (step)
                    {
                        case 1:
                            logger.LogInformation("{Email}", {|#0:customer.Email|});
                            break;
                    }
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class Registration
            {
                void Register(ILogger logger, IConsents consents, Customer customer, int step)
                {
                    switch (step)
                    {
                        case 1:
                            if (consents.HasConsent(customer, ConsentPurpose.Diagnostics))
                            {
                                logger.LogInformation("{Email}", customer.Email);
                            }
                            break;
                    }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Email());
        return test.RunAsync();
    }

    [Fact]
    public Task TopLevelStatements()
    {
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using Shop;

            ILogger logger = null!;
            IConsents consents = null!;
            var customer = new Customer();
            logger.LogInformation("{E}", {|#0:customer.Email|});
            """,
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            ILogger logger = null!;
            IConsents consents = null!;
            var customer = new Customer();
            if (consents.HasConsent(customer, ConsentPurpose.Diagnostics))
            {
                logger.LogInformation("{E}", customer.Email);
            }
            """);
        test.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Email());
        return test.RunAsync();
    }

    [Fact]
    public Task InABlockBodiedLambdaAndALocalFunction_TheirOwnParameterIsTheSubject()
    {
        var test = Test(
            """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using Shop;

            class Mailing
            {
                void Send(ILogger logger, IConsents consents, Customer customer, List<Customer> customers)
                {
                    customers.ForEach(c => { logger.LogInformation("{E}", {|#0:c.Email|}); });
                    void Local(Customer d)
                    {
                        logger.LogInformation("{E}", {|#1:d.Email|});
                    }

                    Local(customer);
                }
            }
            """,
            """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class Mailing
            {
                void Send(ILogger logger, IConsents consents, Customer customer, List<Customer> customers)
                {
                    customers.ForEach(c => { if (consents.HasConsent(c, ConsentPurpose.Diagnostics)) { logger.LogInformation("{E}", c.Email); } });
                    void Local(Customer d)
                    {
                        if (consents.HasConsent(d, ConsentPurpose.Diagnostics))
                        {
                            logger.LogInformation("{E}", d.Email);
                        }
                    }

                    Local(customer);
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Email(0));
        test.ExpectedDiagnostics.Add(Email(1));
        return test.RunAsync();
    }

    [Fact]
    public Task GenericCheckOnAField_InUsingAndLockBodies()
    {
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using Shop;

            class Orders
            {
                private readonly ISubjectConsents<Customer> _consents = null!;

                void Ship(ILogger logger, Customer customer)
                {
                    using (logger.BeginScope("Shipping"))
                        logger.LogInformation("{E}", {|#0:customer.Email|});
                    lock (this) logger.LogInformation("{E}", {|#1:customer.Email|});
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class Orders
            {
                private readonly ISubjectConsents<Customer> _consents = null!;

                void Ship(ILogger logger, Customer customer)
                {
                    using (logger.BeginScope("Shipping"))
                    {
                        if (_consents.Allows(customer, ConsentPurpose.Diagnostics))
                        {
                            logger.LogInformation("{E}", customer.Email);
                        }
                    }
                    lock (this)
                    {
                        if (_consents.Allows(customer, ConsentPurpose.Diagnostics))
                        {
                            logger.LogInformation("{E}", customer.Email);
                        }
                    }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Email(0));
        test.ExpectedDiagnostics.Add(Email(1));
        return test.RunAsync();
    }

    [Fact]
    public Task AsyncCheckIsAwaitedInAnAsyncMethod()
    {
        var test = Test(
            """
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class Registration
            {
                async Task RegisterAsync(ILogger logger, IAsyncConsents consents, Customer customer)
                {
                    await Task.Yield();
                    logger.LogInformation("{Email}", {|#0:customer.Email|});
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class Registration
            {
                async Task RegisterAsync(ILogger logger, IAsyncConsents consents, Customer customer)
                {
                    await Task.Yield();
                    if (await consents.HasConsentAsync(customer, ConsentPurpose.Diagnostics))
                    {
                        logger.LogInformation("{Email}", customer.Email);
                    }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Email());
        return test.RunAsync();
    }

    [Fact]
    public Task AsyncCheckNotOfferedOutsideAnAsyncMethod() => NotOfferedAsync(
        """
        using Microsoft.Extensions.Logging;
        using Shop;

        class Registration
        {
            void Register(ILogger logger, IAsyncConsents consents, Customer customer)
            {
                logger.LogInformation("{Email}", {|#0:customer.Email|});
            }
        }
        """,
        Email());

    [Fact]
    public Task FixAllWrapsAStatementWithTwoDiagnosticsOnce_InEveryDocument()
    {
        var test = new CodeFixTest<PersonalDataWrittenToLogAnalyzer, WrapInConsentCheckCodeFixProvider>();
        test.Sources.Add("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class A
            {
                void M(ILogger logger, IConsents consents, Customer customer)
                {
                    logger.LogInformation("{Name} {Email}", {|#0:customer.Name|}, {|#1:customer.Email|});
                    logger.LogInformation("{Email}", {|#2:customer.Email|});
                }
            }
            """ + Models);
        test.Sources.Add("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class B
            {
                private readonly IConsents _consents = null!;

                void M(ILogger logger, Customer customer)
                {
                    logger.LogWarning("{Email}", {|#3:customer.Email|});
                }
            }
            """);
        test.FixedSources.Add("""
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class A
            {
                void M(ILogger logger, IConsents consents, Customer customer)
                {
                    if (consents.HasConsent(customer, ConsentPurpose.Diagnostics))
                    {
                        logger.LogInformation("{Name} {Email}", customer.Name, customer.Email);
                    }
                    if (consents.HasConsent(customer, ConsentPurpose.Diagnostics))
                    {
                        logger.LogInformation("{Email}", customer.Email);
                    }
                }
            }
            """ + Models);
        test.FixedSources.Add("""
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class B
            {
                private readonly IConsents _consents = null!;

                void M(ILogger logger, Customer customer)
                {
                    if (_consents.HasConsent(customer, ConsentPurpose.Diagnostics))
                    {
                        logger.LogWarning("{Email}", customer.Email);
                    }
                }
            }
            """);
        test.Sources.Add(DomainFixtures.Customer);
        test.FixedSources.Add(DomainFixtures.Customer);
        test.ExpectedDiagnostics.Add(Pii001.At(0, "Customer.Name", "Name", "LogInformation"));
        test.ExpectedDiagnostics.Add(Email(1));
        test.ExpectedDiagnostics.Add(Email(2));
        test.ExpectedDiagnostics.Add(Pii001.At(3, "Customer.Email", "Email", "LogWarning"));
        return test.RunAsync();
    }

    [Fact]
    public Task FixAllLeavesAStatementWhoseWrappingWouldNotCompile()
    {
        var test = Test(
            """
            using Microsoft.Extensions.Logging;
            using Shop;

            class Import
            {
                int Read(ILogger logger, IConsents consents, Customer customer, string text)
                {
                    logger.LogInformation("{Email} {Ok}", {|#0:customer.Email|}, int.TryParse(text, out int parsed));
                    logger.LogInformation("{Name}", {|#1:customer.Name|});
                    return parsed;
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;
            using Shop;

            class Import
            {
                int Read(ILogger logger, IConsents consents, Customer customer, string text)
                {
                    logger.LogInformation("{Email} {Ok}", {|#0:customer.Email|}, int.TryParse(text, out int parsed));
                    if (consents.HasConsent(customer, ConsentPurpose.Diagnostics))
                    {
                        logger.LogInformation("{Name}", customer.Name);
                    }
                    return parsed;
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Email(0));
        test.ExpectedDiagnostics.Add(Pii001.At(1, "Customer.Name", "Name", "LogInformation"));
        test.FixedExpectedDiagnostics.Add(Email(0));
        return test.RunAsync();
    }

    [Fact]
    public Task FixAllAcrossProjects()
    {
        const string Other = """
            using Microsoft.Extensions.Logging;
            using Shop;

            public class Support
            {
                public void Call(ILogger logger, IConsents consents, Customer customer)
                {
                    logger.LogInformation("Calling {Name}", {|#1:customer.Name|});
                }
            }
            """;
        var test = new CodeFixTest<PersonalDataWrittenToLogAnalyzer, WrapInConsentCheckCodeFixProvider>
        {
            TestCode = """
                using Microsoft.Extensions.Logging;
                using Shop;

                class Orders
                {
                    void Ship(ILogger logger, IConsents consents, Customer customer)
                    {
                        logger.LogInformation("Shipping to {Email}", {|#0:customer.Email|});
                    }
                }
                """,
            FixedCode = """
                using Microsoft.Extensions.Logging;
                using PiiAnalyzers;
                using Shop;

                class Orders
                {
                    void Ship(ILogger logger, IConsents consents, Customer customer)
                    {
                        if (consents.HasConsent(customer, ConsentPurpose.Diagnostics))
                        {
                            logger.LogInformation("Shipping to {Email}", customer.Email);
                        }
                    }
                }
                """,
            AdditionalProjects = { ["Lib"] = new() { Other + Models, DomainFixtures.Customer } },
            FixedAdditionalProjects =
            {
                ["Lib"] = new()
                {
                    """
                    using Microsoft.Extensions.Logging;
                    using PiiAnalyzers;
                    using Shop;

                    public class Support
                    {
                        public void Call(ILogger logger, IConsents consents, Customer customer)
                        {
                            if (consents.HasConsent(customer, ConsentPurpose.Diagnostics))
                            {
                                logger.LogInformation("Calling {Name}", customer.Name);
                            }
                        }
                    }
                    """ + Models,
                    DomainFixtures.Customer,
                },
            },
            CodeActionEquivalenceKey = HasConsentKey,
        };
        test.ExpectedDiagnostics.Add(Email());
        test.ExpectedDiagnostics.Add(Pii001.At(1, "Customer.Name", "Name", "LogInformation"));
        return test.RunAsync();
    }
}
