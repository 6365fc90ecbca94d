using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Fixtures;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII003;

/// <summary>
/// Issue 11, item 7: the clients of the organisation's own services. An <c>HttpClient</c> held by a typed client marked
/// <c>[FirstParty]</c> (or declared <c>first_party T:…</c>), and a named client declared <c>first_party client:name</c>,
/// send to the solution's own services: not third-party sharing. Written the way microservice solutions write them.
/// </summary>
public class FirstPartyTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using PiiAnalyzers;
        using Shop;

        """;

    /// <summary>The ordering service's typed client, and a CRM's, the way <c>AddHttpClient&lt;T&gt;</c> injects them.</summary>
    private const string Clients = """
        namespace Shop.Clients
        {
            [FirstParty]
            public sealed class OrderingApiClient
            {
                private readonly HttpClient _http;

                public OrderingApiClient(HttpClient http) => _http = http;

                public Task<HttpResponseMessage> RegisterBuyerAsync(Customer buyer) => _http.PostAsJsonAsync("/api/v1/buyers", buyer);

                public Task<HttpResponseMessage> FindByEmailAsync(Customer buyer) => _http.GetAsync($"/api/v1/buyers?email={buyer.Email}");
            }

            [FirstParty]
            public sealed class BasketApiClient(HttpClient http)
            {
                public Task<HttpResponseMessage> ClaimAsync(Customer buyer) => http.PostAsJsonAsync("/api/v1/basket/claim", buyer);
            }

            public sealed class CrmApiClient
            {
                private readonly HttpClient _http;

                public CrmApiClient(HttpClient http) => _http = http;

                public Task<HttpResponseMessage> PushAsync(Customer customer) => _http.PostAsJsonAsync("https://crm.example.com/contacts", {|#0:customer|});
            }
        }
        """;

    [Fact]
    public Task ATypedClientMarkedFirstParty_SendsToTheOrganisationsOwnService()
    {
        var test = new AnalyzerTest<PersonalDataSharedWithThirdPartyAnalyzer>
        {
            TestCode = Usings + """
                using Shop.Clients;

                public sealed class CheckoutController
                {
                    private readonly OrderingApiClient _ordering;
                    private readonly BasketApiClient _basket;
                    private readonly CrmApiClient _crm;

                    public CheckoutController(OrderingApiClient ordering, BasketApiClient basket, CrmApiClient crm) => (_ordering, _basket, _crm) = (ordering, basket, crm);

                    public async Task CheckoutAsync(Customer customer)
                    {
                        await _ordering.RegisterBuyerAsync(customer);
                        await _ordering.FindByEmailAsync(customer);
                        await _basket.ClaimAsync(customer);
                        // The CRM's client is reported inside, where its parameter's personal data is sent.
                        await _crm.PushAsync(customer);
                    }
                }
                """ + Clients,
        };
        test.Sources.Add(DomainFixtures.Shop);
        test.ExpectedDiagnostics.Add(Pii003.At(0, "Customer.Name", "Name", "HttpClient.PostAsJsonAsync"));
        return test.RunAsync();
    }

    [Fact]
    public Task NamedClientsDeclaredFirstParty_AndTypesDeclaredInTheConfiguration()
    {
        var test = new AnalyzerTest<PersonalDataSharedWithThirdPartyAnalyzer>
        {
            TestCode = Usings + """
                public sealed class NotificationsClient
                {
                    private readonly HttpClient _http;

                    public NotificationsClient(HttpClient http) => _http = http;

                    public Task<HttpResponseMessage> NotifyAsync(Customer customer) => _http.PostAsJsonAsync("/api/notifications", customer);
                }

                public sealed class BuyerSync
                {
                    private readonly IHttpClientFactory _factory;

                    public BuyerSync(IHttpClientFactory factory) => _factory = factory;

                    public async Task SyncAsync(Customer customer)
                    {
                        var ordering = _factory.CreateClient("ordering");
                        await ordering.PostAsJsonAsync("/api/v1/buyers", customer);
                        await _factory.CreateClient("ordering").GetAsync($"/api/v1/buyers?email={customer.Email}");

                        var crm = _factory.CreateClient("crm");
                        await crm.PostAsJsonAsync("/contacts", {|#0:customer|});
                        await _factory.CreateClient("marketing").GetAsync($"/lookup?email={{|#1:customer.Email|}}");
                    }
                }
                """,
            AdditionalFiles =
            {
                ("PiiAnalyzers.txt", """
                    # The solution's own services.
                    first_party client:ordering
                    first_party T:NotificationsClient
                    """),
            },
        };
        test.Sources.Add(DomainFixtures.Shop);
        test.ExpectedDiagnostics.Add(Pii003.At(0, "Customer.Name", "Name", "HttpClient.PostAsJsonAsync"));
        test.ExpectedDiagnostics.Add(Pii003.At(1, "Customer.Email", "Email", "HttpClient.GetAsync"));
        return test.RunAsync();
    }

    [Fact]
    public Task AnInternalServicesInterface_AndOnlyTheClientsOwnConstructorParameter()
    {
        var test = new AnalyzerTest<PersonalDataSharedWithThirdPartyAnalyzer>
        {
            TestCode = Usings + """
                [FirstParty]
                public interface IOrderingApi { Task<HttpResponseMessage> RegisterAsync(Customer buyer); }

                public sealed class OrderingApi(HttpClient http) : IOrderingApi
                {
                    public Task<HttpResponseMessage> RegisterAsync(Customer buyer) => http.PostAsJsonAsync("/api/v1/buyers", buyer);

                    public Task<HttpResponseMessage> ForwardAsync(HttpClient partner, Customer buyer) => partner.PostAsJsonAsync("https://partner.example.com", {|#0:buyer|});
                }
                """,
        };
        test.Sources.Add(DomainFixtures.Shop);
        test.ExpectedDiagnostics.Add(Pii003.At(0, "Customer.Name", "Name", "HttpClient.PostAsJsonAsync"));
        return test.RunAsync();
    }

    [Fact]
    public Task AcrossProjects_AFirstPartyBaseClientOfASharedProject()
    {
        // The base client lives in a shared project; the service's own clients derive from it in the web project.
        var test = new AnalyzerTest<PersonalDataSharedWithThirdPartyAnalyzer>
        {
            TestCode = Usings + """
                using Shop.Shared;

                public sealed class IdentityApiClient : InternalApiClient
                {
                    public IdentityApiClient(HttpClient http) : base(http) { }

                    public Task<HttpResponseMessage> InviteAsync(Customer customer) => Http.PostAsJsonAsync("/api/invitations", customer);
                }

                public sealed class PartnerClient
                {
                    public Task<HttpResponseMessage> SendAsync(HttpClient http, Customer customer) => http.PostAsJsonAsync("https://partner.example.com", {|#0:customer|});
                }
                """,
        };
        test.Sources.Add(DomainFixtures.Shop);
        test.AdditionalProjects["Shop.Shared"] = new()
        {
            """
            namespace Shop.Shared
            {
                [PiiAnalyzers.FirstParty]
                public abstract class InternalApiClient
                {
                    protected InternalApiClient(System.Net.Http.HttpClient http) => Http = http;

                    protected System.Net.Http.HttpClient Http { get; }
                }
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Pii003.At(0, "Customer.Name", "Name", "HttpClient.PostAsJsonAsync"));
        return test.RunAsync();
    }
}
