using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII003;

/// <summary>PII003 on HttpClient: personal data in the request URI or content, every shape of request.</summary>
public class HttpClientTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Net.Http; using System.Net.Http.Json; using System.Text; using System.Text.Json; using System.Threading.Tasks; using PiiAnalyzers; using Shop; using Partners;\n";

    private static Harness.DiagnosticResult At(int location, string data, string kind, string method) =>
        Pii003.At(location, data, kind, "HttpClient." + method);

    [Fact]
    public Task PersonalDataInTheUri() => Pii003.VerifyAsync(Usings + """
        class C
        {
            async Task M(HttpClient http, Customer c)
            {
                await http.GetAsync($"https://partner.example/lookup?email={{|#0:c.Email|}}");
                await http.GetStringAsync("https://partner.example/users/" + {|#1:c.Name|});
                await http.GetStreamAsync(new Uri($"https://partner.example/u/{{|#2:c.Phone|}}"));
                await http.GetByteArrayAsync($"https://partner.example/u/{{|#3:c.Email|}}");
                await http.DeleteAsync($"https://partner.example/u/{{|#4:c.Email|}}");
                await http.GetFromJsonAsync<OrderSummary>($"https://partner.example/u/{{|#5:c.Email|}}");
                await http.GetAsync($"https://partner.example/users/{c.Id}");
                await http.GetStringAsync("https://partner.example/health");
            }
        }
        """,
        At(0, "Customer.Email", "Email", "GetAsync"),
        At(1, "Customer.Name", "Name", "GetStringAsync"),
        At(2, "Customer.Phone", "Phone", "GetStreamAsync"),
        At(3, "Customer.Email", "Email", "GetByteArrayAsync"),
        At(4, "Customer.Email", "Email", "DeleteAsync"),
        At(5, "Customer.Email", "Email", "GetFromJsonAsync"));

    [Fact]
    public Task PersonalDataInTheContent() => Pii003.VerifyAsync(Usings + """
        class C
        {
            async Task M(HttpClient http, Customer c, OrderSummary summary)
            {
                await http.PostAsync("https://partner.example/contacts", new StringContent({|#0:c.Email|}));
                await http.PutAsync("https://partner.example/contacts", JsonContent.Create({|#1:c|}));
                await http.PatchAsync("https://partner.example/contacts", new ByteArrayContent(Encoding.UTF8.GetBytes(JsonSerializer.Serialize({|#2:c|}))));
                var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = c.Email });
                await http.PostAsync("https://partner.example/contacts", {|#3:form|});
                await http.PostAsync("https://partner.example/stats", JsonContent.Create(summary));
                await http.PostAsync("https://partner.example/stats", new StringContent(summary.Total.ToString()));
            }
        }
        """,
        At(0, "Customer.Email", "Email", "PostAsync"),
        At(1, "Customer.Name", "Name", "PutAsync"),
        At(2, "Customer.Name", "Name", "PatchAsync"),
        At(3, "Customer.Email", "Email", "PostAsync"));

    [Fact]
    public Task JsonExtensions() => Pii003.VerifyAsync(Usings + """
        class C
        {
            async Task M(HttpClient http, Customer c, OrderSummary summary)
            {
                await http.PostAsJsonAsync("https://partner.example/contacts", {|#0:c|});
                await http.PutAsJsonAsync("https://partner.example/contacts", {|#1:new { c.Id, c.Email }|});
                await http.PatchAsJsonAsync("https://partner.example/contacts", new[] { {|#2:c.Phone|} });
                await http.PostAsJsonAsync("https://partner.example/stats", summary);
                await http.PostAsJsonAsync("https://partner.example/stats", new { c.Id });
            }
        }
        """,
        At(0, "Customer.Name", "Name", "PostAsJsonAsync"),
        At(1, "Customer.Email", "Email", "PutAsJsonAsync"),
        At(2, "Customer.Phone", "Phone", "PatchAsJsonAsync"));

    [Fact]
    public Task RequestMessages() => Pii003.VerifyAsync(Usings + """
        class C
        {
            async Task M(HttpClient http, Customer c)
            {
                var withContent = new HttpRequestMessage(HttpMethod.Post, "https://partner.example/contacts") { Content = new StringContent(c.Name) };
                await http.SendAsync({|#0:withContent|});
                var withHeader = new HttpRequestMessage(HttpMethod.Get, "https://partner.example/me");
                withHeader.Headers.Add("X-User", c.Email);
                await http.SendAsync({|#1:withHeader|});
                await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"https://partner.example/u/{{|#2:c.Email|}}"));
                var clean = new HttpRequestMessage(HttpMethod.Get, $"https://partner.example/u/{c.Id}");
                clean.Headers.Add("X-Request", Guid.NewGuid().ToString());
                await http.SendAsync(clean);
            }
        }
        """,
        At(0, "Customer.Name", "Name", "SendAsync"),
        At(1, "Customer.Email", "Email", "SendAsync"),
        At(2, "Customer.Email", "Email", "SendAsync"));

    [Fact]
    public Task ConsentAndRedactionMakeRequestsFine() => Pii003.VerifyAsync(Usings + """
        class C
        {
            async Task M(HttpClient http, Customer c, IConsents consents)
            {
                if (consents.Has(c, ConsentPurpose.ThirdPartySharing))
                {
                    await http.PostAsJsonAsync("https://partner.example/contacts", c);
                }

                await http.GetAsync($"https://partner.example/lookup?email={Redact.Mask(c.Email)}");
            }
        }
        """);

    [Fact]
    public Task JsonValues_AreWrittenAsSystemTextJsonWritesThem() => Pii003.VerifyAsync(Usings + """
        class C
        {
            async Task M(HttpClient http, Profile profile, Contact contact)
            {
                await http.PostAsJsonAsync("https://partner.example/profiles", profile);
                await http.PostAsync("https://partner.example/profiles", JsonContent.Create(profile));
                await http.PostAsJsonAsync("https://partner.example/contacts", {|#0:contact|});
            }
        }

        public class Profile
        {
            public int Id { get; set; }
            [System.Text.Json.Serialization.JsonIgnore, PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
            [PersonalData(PersonalDataKind.Phone)] public string Phone = "";
        }

        public class Contact
        {
            [Newtonsoft.Json.JsonIgnore, PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
        }
        """,
        At(0, "Contact.Email", "Email", "PostAsJsonAsync"));
}
