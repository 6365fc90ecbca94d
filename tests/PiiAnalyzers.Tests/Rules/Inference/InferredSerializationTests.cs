using System.Threading.Tasks;
using System;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Inference;

/// <summary>
/// Issue 11, item 5: in inference mode, serializing data that is personal only by its name is reported where the payload
/// then leaves the application (a log, a third party or an HTTP request, a message bus, a distributed cache, a file), not
/// where it is the application's own response, its own entity's column or a comparison. Marked data is reported at every
/// serialization, as before. Against the real Service Bus, RabbitMQ and StackExchange.Redis packages.
/// </summary>
public class InferredSerializationTests
{
    private const string On = Solutions.ShopSolution.Inference;

    /// <summary>An unannotated user and the application's own entity that stores its profile as JSON.</summary>
    private const string Domain = """

        namespace Shop.Domain
        {
            using System;

            public class User
            {
                public Guid Id { get; set; }
                public string Email { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
            }

            public class UserSnapshot
            {
                public Guid Id { get; set; }
                public string ProfileJson { get; set; } = "";
            }

            public class Subscriber
            {
                [PiiAnalyzers.PersonalData(PiiAnalyzers.PersonalDataKind.Email)] public string Contact { get; set; } = "";
            }
        }
        """;

    private const string Usings = """
        using System;
        using System.IO;
        using System.Net.Http;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Caching.Distributed;
        using Microsoft.Extensions.Logging;
        using Newtonsoft.Json;
        using Shop.Domain;
        using JsonSerializer = System.Text.Json.JsonSerializer;

        """;

    [Fact]
    public Task TheApplicationsOwnResponseColumnAndComparisonAreSilent() =>
        RunPii002(Usings + """
            public class UsersController : ControllerBase
            {
                public IActionResult Get(User user) => Content(JsonSerializer.Serialize(user), "application/json");

                public async Task Stream(HttpContext context, User user) => await JsonSerializer.SerializeAsync(context.Response.Body, user);

                public async Task Write(HttpContext context, User user)
                {
                    var json = JsonConvert.SerializeObject(user);
                    await context.Response.WriteAsync(json);
                }

                public UserSnapshot Snapshot(User user) => new UserSnapshot { Id = user.Id, ProfileJson = JsonSerializer.Serialize(user) };

                public void Store(UserSnapshot snapshot, User user) => snapshot.ProfileJson = JsonConvert.SerializeObject(user);

                public bool Changed(User before, User after) => JsonSerializer.Serialize(before) != JsonSerializer.Serialize(after);

                public string ToJson(User user) => JsonSerializer.Serialize(user);

                public HttpResponseMessage Legacy(User user) => new HttpResponseMessage { Content = new StringContent(JsonSerializer.Serialize(user)) };

                public void Remember(System.Collections.Concurrent.ConcurrentQueue<string> recent, User user) => recent.Enqueue(JsonSerializer.Serialize(user));
            }
            """);

    [Fact]
    public Task APayloadSentToALogAThirdPartyAFileOrACacheIsReported() =>
        RunPii002(Usings + """
            public class Outbox
            {
                private readonly ILogger<Outbox> _logger;
                private readonly HttpClient _http;
                private readonly IDistributedCache _cache;

                public Outbox(ILogger<Outbox> logger, HttpClient http, IDistributedCache cache) => (_logger, _http, _cache) = (logger, http, cache);

                public async Task Send(User user, string path)
                {
                    var json = JsonSerializer.Serialize({|#0:user|});
                    _logger.LogInformation("Sending {Payload}", json);

                    await _http.PostAsync("https://crm.example.com/contacts", new StringContent(JsonConvert.SerializeObject({|#1:user|}), Encoding.UTF8, "application/json"));

                    await File.WriteAllTextAsync(path, JsonConvert.SerializeObject({|#2:user|}));

                    using var stream = File.Create(path + ".bak");
                    await JsonSerializer.SerializeAsync(stream, {|#3:user|});

                    var cached = JsonSerializer.Serialize({|#4:user|});
                    var key = "user:" + user.Id;
                    await _cache.SetStringAsync(key, cached);
                }
            }
            """,
            PII002.Pii002.At(0, "User.Email", "Email", "JsonSerializer.Serialize"),
            PII002.Pii002.At(1, "User.Email", "Email", "JsonConvert.SerializeObject"),
            PII002.Pii002.At(2, "User.Email", "Email", "JsonConvert.SerializeObject"),
            PII002.Pii002.At(3, "User.Email", "Email", "JsonSerializer.SerializeAsync"),
            PII002.Pii002.At(4, "User.Email", "Email", "JsonSerializer.Serialize"));

    [Fact]
    public Task APayloadPutOnAMessageBusOrRedisIsReported() =>
        RunPii002(Usings + """
            using Azure.Messaging.ServiceBus;
            using RabbitMQ.Client;
            using StackExchange.Redis;

            public class UserEvents
            {
                public async Task PublishAsync(ServiceBusSender sender, IChannel channel, IDatabase redis, User user)
                {
                    await sender.SendMessageAsync(new ServiceBusMessage(JsonSerializer.Serialize({|#0:user|})));
                    var message = new ServiceBusMessage { Body = BinaryData.FromString(JsonConvert.SerializeObject({|#1:user|})), Subject = "user" };
                    await sender.SendMessageAsync(message);

                    var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize({|#2:user|}));
                    await channel.BasicPublishAsync("users", "user.changed", body);

                    await redis.StringSetAsync("user:" + user.Id, JsonSerializer.Serialize({|#3:user|}));
                }
            }
            """,
            PII002.Pii002.At(0, "User.Email", "Email", "JsonSerializer.Serialize"),
            PII002.Pii002.At(1, "User.Email", "Email", "JsonConvert.SerializeObject"),
            PII002.Pii002.At(2, "User.Email", "Email", "JsonSerializer.Serialize"),
            PII002.Pii002.At(3, "User.Email", "Email", "JsonSerializer.Serialize"));

