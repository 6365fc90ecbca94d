using System;
using System.Collections.Generic;
using Contoso.Shop.Privacy;
using Microsoft.Extensions.Logging;
using PiiAnalyzers;

namespace Contoso.Shop.Customers;

/// <summary>Signs customers up and keeps their profiles up to date.</summary>
public sealed class RegistrationService
{
    private const int MinimumAge = 18;
    private const int MaxEmailLength = 254;

    private readonly ILogger<RegistrationService> _logger;
    private readonly TimeProvider _clock;
    private readonly Dictionary<Guid, Customer> _customers = new();

    public RegistrationService(ILogger<RegistrationService> logger, TimeProvider clock)
    {
        _logger = logger;
        _clock = clock;
    }

    /// <summary>Registers the customer, or returns <see langword="null"/> when the request is refused.</summary>
    public Customer? Register(RegistrationRequest request)
    {
        _logger.LogInformation("Registration started for {Email}", request.Email); // PII001

        if (request.Email.Length > MaxEmailLength || !request.Email.Contains('@'))
        {
            // A length and a yes-or-no say nothing about who the person is.
            _logger.LogWarning(
                "Registration refused: the e-mail address has {Length} characters, contains '@': {HasAt}",
                request.Email.Length,
                request.Email.Contains('@'));
            return null;
        }

        DateOnly today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        if (request.DateOfBirth > today.AddYears(-MinimumAge))
        {
            _logger.LogWarning("Registration refused: born in {BirthYear}, under {MinimumAge}", request.DateOfBirth.Year, MinimumAge); // PII001
            return null;
        }

        string email = request.Email.Trim().ToLowerInvariant();
        foreach (Customer known in _customers.Values)
        {
            if (known.Email == email)
            {
                // Wrong: an exception's message goes wherever the exception is logged or tracked.
                throw new InvalidOperationException($"{email} is already registered"); // PII004
            }
        }

        var customer = new Customer(
            Guid.NewGuid(),
            request.FullName.Trim(),
            email,
            request.Phone,
            request.DateOfBirth,
            request.DeliveryAddress,
            request.CardNumber)
        {
            AcceptsMarketing = request.AcceptsMarketing,
            RegisteredAt = _clock.GetUtcNow(),
        };
        _customers.Add(customer.Id, customer);

        // Correct: the surrogate key, a masked e-mail (the package's helper) and the shop's own redactor.
        _logger.LogInformation("Registered customer {CustomerId} ({Email})", customer.Id, Redact.Mask(customer.Email));
        _logger.LogInformation("New customer from {EmailDomain}, marketing consent {AcceptsMarketing}", ShopRedactors.EmailDomain(customer.Email), customer.AcceptsMarketing);

        // Correct: Customer is a plain class, so the message shows its type name, not its members.
        _logger.LogDebug("Stored {Customer}", customer);

        // Wrong: [LogProperties] logs the customer's properties, the e-mail address and phone number among them.
        ShopLog.CustomerStored(_logger, customer); // PII001

        string greeting = $"Welcome to Contoso, {customer.FullName}!";
        _logger.LogDebug("Welcome mail queued: {Greeting}", greeting); // PII001

        return customer;
    }

    /// <summary>Changes the phone number on file.</summary>
    public void ChangePhone(Guid customerId, [PersonalData(PersonalDataKind.Phone)] string newPhone)
    {
        if (newPhone.Length > 32)
        {
            // Correct: the message says what is wrong without the number itself.
            throw new ArgumentException($"A phone number has at most 32 characters, not {newPhone.Length}", nameof(newPhone));
        }

        if (!_customers.TryGetValue(customerId, out Customer? customer))
        {
            // Wrong: what an exception's Data holds is written out with it by error trackers and structured logs.
            var unknown = new KeyNotFoundException($"No customer {customerId}");
            unknown.Data.Add("phone", newPhone); // PII004
            throw unknown;
        }

        customer.Phone = newPhone;
        ShopLog.PhoneChanged(_logger, customer.Id, newPhone); // PII001
        ShopLog.ProfileUpdated(_logger, customer.Id, nameof(Customer.Phone));
    }

    public Customer? Find(Guid customerId) => _customers.GetValueOrDefault(customerId);
}
