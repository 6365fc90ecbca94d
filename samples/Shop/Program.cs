using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Shop.Customers;
using Contoso.Shop.Domain.Loyalty;
using Contoso.Shop.Legacy;
using Contoso.Shop.Loyalty;
using Contoso.Shop.Orders;
using Contoso.Shop.Partners;
using Contoso.Shop.Privacy;
using Microsoft.Extensions.Logging;
using NLog;
using Serilog;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

// Contoso Shop: registers customers, opens a support session, places and charges an order, and hands the
// profile to a partner CRM.
// Build it to see PiiAnalyzers at work (samples/README.md): each line that ends in `// PII001` gets a warning,
// the lines around them show what the analyzers accept. Run it to see what the warned lines really print.

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(outputTemplate: "serilog: {Level:u4}: {Message:lj}{NewLine}")
    .CreateLogger();
LogManager.Setup().LoadConfiguration(nlog => nlog.ForLogger().WriteToConsole("nlog: ${level:uppercase=true}: ${message}"));
using ILoggerFactory loggerFactory = LoggerFactory.Create(logging => logging
    .SetMinimumLevel(LogLevel.Debug)
    .AddSimpleConsole(console =>
    {
        console.SingleLine = true;
        console.IncludeScopes = true;
    }));

try
{
    TimeProvider clock = TimeProvider.System;
    var registration = new RegistrationService(loggerFactory.CreateLogger<RegistrationService>(), clock);
    var consents = new InMemoryConsentRegistry();
    var partner = new RecordingPartner();
    using var partnerHttp = new HttpClient(new OfflinePartnerHandler());
    var crm = new PartnerCrmClient(loggerFactory.CreateLogger<PartnerCrmClient>(), "Northwind Rewards", consents, partner, partner, partnerHttp);
    var orders = new OrderService(loggerFactory.CreateLogger<OrderService>(), clock);

    // A sign-up with a mistyped e-mail address: refused, and logged without the address.
    Customer? mistyped = registration.Register(new RegistrationRequest
    {
        FullName = "Grace Hopper",
        Email = "grace.hopper(at)example.com",
        Phone = "+1 202 555 0143",
        DateOfBirth = new DateOnly(1986, 12, 9),
        DeliveryAddress = new Address("1 Compiler Way", "20001", "Washington", "US"),
        CardNumber = "5555 5555 5555 4444",
    });
    Console.WriteLine($"Sign-up with a mistyped e-mail address accepted: {mistyped is not null}");

    Customer? customer = registration.Register(new RegistrationRequest
    {
        FullName = "Ada Lovelace",
        Email = "Ada.Lovelace@example.com",
        Phone = "020 7946 0000",
        DateOfBirth = new DateOnly(1990, 12, 10),
        DeliveryAddress = new Address("12 Analytical Row", "EC1A 1AA", "London", "GB"),
        CardNumber = "4111 1111 1111 1111",
        AcceptsMarketing = true,
    });
    if (customer is null)
    {
        Console.Error.WriteLine("Registration failed.");
        return 1;
    }

    registration.ChangePhone(customer.Id, "+44 20 7946 0000");

    // Support: Ada consents to diagnostics for this session, so her details may be logged (see SupportDesk).
    var support = new SupportDesk(loggerFactory.CreateLogger<SupportDesk>(), consents, new AuditTrail(loggerFactory.CreateLogger<AuditTrail>()));
    support.OpenSession(customer);
    consents.Give(customer, PiiAnalyzers.ConsentPurpose.Diagnostics);
    support.OpenSession(customer);
    support.Escalate(customer);
    support.AssignAgent(
        new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            new[] { new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Email, "grace.support@contoso.example") }, "company")),
        customer);

    Order order = orders.PlaceOrder(customer, new[]
    {
        new OrderLine("BK-1843", "Notes on the Analytical Engine", 1, 24.90m),
        new OrderLine("PN-0007", "Fountain pen", 2, 12.50m),
    });
    bool paid = orders.Charge(order);
    Console.WriteLine($"Order event: {new OrderEvents(consents).Publish(order).Length} characters of JSON.");

    await crm.SyncAsync(customer);
    await crm.UploadAsync(customer);
    consents.Give(customer, PiiAnalyzers.ConsentPurpose.ThirdPartySharing);
    await crm.UploadAsync(customer);
    await crm.OfferNewsletterAsync(customer);
    Console.WriteLine($"Loyalty lookup: {await crm.LookupPointsAsync(customer)}; the partner received {partner.Received.Count} item(s).");

    // Correct: what the order is, not who placed it.
    Console.WriteLine($"Order {order.OrderId}: {order.Lines.Count} item(s), total {order.Total:0.00}, paid: {paid}");
    Console.WriteLine($"Thank you for your order, {customer.FullName}!"); // PII001
    Console.WriteLine($"{crm.Pending} contact(s) waiting for {crm.PartnerName}.");

    // The old newsletter's subscribers, not annotated yet (Legacy/, inference mode).
    int imported = new NewsletterImport(loggerFactory.CreateLogger<NewsletterImport>()).Import(new[]
    {
        new NewsletterSubscriber { SubscriberId = 7, EmailAddress = "ada@example.com", FirstName = "Ada", IsEmailConfirmed = true },
        new NewsletterSubscriber { SubscriberId = 8, EmailAddress = "charles@example.com", FirstName = "Charles" },
    });
    Console.WriteLine($"{imported} newsletter subscriber(s) imported.");

    // The loyalty programme's members come from another project of the solution (samples/Domain), not annotated either.
    var member = new LoyaltyMember(Guid.NewGuid(), "Ada Lovelace", "ada@example.com") { MobilePhone = "+44 20 7946 0000" };
    var loyalty = new LoyaltyDesk(loggerFactory.CreateLogger<LoyaltyDesk>());
    Console.WriteLine($"Loyalty: {loyalty.Award(member, 1200).Points} points awarded; the member card is {loyalty.CardJson(member).Length} characters of JSON.");
    return 0;
}
finally
{
    Log.CloseAndFlush();
    LogManager.Shutdown();
}

/// <summary>Answers the partner's HTTP requests in the sample, which runs offline.</summary>
internal sealed class OfflinePartnerHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
}