    [Fact]
    public Task TheSolutionsOwnPublisherAndFileHelpers() =>
        RunPii002(Usings + """
            public interface IEventIntegrationPublisher { Task PublishEventAsync(string body, string? organizationId); }

            public static class AsyncFile { public static FileStream OpenWrite(string path) => new FileStream(path, FileMode.Create); }

            public class EventWriter
            {
                private readonly IEventIntegrationPublisher _publisher;

                public EventWriter(IEventIntegrationPublisher publisher) => _publisher = publisher;

                public async Task CreateAsync(User user)
                {
                    var body = JsonSerializer.Serialize({|#0:user|});
                    await _publisher.PublishEventAsync(body: body, organizationId: null);
                }

                public async Task CacheAsync(User user, string cacheFilePath)
                {
                    FileStream createStream = AsyncFile.OpenWrite(cacheFilePath);
                    await using (createStream.ConfigureAwait(false))
                    {
                        await JsonSerializer.SerializeAsync(createStream, {|#1:user|});
                    }
                }
            }
            """,
            PII002.Pii002.At(0, "User.Email", "Email", "JsonSerializer.Serialize"),
            PII002.Pii002.At(1, "User.Email", "Email", "JsonSerializer.SerializeAsync"));

    [Fact]
    public Task APayloadCarriedOnByAnObject() =>
        RunPii002(Usings + """
            public sealed class AuditEntry { public string Json { get; set; } = ""; }

            public sealed record UserChanged(string Payload);

            public class Audit
            {
                public void Record(ILogger logger, User user, UserSnapshot snapshot)
                {
                    var entry = new AuditEntry();
                    entry.Json = JsonSerializer.Serialize({|#0:user|});
                    logger.LogInformation("Audit {@Entry}", entry);

                    var changed = new UserChanged(JsonSerializer.Serialize({|#1:user|}));
                    logger.LogInformation("Changed {@Event}", changed);

                    var kept = new AuditEntry();
                    kept.Json = JsonSerializer.Serialize(user);
                    snapshot.ProfileJson = kept.Json;
                }
            }
            """,
            PII002.Pii002.At(0, "User.Email", "Email", "JsonSerializer.Serialize"),
            PII002.Pii002.At(1, "User.Email", "Email", "JsonSerializer.Serialize"));

    [Fact]
    public Task AWrapperIsJudgedByWhereItsPayloadGoes() =>
        RunPii002(Usings + """
            public static class Json
            {
                public static string ToJson(object value) => JsonSerializer.Serialize(value);
            }

            public class UserCache
            {
                private readonly IDistributedCache _cache;

                public UserCache(IDistributedCache cache) => _cache = cache;

                public void Put(string key, object value) => _cache.SetString(key, JsonSerializer.Serialize(value));

                public void Keep(User user, UserSnapshot snapshot)
                {
                    snapshot.ProfileJson = Json.ToJson(user);
                    _cache.SetString("user", Json.ToJson({|#0:user|}));
                    Put("user:" + user.Id, {|#1:user|});
                }
            }
            """,
            PII002.Pii002.At(0, "User.Email", "Email", "Json.ToJson"),
            PII002.Pii002.At(1, "User.Email", "Email", "Put"));

    [Fact]
    public Task MarkedDataIsReportedAtEverySerialization() =>
        RunPii002(Usings + """
            public class Snapshots
            {
                public void Store(UserSnapshot snapshot, Subscriber subscriber) => snapshot.ProfileJson = JsonSerializer.Serialize({|#0:subscriber|});
            }
            """,
            PII002.Pii002.At(0, "Subscriber.Contact", "Email", "JsonSerializer.Serialize"));

    [Fact]
    public Task AcrossProjects_TheDomainOfAnotherProjectToo()
    {
        var test = new AnalyzerTest<PersonalDataSerializedAnalyzer>
        {
            TestCode = Usings + """
                public class Outbox
                {
                    public void Send(IDistributedCache cache, UserSnapshot snapshot, User user)
                    {
                        snapshot.ProfileJson = JsonSerializer.Serialize(user);
                        cache.SetString("user", JsonSerializer.Serialize({|#0:user|}));
                    }
                }
                """,
            GlobalConfig = On,
        };
        test.AdditionalProjects["Shop.Domain"] = new() { Domain };
        test.ExpectedDiagnostics.Add(PII002.Pii002.At(0, "User.Email", "Email", "JsonSerializer.Serialize"));
        return test.RunAsync();
    }

    private static Task RunPii002(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<PersonalDataSerializedAnalyzer> { TestCode = source + Domain, GlobalConfig = On };
        test.AdditionalReferences.AddRange(Messaging);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static readonly MetadataReference[] Messaging =
    {
        TestReferences.FromAssembly(typeof(Azure.Messaging.ServiceBus.ServiceBusMessage).Assembly),
        TestReferences.FromAssembly(typeof(Azure.Core.AccessToken).Assembly),
        TestReferences.FromAssembly(typeof(Azure.Core.Amqp.AmqpAnnotatedMessage).Assembly),
        TestReferences.FromAssembly(typeof(BinaryData).Assembly),
        TestReferences.FromAssembly(typeof(RabbitMQ.Client.IChannel).Assembly),
        TestReferences.FromAssembly(typeof(StackExchange.Redis.IDatabase).Assembly),
    };
}
