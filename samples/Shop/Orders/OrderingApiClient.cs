using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Contoso.Shop.Customers;
using PiiAnalyzers;

namespace Contoso.Shop.Orders;

/// <summary>
/// The typed client of the shop's own ordering service (another service of the same solution, behind
/// <c>AddHttpClient&lt;OrderingApiClient&gt;</c>). <c>[FirstParty]</c> says so: sending the buyer's contact details there is
/// not sharing with a third party, so no PII003 here, unlike the partner's client in Partners/.
/// </summary>
[FirstParty]
public sealed class OrderingApiClient(HttpClient http)
{
    /// <summary>Registers the buyer with the ordering service.</summary>
    public Task<HttpResponseMessage> RegisterBuyerAsync(Customer buyer) =>
        http.PostAsJsonAsync("/api/v1/buyers", new { buyer.Id, buyer.FullName, buyer.Email });
}
