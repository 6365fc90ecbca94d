namespace PiiAnalyzers.Tests.Rules;

/// <summary>Model types shared by the rule tests, appended after each test source (so markup positions stay put).</summary>
internal static class TestModels
{
    /// <summary>A shop's customer with marked and unmarked members, a marked address type and records.</summary>
    public const string Shop = @"
namespace Shop
{
    using System;
    using System.Collections.Generic;
    using PiiAnalyzers;

    public class Customer
    {
        public int Id { get; set; }
        public Guid ExternalId { get; set; }
        [PersonalData(PersonalDataKind.Name)] public string Name { get; set; } = """";
        [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = """";
        [PersonalData(PersonalDataKind.Phone)] public string? Phone;
        [PersonalData(PersonalDataKind.DateOfBirth)] public DateTime BirthDate { get; set; }
        public bool IsActive { get; set; }
        public Address Address { get; set; } = new Address();
        [NotPersonalData(""The shop's own warehouse."")] public Address ShipFrom { get; set; } = new Address();
        public List<string> Tags { get; } = new List<string>();
    }

    [PersonalData(PersonalDataKind.PostalAddress)]
    public class Address
    {
        public string City { get; set; } = """";
        public string Street { get; set; } = """";
        public bool IsVerified { get; set; }
    }

    public record OrderPlaced(int OrderId, [PersonalData(PersonalDataKind.Email)] string BuyerEmail);

    public record OrderSummary(int OrderId, decimal Total);

    public class Order
    {
        public int Id { get; set; }
        public Customer Buyer { get; set; } = new Customer();
    }

    public static class Masks
    {
        [Redactor] public static string MaskEmail(string email) => ""***"";
    }
}
";
}
