using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII003;

/// <summary>PII003 on annotated recipients: every shape, inherited markers, purposes, whole objects, redaction.</summary>
public class RecipientTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Linq; using PiiAnalyzers; using Shop; using Partners;\n";

    [Fact]
    public Task EveryShapeOfRecipient() => Pii003.VerifyAsync(Usings + """
        class C
        {
            void M(Customer c, CrmClient crm, PremiumCrmClient premium, IAnalytics analytics, Analytics concrete, Newsletter news, Shipping shipping)
            {
                crm.Push({|#0:c.Email|});
                CrmClient.Ping({|#1:c.Name|});
                new CrmClient({|#2:c.Email|});
                premium.Sync({|#3:c.Name|});
                analytics.Track({|#4:c.Email|});
                concrete.Track({|#5:c.Email|});
                concrete.Flush({|#6:c.Phone|});
                news.Subscribe({|#7:c.Email|});
                shipping.Book({|#8:c.Address.City|});
                shipping.Quote(c.Address.City);
                new CrmClient();
            }
        }
        """,
        Pii003.At(0, "Customer.Email", "Email", "CrmClient.Push"),
        Pii003.At(1, "Customer.Name", "Name", "CrmClient.Ping"),
        Pii003.At(2, "Customer.Email", "Email", "new CrmClient"),
        Pii003.At(3, "Customer.Name", "Name", "PremiumCrmClient.Sync"),
        Pii003.At(4, "Customer.Email", "Email", "IAnalytics.Track"),
        Pii003.At(5, "Customer.Email", "Email", "Analytics.Track"),
        Pii003.At(6, "Customer.Phone", "Phone", "Analytics.Flush"),
        Pii003.At(7, "Customer.Email", "Email", "Newsletter.Subscribe", "Marketing"),
        Pii003.At(8, "Address.City", "PostalAddress", "Shipping.Book"));

    [Fact]
    public Task WholeObjectsCollectionsAnonymousObjectsAndSerializedStrings() => Pii003.VerifyAsync(Usings + """
        class C
        {
            void M(Customer c, Order order, OrderSummary summary, List<Customer> all, CrmClient crm)
            {
                crm.Upsert({|#0:c|});
                crm.Report(summary);
                crm.PushAll(all.ConvertAll(x => x.Id.ToString()));
                crm.Upsert({|#5:all[0]|});
                crm.PushAll(new[] { {|#2:c.Email|} });
                crm.Push(Newtonsoft.Json.JsonConvert.SerializeObject({|#3:order|}));
                crm.Push(Newtonsoft.Json.JsonConvert.SerializeObject(summary));
                crm.Push(new { c.Id }.ToString());
                crm.Push({|#4:new { c.Id, c.Email }.ToString()|});
            }
        }
        """,
        Pii003.At(0, "Customer.Name", "Name", "CrmClient.Upsert"),
        Pii003.At(5, "Customer.Name", "Name", "CrmClient.Upsert"),
        Pii003.At(2, "Customer.Email", "Email", "CrmClient.PushAll"),
        Pii003.At(3, "Order.Buyer.Name", "Name", "CrmClient.Push"),
        Pii003.At(4, "Customer.Email", "Email", "CrmClient.Push"));

    [Fact]
    public Task PurposesDeclaredAndChecked() => Pii003.VerifyAsync(Usings + """
        class C
        {
            void M(Customer c, IConsents consents, CrmClient crm, Newsletter news)
            {
                if (consents.Has(c, ConsentPurpose.ThirdPartySharing))
                {
                    crm.Push(c.Email);
                    news.Subscribe({|#0:c.Email|});
                }

                if (consents.Has(c, ConsentPurpose.Marketing))
                {
                    news.Subscribe(c.Email);
                    crm.Push({|#1:c.Email|});
                }

                if (!consents.Has(c, ConsentPurpose.Diagnostics)) return;
                crm.Push({|#2:c.Email|});
            }
        }
        """,
        Pii003.At(0, "Customer.Email", "Email", "Newsletter.Subscribe", "Marketing"),
        Pii003.At(1, "Customer.Email", "Email", "CrmClient.Push"),
        Pii003.At(2, "Customer.Email", "Email", "CrmClient.Push"));

    [Fact]
    public Task RequiresConsentForAThirdPartyPurpose() => Pii003.VerifyAsync(Usings + """
        class C
        {
            [RequiresConsent(ConsentPurpose.Marketing)]
            void Campaign(Customer c, Newsletter news) => news.Subscribe(c.Email);

            [RequiresConsent(ConsentPurpose.Diagnostics)]
            void Trace(Customer c) { }

            void M(Customer c, Newsletter news, IConsents consents)
            {
                Campaign({|#0:c|}, news);
                Trace(c);
                if (consents.Has(c, ConsentPurpose.Marketing)) Campaign(c, news);
            }
        }
        """, Pii003.At(0, "Customer.Name", "Name", "Campaign", "Marketing"));

    [Fact]
    public Task RedactedArgumentsLambdasAndWrappers() => Pii003.VerifyAsync(Usings + """
        class C
        {
            private readonly CrmClient _crm = new CrmClient();

            void Share(string email) => _crm.Push(email);

            void M(Customer c, List<Customer> all)
            {
                _crm.Push(Redact.Mask(c.Email));
                _crm.Push(c.Id.ToString());
                all.ForEach(x => _crm.Push({|#0:x.Email|}));
                Share({|#1:c.Email|});
                Share("support@example.com");
            }
        }
        """,
        Pii003.At(0, "Customer.Email", "Email", "CrmClient.Push"),
        Pii003.At(1, "Customer.Email", "Email", "Share"));

    [Fact]
    public Task HalfTypedCallsDoNotThrow() => Pii003.VerifyAsync(Usings + """
        class C
        {
            void M(Customer c, CrmClient crm)
            {
                crm.Push(c.{|CS1061:Emial|});
                crm.{|CS1061:Pusj|}(c.Email);
                crm.Push({|#0:c.Email|}{|CS1026:;|}
            }
        }
        """, Pii003.At(0, "Customer.Email", "Email", "CrmClient.Push"));
}
