using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using PiiAnalyzers;
using Valid.Models;
using Valid.Privacy;

namespace Valid.Services;

/// <summary>Logs: redacted values, ids, lengths and consented writes only.</summary>
public sealed class CustomerService
{
    private readonly ILogger<CustomerService> _logger;
    private readonly IConsents _consents;

    public CustomerService(ILogger<CustomerService> logger, IConsents consents)
    {
        _logger = logger;
        _consents = consents;
    }

    public void Register(Customer customer)
    {
        _logger.LogInformation("Registered {Id} with {Email}", customer.Id, Masks.MaskEmail(customer.Email));
        _logger.LogInformation("Card ending {Card}", Redact.KeepLast(customer.CardNumber, 4));
        _logger.LogInformation("Name has {Length} characters", customer.FullName.Length);
        _logger.LogDebug("Has phone: {HasPhone}", !string.IsNullOrEmpty(customer.Phone));
        _logger.LogInformation("Customer {Id} ships from {City}", customer.Id, customer.DispatchCity);
        _logger.LogInformation("Name {Name}", Redact.Mask(customer.FullName));
    }

    public void Support(Customer customer, bool verbose)
    {
        if (_consents.Has(customer.Id, ConsentPurpose.Diagnostics))
        {
            _logger.LogInformation("Support session for {Email}", customer.Email);
        }

        if (verbose && _consents.Has(customer.Id, ConsentPurpose.Diagnostics))
        {
            _logger.LogDebug("Phone {Phone}", customer.Phone);
        }

        string summary = $"{customer.FullName} <{customer.Email}>";
        if (!_consents.Has(customer.Id, ConsentPurpose.Diagnostics))
        {
            return;
        }

        _logger.LogInformation("Support summary {Summary}", summary);
    }

    public void Audit(Customer customer)
    {
        _consents.Demand(customer.Id, ConsentPurpose.Diagnostics);
        var builder = new StringBuilder();
        builder.Append(customer.FullName).Append(' ').Append(customer.Home.City);
        _logger.LogInformation("Audit {Entry}", builder.ToString());
    }

    public async Task CheckAsync(Customer customer)
    {
        if (await _consents.HasAsync(customer.Id, ConsentPurpose.Diagnostics))
        {
            _logger.LogInformation("Checked {Email}", customer.Email);
        }
    }

    public void Stored(Customer customer)
    {
        bool allowed = _consents.Has(customer.Id, ConsentPurpose.Diagnostics);
        if (allowed)
        {
            Console.WriteLine($"Customer {customer.FullName}");
        }

        Debug.Assert(_consents.Has(customer.Id, ConsentPurpose.Diagnostics));
        Debug.WriteLine(customer.Email);
    }

    public void Many(IReadOnlyList<Customer> customers)
    {
        foreach (Customer customer in customers)
        {
            string masked = Masks.MaskEmail(customer.Email);
            _logger.LogInformation("Customer {Id}: {Masked}", customer.Id, masked);
        }

        var ids = customers.Select(c => c.Id).ToList();
        _logger.LogInformation("Customers {Ids}", ids);
        _logger.LogInformation("{Count} customers, {Active} active", customers.Count, customers.Count(c => c.IsActive));
        _logger.LogInformation("Order totals {Totals}", new OrderTotals(Guid.NewGuid(), 10m, 2));
    }

    public void Whole(Customer customer)
    {
        // A plain class is logged by its type name.
        _logger.LogInformation("Loaded {Customer}", customer);
        _logger.LogInformation("Registered {Event}", new CustomerRegistered(customer.Id, customer.Email, DateTimeOffset.UtcNow));
        _logger.LogInformation("Signed up {Signup}", new Signup(customer.Id, customer.FullName));
    }
}

/// <summary>Serialization: hidden members, data contracts, consented payloads.</summary>
public sealed class ShipmentPublisher
{
    private readonly IConsents _consents;

    public ShipmentPublisher(IConsents consents) => _consents = consents;

    public string Publish(Order order)
    {
        var message = new ShipmentMessage { OrderId = order.Id, Total = order.Total, BuyerEmail = order.Buyer.Email, BuyerPhone = order.Buyer.Phone };
        string json = JsonSerializer.Serialize(message);
        string newtonsoft = Newtonsoft.Json.JsonConvert.SerializeObject(message);
        return json + newtonsoft;
    }

    public string Invoice(Order order)
    {
        var contract = new InvoiceContract { InvoiceId = order.Id, Amount = order.Total, BilledTo = order.Buyer.FullName };
        var serializer = new System.Runtime.Serialization.DataContractSerializer(typeof(InvoiceContract));
        using var stream = new System.IO.MemoryStream();
        serializer.WriteObject(stream, contract);
        return Convert.ToBase64String(stream.ToArray());
    }

    public string Transfer(Order order)
    {
        if (_consents.Has(order.Buyer.Id, ConsentPurpose.Transfer))
        {
            return JsonSerializer.Serialize(order.Buyer.Home) + Export.ToPartnerFormat(order.Buyer);
        }

        return JsonSerializer.Serialize(new { order.Id, order.Total });
    }
}

/// <summary>Third parties: only with consent for their purpose, or with redacted values.</summary>
public sealed class PartnerSync
{
    private readonly IConsents _consents;
    private readonly ICrmPartner _crm;
    private readonly IAnalyticsPartner _analytics;
    private readonly HttpClient _http;

    public PartnerSync(IConsents consents, ICrmPartner crm, IAnalyticsPartner analytics, HttpClient http)
    {
        _consents = consents;
        _crm = crm;
        _analytics = analytics;
        _http = http;
    }

    public async Task SyncAsync(Customer customer)
    {
        if (_consents.Has(customer.Id, ConsentPurpose.ThirdPartySharing))
        {
            await _crm.PushAsync(customer.FullName, customer.Email);
            _crm.Track(new { customer.Id, customer.Email });
        }

        _analytics.Send("visit", Masks.Pseudonym(customer.Email));
        if (_consents.Has(customer.Id, ConsentPurpose.Analytics))
        {
            _analytics.Send("visit", customer.Email);
        }

        await _http.GetStringAsync($"https://partner.example.com/customers/{customer.Id}");
        if (_consents.MarketingAllowed)
        {
            _analytics.Send("marketing", customer.Id.ToString());
        }
    }
}

/// <summary>Exceptions: messages without personal data, or redacted.</summary>
public static class Guards
{
    public static void RequireEmail(Customer customer)
    {
        if (string.IsNullOrEmpty(customer.Email))
        {
            throw new ArgumentException($"Customer {customer.Id} has no e-mail address", nameof(customer));
        }

        if (!customer.Email.Contains('@'))
        {
            throw new InvalidOperationException("Invalid address " + Masks.MaskEmail(customer.Email));
        }
    }

    public static string Find(IReadOnlyDictionary<Guid, Customer> customers, Guid id) =>
        customers.TryGetValue(id, out Customer? customer) ? customer.FullName.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : throw new KeyNotFoundException($"No customer {id}");
}

/// <summary>A logging wrapper: a sink for what its callers give it.</summary>
public sealed class AuditLog
{
    private readonly ILogger<AuditLog> _logger;

    public AuditLog(ILogger<AuditLog> logger) => _logger = logger;

    public void Write(string entry) => _logger.LogInformation("Audit: {Entry}", entry);

    public void Customer(Customer customer) => Write($"customer {customer.Id} ({Masks.MaskEmail(customer.Email)})");
}
