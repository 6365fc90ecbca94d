using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII001;

/// <summary>
/// Issue 11, item 4: data written in the code is nobody's. A member the method set to a literal, or to text built only
/// from literals and numbers, carries no personal data where it is logged, whatever its marking, until something else
/// is written to it; an empty string or <see langword="null"/> is a placeholder for data to come, not data.
/// </summary>
public class ConstantDataTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.Logging;
        using Shop;

        """;

    [Fact]
    public Task TheDefaultAdministrator_CreatedAtStartup_IsNobodysData() => Pii001.VerifyAsync(Usings + """
        public sealed class IdentitySeed
        {
            private readonly UserManager<IdentityUser> _users;
            private readonly ILogger<IdentitySeed> _logger;

            public IdentitySeed(UserManager<IdentityUser> users, ILogger<IdentitySeed> logger) => (_users, _logger) = (users, logger);

            public async Task EnsureAdministratorAsync()
            {
                var admin = new IdentityUser { UserName = "admin", Email = "admin@contoso.com", PhoneNumber = "+1 555 0100" };
                await _users.CreateAsync(admin, "Pa$$w0rd!");
                _logger.LogInformation("Created the default administrator {UserName} <{Email}> {Phone}", admin.UserName, admin.Email, admin.PhoneNumber);
            }

            public async Task InviteAsync(IdentityUser invited)
            {
                var user = new IdentityUser { UserName = "guest", Email = "guest@contoso.com" };
                user.Email = invited.Email;
                await _users.CreateAsync(user);
                _logger.LogInformation("Invited {UserName} <{Email}>", user.UserName, {|#0:user.Email|});
            }
        }
        """,
        Pii001.At(0, "IdentityUser.Email", "ProtectedPersonalData", "LogInformation"));

    [Fact]
    public Task DemoCustomersBuiltFromLiteralsAndNumbers_ButNotPlaceholders() => Pii001.VerifyAsync(Usings + """
        class DemoData
        {
            void Seed(ILogger logger, Customer real, bool vip)
            {
                for (int i = 0; i < 3; i++)
                {
                    var demo = new Customer { Name = "Demo customer " + i, Email = $"demo{i}@example.com" };
                    logger.LogInformation("Seeded {Name} {Email}", demo.Name, demo.Email);
                }

                var blank = new Customer { Email = "" };
                logger.LogInformation("Blank {Email}", {|#0:blank.Email|});

                var either = new Customer { Email = "sample@example.com" };
                if (vip)
                {
                    either.Email = real.Email;
                }

                logger.LogInformation("Either {Email}", {|#1:either.Email|});

                var copy = new Customer { Email = "copy@example.com" };
                var alias = copy;
                logger.LogInformation("Alias {Email}", alias.Email);
                alias = real;
                logger.LogInformation("Alias {Email}", {|#2:alias.Email|});
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(1, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(2, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task WhatMayHaveChangedTheMember_EndsIt() => Pii001.VerifyAsync(Usings + """
        using System.Collections.Generic;

        public class CustomerProfile
        {
            public string Email { get; set; } = "";
            public void ChangeEmail(string email) => Email = email;
        }

        public interface IMapper { void Map(Customer source, Customer destination); }

        public static class CustomerExtensions { public static void Anonymize(this Customer customer, Customer from) => customer.Email = from.Email; }

        class Flows
        {
            void Alias(ILogger logger, Customer real)
            {
                var demo = new Customer { Email = "demo@example.com" };
                var alias = demo;
                alias.Email = real.Email;
                logger.LogInformation("{Email}", {|#0:demo.Email|});
            }

            void Out(ILogger logger, Dictionary<string, Customer> customers)
            {
                var c = new Customer { Email = "demo@example.com" };
                customers.TryGetValue("k", out c!);
                logger.LogInformation("{Email}", {|#1:c.Email|});
            }

            void Mapped(ILogger logger, IMapper mapper, Customer real)
            {
                var c = new Customer { Email = "demo@example.com" };
                mapper.Map(real, c);
                logger.LogInformation("{Email}", {|#2:c.Email|});
            }

            void Compound(ILogger logger, Customer real)
            {
                var c = new Customer { Email = "demo@example.com" };
                c.Email += real.Email;
                logger.LogInformation("{Email}", {|#3:c.Email|});
            }

            void Deconstructed(ILogger logger, Customer real)
            {
                var c = new Customer { Email = "demo@example.com" };
                (c.Email, _) = (real.Email, 1);
                logger.LogInformation("{Email}", {|#4:c.Email|});
            }

            void ThroughAnotherObject(ILogger logger, Customer real, List<Customer> list)
            {
                var demo = new Customer { Email = "demo@example.com" };
                list[0].Email = real.Email;
                logger.LogInformation("{Email}", {|#5:demo.Email|});
            }

            void AliasMapped(ILogger logger, IMapper mapper, Customer real)
            {
                var demo = new Customer { Email = "demo@example.com" };
                var alias = demo;
                mapper.Map(real, alias);
                logger.LogInformation("{Email}", {|#6:demo.Email|});
            }

            void Extension(ILogger logger, Customer real)
            {
                var c = new Customer { Email = "demo@example.com" };
                c.Anonymize(real);
                logger.LogInformation("{Email}", {|#7:c.Email|});
            }

            void Read(ILogger logger)
            {
                var c = new Customer { Email = "demo@example.com" };
                var text = c.ToString();
                logger.LogInformation("{Email} {Text}", c.Email, text);
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(1, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(2, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(3, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(4, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(5, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(6, "Customer.Email", "Email", "LogInformation"),
        Pii001.At(7, "Customer.Email", "Email", "LogInformation"));

    [Fact]
    public Task InInferenceMode_ADemoUserOfAnotherProject()
    {
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
        {
            TestCode = """
                using Microsoft.Extensions.Logging;
                using Shop.Domain;

                public sealed class Startup
                {
                    public void Run(ILogger logger, Member registered)
                    {
                        var demo = new Member { Email = "demo@contoso.com", FullName = "Demo Member" };
                        logger.LogInformation("Demo member {Email} {Name}", demo.Email, demo.FullName);
                        logger.LogInformation("Registered {Email}", {|#0:registered.Email|});
                    }
                }
                """,
            GlobalConfig = Solutions.ShopSolution.Inference,
        };
        test.AdditionalProjects["Shop.Domain"] = new()
        {
            "namespace Shop.Domain { public class Member { public string Email { get; set; } = \"\"; public string FullName { get; set; } = \"\"; } }",
        };
        test.ExpectedDiagnostics.Add(Pii001.At(0, "Member.Email", "Email", "LogInformation"));
        return test.RunAsync();
    }
}
