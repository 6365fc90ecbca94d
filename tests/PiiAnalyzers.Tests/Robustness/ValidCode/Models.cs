using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using System.Text;
using System.Text.Json.Serialization;
using PiiAnalyzers;

namespace Valid.Models;

/// <summary>A customer with every personal-data member marked, and members that only look like it marked as not.</summary>
public sealed class Customer
{
    public Guid Id { get; init; }

    [PersonalData(PersonalDataKind.Name)] public string FullName { get; set; } = "";

    [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";

    [PersonalData(PersonalDataKind.Phone)] public string? Phone { get; set; }

    [PersonalData(PersonalDataKind.DateOfBirth)] public DateOnly BirthDate { get; set; }

    [PersonalData(PersonalDataKind.PaymentCard, Sensitive = true)] public string CardNumber { get; set; } = "";

    public Address Home { get; set; } = new();

    [NotPersonalData("The city the shop ships from, the same for every customer")]
    public string DispatchCity { get; set; } = "";

    public int LoyaltyPoints { get; set; }

    public bool IsActive { get; set; }
}

/// <summary>A whole type of personal data.</summary>
[PersonalData(PersonalDataKind.PostalAddress)]
public sealed class Address
{
    public string Street { get; set; } = "";

    public string City { get; set; } = "";

    public string Zip { get; set; } = "";
}

/// <summary>A record without personal data: its generated ToString prints nothing personal.</summary>
public sealed record OrderTotals(Guid OrderId, decimal Total, int Lines);

/// <summary>A record with personal data and its own PrintMembers that leaves it out.</summary>
public sealed record CustomerRegistered(Guid Id, [PersonalData(PersonalDataKind.Email)] string Email, DateTimeOffset At)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", At = ").Append(At);
        return true;
    }
}

/// <summary>A record with personal data and its own ToString.</summary>
public sealed record Signup(Guid Id, [PersonalData(PersonalDataKind.Name)] string FullName)
{
    public override string ToString() => $"Signup {Id}";
}

/// <summary>What goes into the warehouse's queue: the personal data is hidden from the serializer.</summary>
public sealed class ShipmentMessage
{
    public Guid OrderId { get; init; }

    public decimal Total { get; init; }

    [Newtonsoft.Json.JsonIgnore]
    [JsonIgnore]
    [PersonalData(PersonalDataKind.Email)]
    public string BuyerEmail { get; init; } = "";

    [Newtonsoft.Json.JsonIgnore]
    [JsonIgnore]
    [PersonalData(PersonalDataKind.Phone)]
    public string? BuyerPhone { get; init; }
}

/// <summary>A data contract writes only its data members.</summary>
[DataContract]
public sealed class InvoiceContract
{
    [DataMember] public Guid InvoiceId { get; set; }

    [DataMember] public decimal Amount { get; set; }

    [PersonalData(PersonalDataKind.Name)] public string BilledTo { get; set; } = "";
}

public sealed class Order
{
    public Guid Id { get; init; }

    public Customer Buyer { get; init; } = new();

    public List<OrderLine> Lines { get; } = new();

    public decimal Total { get; set; }
}

public sealed class OrderLine
{
    public string Sku { get; init; } = "";

    public int Quantity { get; init; }
}

/// <summary>Settings: names like personal data in a settings type are not reported.</summary>
public sealed class MailSettings
{
    public string FromEmail { get; set; } = "noreply@example.com";

    public string SmtpPassword { get; set; } = "";
}
