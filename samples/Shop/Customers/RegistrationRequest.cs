using System;
using PiiAnalyzers;

namespace Contoso.Shop.Customers;

/// <summary>What the sign-up form posts. The markers travel with the data from the form to the service.</summary>
public sealed class RegistrationRequest
{
    [PersonalData(PersonalDataKind.Name)]
    public required string FullName { get; init; }

    [PersonalData(PersonalDataKind.Email)]
    public required string Email { get; init; }

    [PersonalData(PersonalDataKind.Phone)]
    public required string Phone { get; init; }

    [PersonalData(PersonalDataKind.DateOfBirth)]
    public required DateOnly DateOfBirth { get; init; }

    public required Address DeliveryAddress { get; init; }

    [PersonalData(PersonalDataKind.PaymentCard)]
    public required string CardNumber { get; init; }

    public bool AcceptsMarketing { get; init; }
}
