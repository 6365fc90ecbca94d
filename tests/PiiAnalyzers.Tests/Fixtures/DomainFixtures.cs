namespace PiiAnalyzers.Tests.Fixtures;

/// <summary>
/// The shared domain fixtures of the tests: a web shop's domain model (namespace <c>Shop</c>) as C# source text, for
/// the code under test to compile against.
/// <para>
/// <b>What it holds.</b> <see cref="Customer"/> is the shop's customer and its address, with marked personal data
/// (name, e-mail, phone, birth date, a postal address), unmarked data (ids, flags, tags) and a member marked
/// <c>[NotPersonalData]</c>. <see cref="Orders"/> holds the order and its events (a record with a marked parameter, one
/// without personal data), <see cref="Redactors"/> the shop's own e-mail redactor, and <see cref="Shop"/> all three: the
/// model most rule tests run on (the PII001–PII004 shorthands add it to every test; PII007's add <see cref="Customer"/>).
/// </para>
/// <para>
/// <b>How to use it.</b> Add a fixture as a document of its own to the test's project, after the test's sources:
/// <c>Sources = { source, DomainFixtures.Customer }</c>, and in a code-fix test unchanged in the fixed sources too:
/// <c>FixedSources = { fixedSource, DomainFixtures.Customer }</c> (an additional project lists it among its sources
/// the same way). The test's own file keeps its markup and line numbers, and the test source says
/// <c>using Shop;</c>. Each fixture is also valid appended to a source (<c>source + DomainFixtures.Shop</c>), for a test
/// that builds one syntax tree itself or that needs the model inside the tested file (e.g. a generated file).
/// Take the smallest fixture the test needs: <see cref="Redactors"/> changes which redactor the redaction fix picks.
/// </para>
/// <para>
/// <b>When a test declares its own types instead.</b> When the shape of the type is what the test is about or what its
/// expectations depend on: members left unmarked on purpose (PII006, inference mode), a different kind or attribute
/// (PII008's misuse, <c>[NotPersonalData]</c> cases), records and their printing (PII005), a different set of marked
/// members that a diagnostic depends on (a whole object serialized or sent is reported by its first marked member, so a
/// test expecting <c>Customer.Email</c> there needs a type whose only marked member is Email), a member name the
/// expectations spell (<c>Customer.Nickname</c>),
/// another namespace or project layout the test is about, or deliberately broken code. Multi-project solutions (the
/// domain in its own project, both reference shapes) use <see cref="Solutions.ShopSolution"/>.
/// </para>
/// <para>
/// Changing a fixture changes every test that uses it: add a member only when no test's expectations move (the suite
/// compares every diagnostic and every fixed document).
/// </para>
/// </summary>
internal static class DomainFixtures
{
    /// <summary>
    /// The shop's customer: an int id and a Guid, marked name, e-mail, phone (a field) and birth date, an unmarked flag, a
    /// marked-type address, a shipping origin marked <c>[NotPersonalData]</c> and a list of tags; and the address type,
    /// marked <c>PostalAddress</c> as a whole.
    /// </summary>
    public const string Customer = """

        namespace Shop
        {
            using System;
            using System.Collections.Generic;
            using PiiAnalyzers;

            public class Customer
            {
                public int Id { get; set; }

                public Guid ExternalId { get; set; }

                [PersonalData(PersonalDataKind.Name)]
                public string Name { get; set; } = "";

                [PersonalData(PersonalDataKind.Email)]
                public string Email { get; set; } = "";

                [PersonalData(PersonalDataKind.Phone)]
                public string? Phone;

                [PersonalData(PersonalDataKind.DateOfBirth)]
                public DateTime BirthDate { get; set; }

                public bool IsActive { get; set; }

                public Address Address { get; set; } = new Address();

                [NotPersonalData("The shop's own warehouse.")]
                public Address ShipFrom { get; set; } = new Address();

                public List<string> Tags { get; } = new List<string>();
            }

            [PersonalData(PersonalDataKind.PostalAddress)]
            public class Address
            {
                public string City { get; set; } = "";

                public string Street { get; set; } = "";

                public bool IsVerified { get; set; }
            }
        }
        """;

    /// <summary>The shop's orders (needs <see cref="Customer"/>): an order with its buyer, and two events as records.</summary>
    public const string Orders = """

        namespace Shop
        {
            using PiiAnalyzers;

            public record OrderPlaced(int OrderId, [PersonalData(PersonalDataKind.Email)] string BuyerEmail);

            public record OrderSummary(int OrderId, decimal Total);

            public class Order
            {
                public int Id { get; set; }

                public Customer Buyer { get; set; } = new Customer();
            }
        }
        """;

    /// <summary>The shop's own redactor for e-mail addresses, <c>Shop.Masks.MaskEmail</c>.</summary>
    public const string Redactors = """

        namespace Shop
        {
            using PiiAnalyzers;

            public static class Masks
            {
                [Redactor]
                public static string MaskEmail(string email) => "***";
            }
        }
        """;

    /// <summary>The whole shop model: <see cref="Customer"/>, <see cref="Orders"/> and <see cref="Redactors"/>, as one file.</summary>
    public const string Shop = Customer + "\n" + Orders + "\n" + Redactors + "\n";
}
