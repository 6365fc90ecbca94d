using PiiAnalyzers;

namespace Contoso.Shop.Customers;

/// <summary>
/// A postal address. The whole type is personal data: every instance, and every part of one (street, city,
/// postcode), is followed by the analyzers without marking each member.
/// </summary>
[PersonalData(PersonalDataKind.PostalAddress)]
public sealed record Address(string Street, string PostalCode, string City, string CountryCode); // PII005
