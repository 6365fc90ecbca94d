using System;
using PiiAnalyzers;

namespace Contoso.Shop.Customers;

/// <summary>
/// A registered customer. Each member that says who the person is carries <see cref="PersonalDataAttribute"/>;
/// the surrogate key <see cref="Id"/>, the registration time and the marketing flag do not, so they may be
/// logged freely. It is a plain class on purpose: logging a whole <see cref="Customer"/> prints its type name,
/// where a record would print every member.
/// </summary>
public sealed class Customer
{
    public Customer(Guid id, string fullName, string email, string phone, DateOnly dateOfBirth, Address deliveryAddress, string cardNumber)
    {
        Id = id;
        FullName = fullName;
        Email = email;
        Phone = phone;
        DateOfBirth = dateOfBirth;
        DeliveryAddress = deliveryAddress;
        CardNumber = cardNumber;
    }

    public Guid Id { get; }

    [PersonalData(PersonalDataKind.Name)]
    public string FullName { get; set; }

    [PersonalData(PersonalDataKind.Email)]
    public string Email { get; set; }

    [PersonalData(PersonalDataKind.Phone)]
    public string Phone { get; set; }

    [PersonalData(PersonalDataKind.DateOfBirth)]
    public DateOnly DateOfBirth { get; }

    /// <summary>Where orders go. <see cref="Address"/> is a personal-data type, so this needs no marker of its own.</summary>
    public Address DeliveryAddress { get; set; }

    /// <summary>The card on file. Payment cards are sensitive whatever the marker says.</summary>
    [PersonalData(PersonalDataKind.PaymentCard)]
    public string CardNumber { get; set; }

    public bool AcceptsMarketing { get; set; }

    public DateTimeOffset RegisteredAt { get; init; }
}
