using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PiiAnalyzers.Benchmarks;

/// <summary>The three forms of the same generated solution the benchmark measures (issue 10).</summary>
public enum SolutionVariant
{
    /// <summary>No PiiAnalyzers attribute anywhere and no configuration: a team that added the package and marked nothing yet.</summary>
    Unmarked,

    /// <summary>The same code with <c>[PersonalData]</c> on the personal-data members of the Domain entities, one <c>[Redactor]</c> class and one <c>[ConsentCheck]</c> interface.</summary>
    Marked,

    /// <summary>The unmarked code with <c>pii_analyzers.infer_personal_data = true</c> in a global analyzer config (<see cref="GeneratedSolution.GlobalConfig"/>).</summary>
    Inference,

    /// <summary>
    /// The marked code plus, per module, a shipment model six levels deep (records holding records, lists, a dictionary, a
    /// generic envelope) that a service logs whole with <c>{@X}</c>, serializes and exports: the cost of walking object
    /// graphs (issue 13). Its own random stream, so the rest of the code is the marked variant's.
    /// </summary>
    DeepGraphs,
}

/// <summary>One project of a generated solution: its assembly name, the projects it references (direct and transitive, as the SDK passes them), its files.</summary>
public sealed class GeneratedProject
{
    public GeneratedProject(string name, IReadOnlyList<string> references, IReadOnlyList<(string Path, string Text)> files)
    {
        Name = name;
        References = references;
        Files = files;
    }

    /// <summary>The assembly name, e.g. <c>Shop.Web</c>.</summary>
    public string Name { get; }

    /// <summary>The names of the projects this one references, all of them earlier in <see cref="GeneratedSolution.Projects"/>.</summary>
    public IReadOnlyList<string> References { get; }

    /// <summary>The source files, with absolute paths under <c>/sln/src/&lt;project&gt;/</c>.</summary>
    public IReadOnlyList<(string Path, string Text)> Files { get; }

    public int Lines => Files.Sum(f => SolutionGenerator.LineCount(f.Text));
}

/// <summary>A generated solution: its projects in build order, and the global analyzer config of its variant.</summary>
public sealed class GeneratedSolution
{
    public GeneratedSolution(SolutionVariant variant, int modules, IReadOnlyList<GeneratedProject> projects, string? globalConfig)
    {
        Variant = variant;
        Modules = modules;
        Projects = projects;
        GlobalConfig = globalConfig;
    }

    public SolutionVariant Variant { get; }

    /// <summary>The size: how many feature modules (areas) the solution has.</summary>
    public int Modules { get; }

    /// <summary>Domain, Application, Infrastructure, Web: each after the projects it references.</summary>
    public IReadOnlyList<GeneratedProject> Projects { get; }

    /// <summary>The text of the solution's <c>.globalconfig</c> (<see cref="GlobalConfigPath"/>), or <see langword="null"/> when it has none.</summary>
    public string? GlobalConfig { get; }

    public static string GlobalConfigPath => "/sln/.globalconfig";

    public int Lines => Projects.Sum(p => p.Lines);

    public int Files => Projects.Sum(p => p.Files.Count);
}

/// <summary>
/// Writes a realistic multi-project ASP.NET Core-style web solution, deterministically from a seed, in three variants of
/// the same code (<see cref="SolutionVariant"/>): the random choices never depend on the variant, so the variants differ
/// only by the marker attributes and the global config. Projects: <c>Shop.Domain</c> (entities: customers, addresses,
/// orders, payments, products, and event records), <c>Shop.Application</c> (DTO records, repository and partner
/// interfaces, services with <c>ILogger&lt;T&gt;</c>, mapping, validation, pricing and reports), <c>Shop.Infrastructure</c>
/// (in-memory repositories, a typed <c>HttpClient</c> partner client, System.Text.Json and Newtonsoft.Json exports, a
/// Serilog legacy importer, the service registrations) and <c>Shop.Web</c> (controllers deriving from
/// <c>ControllerBase</c>, minimal API endpoints, middleware reading <c>HttpContext</c>, the start-up). References:
/// Application → Domain, Infrastructure → Application and Domain, Web → Application, Infrastructure and Domain.
/// <para>
/// The size is a number of feature modules (areas such as Sales, Billing, Shipping), about 1,460 lines each across
/// the four projects. Most methods do ordinary business work; about a third of them log, and about one log call,
/// serialization or HTTP call in ten touches personal data, a third of those behind a consent check and a third
/// through a redactor. Depends only on the BCL (the tests link it); the code compiles against the shared frameworks
/// Microsoft.NETCore.App and Microsoft.AspNetCore.App, Serilog, Newtonsoft.Json and (variant marked) PiiAnalyzers.Annotations.
/// </para>
/// </summary>
public static class SolutionGenerator
{
    public const string Domain = "Shop.Domain";
    public const string Application = "Shop.Application";
    public const string Infrastructure = "Shop.Infrastructure";
    public const string Web = "Shop.Web";

    /// <summary>The share, in percent, of the sink sites (log, serialization, HTTP, exception) that touch personal data.</summary>
    public const int PersonalSinkPercent = 10;

    private static readonly string[] AreaNames =
    {
        "Sales", "Billing", "Shipping", "Returns", "Loyalty", "Support", "Marketing", "Subscriptions", "Warehouse", "Catalog",
        "Invoicing", "Partners", "Rentals", "Bookings", "Memberships", "Insurance", "Travel", "Events", "Tickets", "Gifts",
    };

    /// <summary>The area (namespace part) of module <paramref name="index"/>: Sales, Billing, …, then Sales2, Billing2, ….</summary>
    public static string AreaName(int index) =>
        AreaNames[index % AreaNames.Length] + (index < AreaNames.Length ? "" : (index / AreaNames.Length + 1).ToString(CultureInfo.InvariantCulture));

    /// <summary>The solution of <paramref name="modules"/> feature modules (at least 1) in the given variant.</summary>
    public static GeneratedSolution Generate(int modules, SolutionVariant variant, int seed = 20261122)
    {
        if (modules < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(modules), modules, "at least one module");
        }

        bool marked = variant is SolutionVariant.Marked or SolutionVariant.DeepGraphs;
        var random = new Random(seed);
        var domain = new List<(string, string)> { File(Domain, "GlobalUsings.cs", GlobalUsings(web: false, marked)), File(Domain, "Common/Entity.cs", Common.DomainCommon()) };
        var application = new List<(string, string)>
        {
            File(Application, "GlobalUsings.cs", GlobalUsings(web: false, marked)),
            File(Application, "Common/Privacy.cs", Common.Privacy(marked)),
            File(Application, "Common/Errors.cs", Common.Errors()),
        };
        var infrastructure = new List<(string, string)> { File(Infrastructure, "GlobalUsings.cs", GlobalUsings(web: false, marked: false)) };
        var web = new List<(string, string)>
        {
            File(Web, "GlobalUsings.cs", GlobalUsings(web: true, marked: false)),
            File(Web, "Common/Middleware.cs", Common.Middleware(new ModuleWriter(random, "Common", 0, marked))),
        };

        var areas = new List<string>();
        for (int i = 0; i < modules; i++)
        {
            string area = AreaName(i);
            areas.Add(area);
            var m = new ModuleWriter(random, area, i, marked);
            domain.Add(File(Domain, $"{area}/Customer.cs", m.Customer()));
            domain.Add(File(Domain, $"{area}/Order.cs", m.Order()));
            domain.Add(File(Domain, $"{area}/Payment.cs", m.Payment()));
            domain.Add(File(Domain, $"{area}/Product.cs", m.Product()));
            domain.Add(File(Domain, $"{area}/Events.cs", m.Events()));
            application.Add(File(Application, $"{area}/Contracts.cs", m.Contracts()));
            application.Add(File(Application, $"{area}/Mapping.cs", m.Mapping()));
            application.Add(File(Application, $"{area}/Validators.cs", m.Validators()));
            application.Add(File(Application, $"{area}/CustomerService.cs", m.CustomerService()));
            application.Add(File(Application, $"{area}/OrderService.cs", m.OrderService()));
            application.Add(File(Application, $"{area}/ReportService.cs", m.ReportService()));
            infrastructure.Add(File(Infrastructure, $"{area}/Repositories.cs", m.Repositories()));
            infrastructure.Add(File(Infrastructure, $"{area}/PartnerClient.cs", m.PartnerClient()));
            infrastructure.Add(File(Infrastructure, $"{area}/Exports.cs", m.Exports()));
            web.Add(File(Web, $"{area}/CustomersController.cs", m.CustomersController()));
            web.Add(File(Web, $"{area}/OrdersController.cs", m.OrdersController()));
            web.Add(File(Web, $"{area}/Endpoints.cs", m.Endpoints()));
            if (variant == SolutionVariant.DeepGraphs)
            {
                var deep = new DeepGraphWriter(new Random(seed + i), area);
                domain.Add(File(Domain, $"{area}/Shipment.cs", deep.Shipment()));
                application.Add(File(Application, $"{area}/ShipmentService.cs", deep.ShipmentService()));
            }
        }

        application.Add(File(Application, "Common/ApplicationServices.cs", Common.ApplicationServices(areas)));
        infrastructure.Add(File(Infrastructure, "Common/InfrastructureServices.cs", Common.InfrastructureServices(areas)));
        web.Add(File(Web, "Startup.cs", Common.Startup(areas)));

        var projects = new List<GeneratedProject>
        {
            new(Domain, Array.Empty<string>(), domain),
            new(Application, new[] { Domain }, application),
            new(Infrastructure, new[] { Application, Domain }, infrastructure),
            new(Web, new[] { Application, Infrastructure, Domain }, web),
        };
        string? globalConfig = variant == SolutionVariant.Inference ? "is_global = true\npii_analyzers.infer_personal_data = true\n" : null;
        return new GeneratedSolution(variant, modules, projects, globalConfig);
    }

    internal static int LineCount(string text)
    {
        int lines = 0;
        foreach (char c in text)
        {
            if (c == '\n')
            {
                lines++;
            }
        }

        return lines;
    }

    private static (string, string) File(string project, string path, string text) => ($"/sln/src/{project}/{path}", text);

    /// <summary>What the SDK's implicit usings give a class library or a web project, and the package's namespace where markers are written.</summary>
    private static string GlobalUsings(bool web, bool marked)
    {
        var text = new StringBuilder();
        foreach (string ns in new[] { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" })
        {
            text.Append("global using ").Append(ns).Append(";\n");
        }

        if (web)
        {
            foreach (string ns in new[]
            {
                "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
                "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
                "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
            })
            {
                text.Append("global using ").Append(ns).Append(";\n");
            }
        }

        if (marked)
        {
            text.Append("global using PiiAnalyzers;\n");
        }

        return text.ToString();
    }

    /// <summary>The files every solution has once, whatever its size.</summary>
    private static class Common
    {
        public static string DomainCommon() => """
            namespace Shop.Domain.Common;

            public abstract class Entity
            {
                private readonly List<object> _events = new();

                public IReadOnlyList<object> PendingEvents => _events;

                protected void Raise(object domainEvent) => _events.Add(domainEvent);

                public void ClearEvents() => _events.Clear();
            }

            public sealed class DomainException : Exception
            {
                public DomainException(string message) : base(message) { }
            }

            public readonly record struct Money(decimal Amount, string Currency)
            {
                public static Money Zero(string currency) => new(0m, currency);

                public Money Add(Money other)
                {
                    if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
                    {
                        throw new DomainException($"Cannot add {other.Currency} to {Currency}.");
                    }

                    return new Money(Amount + other.Amount, Currency);
                }

                public Money Times(decimal factor) => new(Math.Round(Amount * factor, 2, MidpointRounding.ToEven), Currency);

                public override string ToString() => Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " " + Currency;
            }
            """;

        /// <summary>The consent service and the masking helpers: <c>[ConsentCheck]</c> and <c>[Redactor]</c> in the marked variant.</summary>
        public static string Privacy(bool marked)
        {
            string Check(string purpose) => marked ? $"[ConsentCheck(ConsentPurpose.{purpose})] " : "";
            string redactor = marked ? "[Redactor] " : "";
            return $$"""
                namespace Shop.Application.Common;

                public interface IConsentService
                {
                    {{Check("Diagnostics")}}bool AllowsDiagnostics(Guid customerId);

                    {{Check("ThirdPartySharing")}}bool AllowsPartnerSharing(Guid customerId);

                    {{Check("Marketing")}}bool AllowsMarketing(Guid customerId);
                }

                public sealed class ConsentService : IConsentService
                {
                    private readonly Dictionary<Guid, int> _grants = new();

                    public void Grant(Guid customerId, int flags) => _grants[customerId] = _grants.TryGetValue(customerId, out int existing) ? existing | flags : flags;

                    public bool AllowsDiagnostics(Guid customerId) => _grants.TryGetValue(customerId, out int flags) && (flags & 1) != 0;

                    public bool AllowsPartnerSharing(Guid customerId) => _grants.TryGetValue(customerId, out int flags) && (flags & 2) != 0;

                    public bool AllowsMarketing(Guid customerId) => _grants.TryGetValue(customerId, out int flags) && (flags & 4) != 0;
                }

                public static class Masking
                {
                    {{redactor}}public static string MaskEmail(string email)
                    {
                        int at = email.IndexOf('@');
                        return at <= 1 ? "***" : email[0] + new string('*', at - 1) + email.Substring(at);
                    }

                    {{redactor}}public static string LastDigits(string? value, int visible = 4)
                    {
                        if (string.IsNullOrEmpty(value))
                        {
                            return "";
                        }

                        return value.Length <= visible ? new string('*', value.Length) : new string('*', value.Length - visible) + value.Substring(value.Length - visible);
                    }

                    {{redactor}}public static string Initials(string firstName, string lastName) =>
                        (firstName.Length > 0 ? firstName.Substring(0, 1) : "") + (lastName.Length > 0 ? lastName.Substring(0, 1) : "");
                }
                """;
        }

        public static string Errors() => """
            namespace Shop.Application.Common;

            public sealed class ValidationException : Exception
            {
                public ValidationException(string message, IReadOnlyList<string> errors) : base(message) => Errors = errors;

                public IReadOnlyList<string> Errors { get; }
            }

            public sealed class NotFoundException : Exception
            {
                public NotFoundException(string entity, Guid id) : base($"{entity} {id} was not found.") { }
            }

            public interface IClock
            {
                DateTimeOffset UtcNow { get; }
            }

            public sealed class SystemClock : IClock
            {
                public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
            }

            public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
            {
                public int PageCount => PageSize == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;

                public bool HasNext => Page < PageCount;
            }
            """;

        public static string ApplicationServices(IReadOnlyList<string> areas)
        {
            var text = new StringBuilder("""
                using Microsoft.Extensions.DependencyInjection;
                using Shop.Application.Common;

                namespace Shop.Application;

                public static class ApplicationServices
                {
                    public static IServiceCollection AddApplication(this IServiceCollection services)
                    {
                        services.AddSingleton<IClock, SystemClock>();
                        services.AddSingleton<IConsentService, ConsentService>();

                """);
            foreach (string area in areas)
            {
                text.Append($"        services.AddScoped<{area}.CustomerService>();\n");
                text.Append($"        services.AddScoped<{area}.OrderService>();\n");
                text.Append($"        services.AddScoped<{area}.ReportService>();\n");
                text.Append($"        services.AddSingleton<{area}.CustomerValidator>();\n");
            }

            text.Append("        return services;\n    }\n}\n");
            return text.ToString();
        }

        public static string InfrastructureServices(IReadOnlyList<string> areas)
        {
            var text = new StringBuilder("""
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;

                namespace Shop.Infrastructure;

                public static class InfrastructureServices
                {
                    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
                    {
                        string partnerUrl = configuration["Partners:BaseUrl"] ?? "https://partner.example.com/";

                """);
            foreach (string area in areas)
            {
                string app = "Shop.Application." + area;
                text.Append($"        services.AddSingleton<{app}.ICustomerRepository, {area}.CustomerRepository>();\n");
                text.Append($"        services.AddSingleton<{app}.IOrderRepository, {area}.OrderRepository>();\n");
                text.Append($"        services.AddSingleton<{app}.IProductRepository, {area}.ProductRepository>();\n");
                text.Append($"        services.AddHttpClient<{app}.ICustomerPartner, {area}.CustomerPartnerClient>(client => client.BaseAddress = new Uri(partnerUrl + \"{area.ToLowerInvariant()}/\"));\n");
                text.Append($"        services.AddSingleton<{area}.OrderExporter>();\n");
            }

            text.Append("        return services;\n    }\n}\n");
            return text.ToString();
        }

        public static string Startup(IReadOnlyList<string> areas)
        {
            var text = new StringBuilder("""
                using Shop.Application;
                using Shop.Infrastructure;
                using Shop.Web.Common;

                namespace Shop.Web;

                public static class Startup
                {
                    public static WebApplication Build(string[] args)
                    {
                        var builder = WebApplication.CreateBuilder(args);
                        builder.Services.AddControllers();
                        builder.Services.AddApplication();
                        builder.Services.AddInfrastructure(builder.Configuration);
                        var app = builder.Build();
                        app.UseMiddleware<CorrelationMiddleware>();
                        app.UseMiddleware<RequestTimingMiddleware>();
                        app.UseMiddleware<ErrorHandlingMiddleware>();
                        app.MapControllers();

                """);
            foreach (string area in areas)
            {
                text.Append($"        {area}.{area}Endpoints.Map{area}Endpoints(app);\n");
            }

            text.Append("        return app;\n    }\n}\n");
            return text.ToString();
        }

        /// <summary>Middleware reading <c>HttpContext</c>: timing, correlation, error handling (one of them may log the client's IP address).</summary>
        public static string Middleware(ModuleWriter m) => $$"""
            using System.Diagnostics;
            using System.Text.Json;
            using Shop.Application.Common;

            namespace Shop.Web.Common;

            public sealed class RequestTimingMiddleware
            {
                private readonly RequestDelegate _next;
                private readonly ILogger<RequestTimingMiddleware> _logger;

                public RequestTimingMiddleware(RequestDelegate next, ILogger<RequestTimingMiddleware> logger)
                {
                    _next = next;
                    _logger = logger;
                }

                public async Task InvokeAsync(HttpContext context)
                {
                    var watch = Stopwatch.StartNew();
                    try
                    {
                        await _next(context);
                    }
                    finally
                    {
                        watch.Stop();
                        if (watch.ElapsedMilliseconds > 500)
                        {
                            _logger.LogWarning("Slow request {Method} {Path} took {Elapsed} ms with status {StatusCode}",
                                context.Request.Method, context.Request.Path.Value, watch.ElapsedMilliseconds, context.Response.StatusCode);
                        }
                    }
                }
            }

            public sealed class CorrelationMiddleware
            {
                public const string Header = "X-Correlation-Id";
                private readonly RequestDelegate _next;
                private readonly ILogger<CorrelationMiddleware> _logger;

                public CorrelationMiddleware(RequestDelegate next, ILogger<CorrelationMiddleware> logger)
                {
                    _next = next;
                    _logger = logger;
                }

                public Task InvokeAsync(HttpContext context)
                {
                    string id = context.Request.Headers.TryGetValue(Header, out var values) && values.Count > 0 ? values[0]! : Guid.NewGuid().ToString("N");
                    context.Items[Header] = id;
                    context.Response.Headers[Header] = id;
                    string client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                    {{m.Pick(50,
                        "_logger.LogDebug(\"Request {CorrelationId} {Method} {Path}\", id, context.Request.Method, context.Request.Path.Value);",
                        "_logger.LogDebug(\"Request {CorrelationId} from {Client}\", id, client);",
                        "_logger.LogDebug(\"Request {CorrelationId} from {Client}\", id, client.Length);",
                        "_logger.LogDebug(\"Request {CorrelationId} from {Client}\", id, client.Length);")}}
                    using (_logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
                    {
                        return _next(context);
                    }
                }
            }

            public sealed class ErrorHandlingMiddleware
            {
                private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
                private readonly RequestDelegate _next;
                private readonly ILogger<ErrorHandlingMiddleware> _logger;

                public ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger)
                {
                    _next = next;
                    _logger = logger;
                }

                public async Task InvokeAsync(HttpContext context)
                {
                    try
                    {
                        await _next(context);
                    }
                    catch (ValidationException e)
                    {
                        context.Response.StatusCode = StatusCodes.Status400BadRequest;
                        context.Response.ContentType = "application/problem+json";
                        await context.Response.WriteAsync(JsonSerializer.Serialize(new { title = "Validation failed", errors = e.Errors }, Json));
                    }
                    catch (NotFoundException e)
                    {
                        _logger.LogInformation("Not found: {Message}", e.Message);
                        context.Response.StatusCode = StatusCodes.Status404NotFound;
                    }
                    catch (Exception e) when (!context.Response.HasStarted)
                    {
                        _logger.LogError(e, "Unhandled error on {Path}", context.Request.Path.Value);
                        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    }
                }
            }
            """;
    }

    /// <summary>Writes the files of one feature module; every random choice is made here, in the same order for every variant.</summary>
    private sealed class ModuleWriter
    {
        private readonly Random _random;
        private readonly string _area;
        private readonly int _index;
        private readonly bool _marked;

        public ModuleWriter(Random random, string area, int index, bool marked)
        {
            _random = random;
            _area = area;
            _index = index;
            _marked = marked;
        }

        private string Lower => _area.ToLowerInvariant();

        /// <summary><c>[PersonalData(PersonalDataKind.X)] </c> in the marked variant, else nothing.</summary>
        private string P(string kind) => _marked ? $"[PersonalData(PersonalDataKind.{kind})] " : "";

        private int N(int min, int max) => _random.Next(min, max + 1);

        private string D(int min, int max) => N(min, max).ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// A sink site: <paramref name="plain"/> (no personal data), or with probability <paramref name="personalPercent"/>
        /// one of the forms that touch personal data: as is (a leak where marked), through a redactor, or behind a consent check.
        /// </summary>
        public string Pick(int personalPercent, string plain, string leak, string redacted, string consented)
        {
            if (_random.Next(100) >= personalPercent)
            {
                return plain;
            }

            return _random.Next(3) switch
            {
                0 => leak,
                1 => redacted,
                _ => consented,
            };
        }

        /// <summary>A log line of no personal data, picked from a few; or nothing (most methods do not log).</summary>
        private string MaybeLog(int percent, string logger, params string[] lines) =>
            _random.Next(100) < percent ? logger + lines[_random.Next(lines.Length)] : "// no logging here";

        public string Customer()
        {
            bool typeMarked = _index % 2 == 0;
            string addressType = typeMarked ? P("PostalAddress") : "";
            string addressMember = typeMarked ? "" : P("PostalAddress");
            int rate = N(5, 20);
            return $$"""
                using Shop.Domain.Common;

                namespace Shop.Domain.{{_area}};

                public enum CustomerStatus
                {
                    Prospect,
                    Active,
                    Suspended,
                    Closed,
                }

                public sealed class Customer : Entity
                {
                    private readonly List<string> _tags = new();

                    public Guid Id { get; init; } = Guid.NewGuid();

                    {{P("Name")}}public string FirstName { get; set; } = "";

                    {{P("Name")}}public string LastName { get; set; } = "";

                    {{P("Email")}}public string Email { get; set; } = "";

                    {{P("Phone")}}public string? PhoneNumber { get; set; }

                    {{P("DateOfBirth")}}public DateOnly DateOfBirth { get; set; }

                    public Address ShippingAddress { get; set; } = new();

                    public Address? BillingAddress { get; set; }

                    public CustomerStatus Status { get; private set; } = CustomerStatus.Prospect;

                    public int LoyaltyPoints { get; private set; }

                    public decimal CreditLimit { get; set; } = {{D(3, 20)}}00m;

                    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

                    public DateTimeOffset? LastOrderAt { get; private set; }

                    public IReadOnlyList<string> Tags => _tags;

                    public bool IsActive => Status == CustomerStatus.Active;

                    public void Activate()
                    {
                        if (Status == CustomerStatus.Closed)
                        {
                            throw new DomainException("A closed customer cannot be activated.");
                        }

                        Status = CustomerStatus.Active;
                    }

                    public void Suspend(int daysOverdue)
                    {
                        if (Status != CustomerStatus.Active)
                        {
                            return;
                        }

                        Status = daysOverdue > {{D(14, 60)}} ? CustomerStatus.Suspended : Status;
                    }

                    public void Close() => Status = CustomerStatus.Closed;

                    public int AddPoints(decimal orderTotal, DateTimeOffset at)
                    {
                        if (!IsActive || orderTotal <= 0m)
                        {
                            return 0;
                        }

                        int points = (int)Math.Floor(orderTotal / {{rate}}m);
                        if (LastOrderAt is { } last && (at - last).TotalDays < 30)
                        {
                            points += points / {{D(3, 10)}};
                        }

                        LoyaltyPoints += points;
                        LastOrderAt = at;
                        return points;
                    }

                    public bool TryRedeem(int points)
                    {
                        if (points <= 0 || points > LoyaltyPoints)
                        {
                            return false;
                        }

                        LoyaltyPoints -= points;
                        return true;
                    }

                    public void Tag(string tag)
                    {
                        string normalized = tag.Trim().ToLowerInvariant().Replace(' ', '-');
                        if (normalized.Length > 0 && !_tags.Contains(normalized))
                        {
                            _tags.Add(normalized);
                        }
                    }

                    public int AgeOn(DateOnly day)
                    {
                        int age = day.Year - DateOfBirth.Year;
                        return DateOfBirth > day.AddYears(-age) ? age - 1 : age;
                    }

                    public decimal AvailableCredit(decimal openBalance) => Math.Max(0m, CreditLimit - openBalance);
                }

                {{addressType}}public sealed class Address
                {
                    {{addressMember}}public string Street { get; set; } = "";

                    {{addressMember}}public string City { get; set; } = "";

                    {{addressMember}}public string PostalCode { get; set; } = "";

                    public string CountryCode { get; set; } = "{{(_index % 3 == 0 ? "DE" : _index % 3 == 1 ? "FR" : "NL")}}";

                    public bool IsVerified { get; set; }

                    public bool IsDomestic(string home) => string.Equals(CountryCode, home, StringComparison.OrdinalIgnoreCase);

                    public int ShippingZone() => CountryCode switch
                    {
                        "DE" or "AT" or "CH" => 1,
                        "FR" or "NL" or "BE" or "LU" => 2,
                        _ => 3,
                    };
                }
                """;
        }

        public string Order()
        {
            int freeShipping = N(3, 12) * 10;
            return $$"""
                using Shop.Domain.Common;

                namespace Shop.Domain.{{_area}};

                public enum OrderStatus
                {
                    Draft,
                    Placed,
                    Paid,
                    Shipped,
                    Delivered,
                    Cancelled,
                }

                public sealed class OrderLine
                {
                    public OrderLine(string sku, int quantity, decimal unitPrice)
                    {
                        Sku = sku;
                        Quantity = quantity;
                        UnitPrice = unitPrice;
                    }

                    public string Sku { get; }

                    public int Quantity { get; private set; }

                    public decimal UnitPrice { get; }

                    public decimal Discount { get; set; }

                    public decimal Amount => Math.Round(UnitPrice * Quantity * (1m - Discount), 2);

                    public void Increase(int quantity) => Quantity += quantity;
                }

                public sealed class Order : Entity
                {
                    private readonly List<OrderLine> _lines = new();

                    public Order(Guid customerId, Address shipTo)
                    {
                        CustomerId = customerId;
                        ShipTo = shipTo;
                    }

                    public Guid Id { get; } = Guid.NewGuid();

                    public Guid CustomerId { get; }

                    public Address ShipTo { get; private set; }

                    public OrderStatus Status { get; private set; } = OrderStatus.Draft;

                    public DateTimeOffset? PlacedAt { get; private set; }

                    public string? TrackingNumber { get; private set; }

                    public IReadOnlyList<OrderLine> Lines => _lines;

                    public decimal Subtotal => _lines.Sum(l => l.Amount);

                    public decimal ShippingCost => Subtotal >= {{freeShipping}}m ? 0m : ShipTo.ShippingZone() * {{D(3, 6)}}.90m;

                    public decimal Total => Subtotal + ShippingCost;

                    public void AddLine(string sku, int quantity, decimal unitPrice)
                    {
                        EnsureDraft();
                        if (quantity <= 0)
                        {
                            throw new DomainException($"Quantity must be positive, was {quantity}.");
                        }

                        var existing = _lines.FirstOrDefault(l => l.Sku == sku);
                        if (existing is not null)
                        {
                            existing.Increase(quantity);
                        }
                        else
                        {
                            _lines.Add(new OrderLine(sku, quantity, unitPrice));
                        }
                    }

                    public bool RemoveLine(string sku)
                    {
                        EnsureDraft();
                        return _lines.RemoveAll(l => l.Sku == sku) > 0;
                    }

                    public void ApplyVolumeDiscount()
                    {
                        foreach (var line in _lines)
                        {
                            line.Discount = line.Quantity switch
                            {
                                >= {{D(50, 100)}} => 0.15m,
                                >= {{D(20, 49)}} => 0.10m,
                                >= {{D(5, 19)}} => 0.05m,
                                _ => 0m,
                            };
                        }
                    }

                    public void Place(DateTimeOffset at)
                    {
                        EnsureDraft();
                        if (_lines.Count == 0)
                        {
                            throw new DomainException("An order needs at least one line.");
                        }

                        Status = OrderStatus.Placed;
                        PlacedAt = at;
                        Raise(new OrderPlaced(Id, CustomerId, Total, _lines.Count, at));
                    }

                    public void MarkPaid()
                    {
                        if (Status != OrderStatus.Placed)
                        {
                            throw new DomainException($"Order {Id} cannot be paid in status {Status}.");
                        }

                        Status = OrderStatus.Paid;
                    }

                    public void Ship(string carrier, string trackingNumber)
                    {
                        if (Status != OrderStatus.Paid)
                        {
                            throw new DomainException($"Order {Id} is not paid.");
                        }

                        TrackingNumber = trackingNumber;
                        Status = OrderStatus.Shipped;
                        Raise(new ShipmentDispatched(Id, carrier, trackingNumber));
                    }

                    public void Cancel()
                    {
                        if (Status is OrderStatus.Shipped or OrderStatus.Delivered)
                        {
                            throw new DomainException($"Order {Id} has already shipped.");
                        }

                        Status = OrderStatus.Cancelled;
                    }

                    public void Redirect(Address address)
                    {
                        EnsureDraft();
                        ShipTo = address;
                    }

                    private void EnsureDraft()
                    {
                        if (Status != OrderStatus.Draft)
                        {
                            throw new DomainException($"Order {Id} is {Status} and can no longer change.");
                        }
                    }
                }
                """;
        }

        public string Payment() => $$"""
            using Shop.Domain.Common;

            namespace Shop.Domain.{{_area}};

            public enum PaymentStatus
            {
                Pending,
                Authorized,
                Captured,
                Refunded,
                Failed,
            }

            public sealed class Payment : Entity
            {
                public Payment(Guid orderId, Money amount)
                {
                    OrderId = orderId;
                    Amount = amount;
                }

                public Guid Id { get; } = Guid.NewGuid();

                public Guid OrderId { get; }

                public Money Amount { get; }

                public Money Refunded { get; private set; }

                {{P("Name")}}public string CardHolderName { get; set; } = "";

                {{P("PaymentCard")}}public string CardNumber { get; set; } = "";

                {{P("BankAccount")}}public string? Iban { get; set; }

                public string? AuthorizationCode { get; private set; }

                public PaymentStatus Status { get; private set; } = PaymentStatus.Pending;

                public int Attempts { get; private set; }

                public bool IsCardValid()
                {
                    int sum = 0;
                    bool doubleIt = false;
                    for (int i = CardNumber.Length - 1; i >= 0; i--)
                    {
                        char c = CardNumber[i];
                        if (c == ' ')
                        {
                            continue;
                        }

                        if (!char.IsDigit(c))
                        {
                            return false;
                        }

                        int digit = c - '0';
                        if (doubleIt)
                        {
                            digit *= 2;
                            if (digit > 9)
                            {
                                digit -= 9;
                            }
                        }

                        sum += digit;
                        doubleIt = !doubleIt;
                    }

                    return sum % 10 == 0;
                }

                public void Authorize(string code)
                {
                    Attempts++;
                    if (Status != PaymentStatus.Pending)
                    {
                        throw new DomainException($"Payment {Id} is {Status}.");
                    }

                    AuthorizationCode = code;
                    Status = PaymentStatus.Authorized;
                }

                public void Fail()
                {
                    Attempts++;
                    Status = Attempts >= {{D(3, 5)}} ? PaymentStatus.Failed : PaymentStatus.Pending;
                }

                public void Capture()
                {
                    if (Status != PaymentStatus.Authorized)
                    {
                        throw new DomainException($"Payment {Id} is not authorized.");
                    }

                    Status = PaymentStatus.Captured;
                    Raise(new PaymentCaptured(Id, OrderId, Amount.Amount, Amount.Currency));
                }

                public Money Refund(decimal amount)
                {
                    if (Status != PaymentStatus.Captured || amount <= 0m)
                    {
                        throw new DomainException("Only a captured payment can be refunded.");
                    }

                    decimal left = Amount.Amount - Refunded.Amount;
                    decimal refund = Math.Min(left, amount);
                    Refunded = new Money(Refunded.Amount + refund, Amount.Currency);
                    if (Refunded.Amount == Amount.Amount)
                    {
                        Status = PaymentStatus.Refunded;
                    }

                    return new Money(refund, Amount.Currency);
                }
            }
            """;

        public string Product() => $$"""
            namespace Shop.Domain.{{_area}};

            public enum ProductCategory
            {
                Books,
                Electronics,
                Garden,
                Kitchen,
                Toys,
            }

            public sealed class Product
            {
                public Guid Id { get; init; } = Guid.NewGuid();

                public string Sku { get; init; } = "";

                public string Name { get; set; } = "";

                public string Description { get; set; } = "";

                public ProductCategory Category { get; set; }

                public decimal UnitPrice { get; set; }

                public int Stock { get; private set; }

                public int Reserved { get; private set; }

                public decimal WeightKg { get; set; }

                public int Available => Stock - Reserved;

                public bool Reserve(int quantity)
                {
                    if (quantity <= 0 || quantity > Available)
                    {
                        return false;
                    }

                    Reserved += quantity;
                    return true;
                }

                public void Release(int quantity) => Reserved = Math.Max(0, Reserved - quantity);

                public void Restock(int quantity)
                {
                    if (quantity < 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(quantity));
                    }

                    Stock += quantity;
                }

                public decimal PriceFor(int quantity)
                {
                    decimal price = UnitPrice * quantity;
                    if (quantity >= {{D(10, 30)}})
                    {
                        price *= 0.9{{D(0, 5)}}m;
                    }

                    return Math.Round(price, 2, MidpointRounding.AwayFromZero);
                }

                public decimal ShippingWeight(int quantity) => WeightKg * quantity + (Category == ProductCategory.Electronics ? 0.{{D(2, 9)}}m : 0.1m);

                public string Slug() => string.Join("-", Name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            """;

        public string Events() => $$"""
            namespace Shop.Domain.{{_area}};

            public sealed record CustomerRegistered(Guid CustomerId, {{P("Email")}}string Email, DateTimeOffset At);

            public sealed record OrderPlaced(Guid OrderId, Guid CustomerId, decimal Total, int LineCount, DateTimeOffset At);

            public sealed record PaymentCaptured(Guid PaymentId, Guid OrderId, decimal Amount, string Currency);

            public sealed record ShipmentDispatched(Guid OrderId, string Carrier, string TrackingNumber);

            public sealed record SignInRecorded(Guid CustomerId, {{P("IpAddress")}}string IpAddress, bool Succeeded, DateTimeOffset At);

            public sealed record StockLow(string Sku, int Available, int Threshold);
            """;

        public string Contracts() => $$"""
            using Shop.Domain.{{_area}};

            namespace Shop.Application.{{_area}};

            public sealed record CustomerDto(Guid Id, string DisplayName, string Email, string Status, int LoyaltyPoints);

            public sealed record AddressDto(string Street, string City, string PostalCode, string CountryCode);

            public sealed record RegisterCustomerCommand(string FirstName, string LastName, string Email, string? PhoneNumber, DateOnly DateOfBirth, AddressDto Address);

            public sealed record OrderLineDto(string Sku, int Quantity);

            public sealed record PlaceOrderCommand(Guid CustomerId, IReadOnlyList<OrderLineDto> Lines, string? CouponCode);

            public sealed record OrderDto(Guid Id, Guid CustomerId, string Status, decimal Total, int LineCount, DateTimeOffset? PlacedAt);

            public sealed record ProductDto(Guid Id, string Sku, string Name, decimal UnitPrice, int Available);

            public sealed record SalesReportRow(string Sku, int Quantity, decimal Revenue, decimal Share);

            public interface ICustomerRepository
            {
                Task<Customer?> FindAsync(Guid id, CancellationToken cancellationToken);

                Task<Customer?> FindByEmailAsync(string email, CancellationToken cancellationToken);

                Task AddAsync(Customer customer, CancellationToken cancellationToken);

                Task<IReadOnlyList<Customer>> ListActiveAsync(int skip, int take, CancellationToken cancellationToken);
            }

            public interface IOrderRepository
            {
                Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken);

                Task<IReadOnlyList<Order>> ForCustomerAsync(Guid customerId, CancellationToken cancellationToken);

                Task<IReadOnlyList<Order>> PlacedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

                Task SaveAsync(Order order, CancellationToken cancellationToken);
            }

            public interface IProductRepository
            {
                Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken);

                Task<Product?> FindBySkuAsync(string sku, CancellationToken cancellationToken);

                Task<IReadOnlyList<Product>> ListAsync(ProductCategory? category, CancellationToken cancellationToken);
            }

            public interface ICustomerPartner
            {
                Task<bool> SyncAsync(Customer customer, CancellationToken cancellationToken);

                Task<int> PushOrdersAsync(IReadOnlyList<Order> orders, CancellationToken cancellationToken);

                Task<decimal?> CreditScoreAsync(Customer customer, CancellationToken cancellationToken);
            }
            """;

        public string Mapping() => $$"""
            using Shop.Domain.{{_area}};

            namespace Shop.Application.{{_area}};

            public static class Mapping
            {
                public static CustomerDto ToDto(this Customer customer) =>
                    new(customer.Id, customer.FirstName + " " + customer.LastName, customer.Email, customer.Status.ToString(), customer.LoyaltyPoints);

                public static AddressDto ToDto(this Address address) => new(address.Street, address.City, address.PostalCode, address.CountryCode);

                public static Address ToAddress(this AddressDto dto) => new()
                {
                    Street = dto.Street.Trim(),
                    City = dto.City.Trim(),
                    PostalCode = dto.PostalCode.Replace(" ", ""),
                    CountryCode = dto.CountryCode.ToUpperInvariant(),
                };

                public static Customer ToCustomer(this RegisterCustomerCommand command) => new()
                {
                    FirstName = command.FirstName.Trim(),
                    LastName = command.LastName.Trim(),
                    Email = command.Email.Trim().ToLowerInvariant(),
                    PhoneNumber = string.IsNullOrWhiteSpace(command.PhoneNumber) ? null : command.PhoneNumber,
                    DateOfBirth = command.DateOfBirth,
                    ShippingAddress = command.Address.ToAddress(),
                };

                public static OrderDto ToDto(this Order order) =>
                    new(order.Id, order.CustomerId, order.Status.ToString(), order.Total, order.Lines.Count, order.PlacedAt);

                public static ProductDto ToDto(this Product product) => new(product.Id, product.Sku, product.Name, product.UnitPrice, product.Available);

                public static IReadOnlyList<OrderDto> ToDtos(this IEnumerable<Order> orders) => orders.Select(o => o.ToDto()).ToList();
            }
            """;

        public string Validators()
        {
            string emailError = Pick(PersonalSinkPercent * 3,
                "errors.Add(\"The e-mail address is not valid.\");",
                "errors.Add($\"The e-mail address {command.Email} is not valid.\");",
                "errors.Add($\"The e-mail address {Masking.MaskEmail(command.Email)} is not valid.\");",
                "errors.Add(\"The e-mail address is not valid.\");");
            string thrown = Pick(PersonalSinkPercent * 3,
                "throw new ValidationException($\"{errors.Count} validation error(s) in the registration.\", errors);",
                "throw new ValidationException($\"Registration of {command.Email} is not valid.\", errors);",
                "throw new ValidationException($\"Registration of {Masking.MaskEmail(command.Email)} is not valid.\", errors);",
                "throw new ValidationException($\"{errors.Count} validation error(s) in the registration.\", errors);");
            string postalCode = "^[0-9A-Z]{4," + D(6, 8) + "}$";
            return $$"""
                using System.Text.RegularExpressions;
                using Shop.Application.Common;

                namespace Shop.Application.{{_area}};

                public sealed class CustomerValidator
                {
                    private static readonly Regex PostalCode = new("{{postalCode}}", RegexOptions.Compiled);
                    private readonly IClock _clock;

                    public CustomerValidator(IClock clock) => _clock = clock;

                    public IReadOnlyList<string> Validate(RegisterCustomerCommand command)
                    {
                        var errors = new List<string>();
                        if (string.IsNullOrWhiteSpace(command.FirstName) || command.FirstName.Length > {{D(40, 100)}})
                        {
                            errors.Add("The first name is required and at most {{D(40, 100)}} characters long.");
                        }

                        if (string.IsNullOrWhiteSpace(command.LastName))
                        {
                            errors.Add("The last name is required.");
                        }

                        int at = command.Email.IndexOf('@');
                        if (at <= 0 || at != command.Email.LastIndexOf('@') || command.Email.IndexOf('.', at) < 0)
                        {
                            {{emailError}}
                        }

                        var today = DateOnly.FromDateTime(_clock.UtcNow.UtcDateTime);
                        if (command.DateOfBirth > today.AddYears(-{{D(16, 18)}}))
                        {
                            errors.Add("Customers must be adults.");
                        }

                        if (!PostalCode.IsMatch(command.Address.PostalCode.Replace(" ", "").ToUpperInvariant()))
                        {
                            errors.Add("The postal code is not valid.");
                        }

                        return errors;
                    }

                    public void EnsureValid(RegisterCustomerCommand command)
                    {
                        var errors = Validate(command);
                        if (errors.Count > 0)
                        {
                            {{thrown}}
                        }
                    }

                    public static IReadOnlyList<string> ValidateOrder(PlaceOrderCommand command)
                    {
                        var errors = new List<string>();
                        if (command.Lines.Count == 0)
                        {
                            errors.Add("An order needs at least one line.");
                        }

                        foreach (var group in command.Lines.GroupBy(l => l.Sku).Where(g => g.Count() > 1))
                        {
                            errors.Add($"The SKU {group.Key} appears {group.Count()} times.");
                        }

                        if (command.Lines.Any(l => l.Quantity <= 0 || l.Quantity > {{D(100, 999)}}))
                        {
                            errors.Add("Quantities must be between 1 and {{D(100, 999)}}.");
                        }

                        if (command.CouponCode is { Length: > 0 } coupon && !coupon.All(char.IsLetterOrDigit))
                        {
                            errors.Add("The coupon code may only contain letters and digits.");
                        }

                        return errors;
                    }
                }
                """;
        }

        public string CustomerService()
        {
            const string Logger = "_logger.";
            string registered = Pick(PersonalSinkPercent,
                "_logger.LogInformation(\"Registered customer {CustomerId} in {Area}\", customer.Id, \"" + _area + "\");",
                "_logger.LogInformation(\"Registered customer {CustomerId} with {Email}\", customer.Id, customer.Email);",
                "_logger.LogInformation(\"Registered customer {CustomerId} with {Email}\", customer.Id, Masking.MaskEmail(customer.Email));",
                "if (_consents.AllowsDiagnostics(customer.Id))\n        {\n            _logger.LogDebug(\"Registered {Name} <{Email}>\", customer.FirstName, customer.Email);\n        }");
            string duplicate = Pick(PersonalSinkPercent * 2,
                "_logger.LogWarning(\"Registration rejected: the e-mail address is taken\");",
                "_logger.LogWarning(\"Registration rejected: {Email} is taken\", command.Email);",
                "_logger.LogWarning(\"Registration rejected: {Email} is taken\", Masking.MaskEmail(command.Email));",
                "_logger.LogWarning(\"Registration rejected: the e-mail address is taken\");");
            string suspended = Pick(PersonalSinkPercent,
                "_logger.LogInformation(\"Suspended {Count} of {Total} customers\", suspended, customers.Count);",
                "_logger.LogInformation(\"Suspended {Names}\", string.Join(\", \", customers.Where(c => c.Status == CustomerStatus.Suspended).Select(c => c.LastName)));",
                "_logger.LogInformation(\"Suspended {Count} of {Total} customers\", suspended, customers.Count);",
                "_logger.LogInformation(\"Suspended {Count} of {Total} customers\", suspended, customers.Count);");
            string phone = Pick(PersonalSinkPercent * 2,
                "_logger.LogDebug(\"Contact details of {CustomerId} updated\", customer.Id);",
                "_logger.LogDebug(\"Phone of {CustomerId} is now {Phone}\", customer.Id, customer.PhoneNumber);",
                "_logger.LogDebug(\"Phone of {CustomerId} is now {Phone}\", customer.Id, Masking.LastDigits(customer.PhoneNumber));",
                "if (_consents.AllowsDiagnostics(customer.Id))\n        {\n            _logger.LogDebug(\"Phone of {CustomerId} is now {Phone}\", customer.Id, customer.PhoneNumber);\n        }");
            return $$"""
                using Microsoft.Extensions.Logging;
                using Shop.Application.Common;
                using Shop.Domain.{{_area}};

                namespace Shop.Application.{{_area}};

                public sealed class CustomerService
                {
                    private readonly ILogger<CustomerService> _logger;
                    private readonly ICustomerRepository _customers;
                    private readonly IOrderRepository _orders;
                    private readonly IConsentService _consents;
                    private readonly CustomerValidator _validator;
                    private readonly IClock _clock;

                    public CustomerService(ILogger<CustomerService> logger, ICustomerRepository customers, IOrderRepository orders, IConsentService consents, CustomerValidator validator, IClock clock)
                    {
                        _logger = logger;
                        _customers = customers;
                        _orders = orders;
                        _consents = consents;
                        _validator = validator;
                        _clock = clock;
                    }

                    public async Task<CustomerDto> RegisterAsync(RegisterCustomerCommand command, CancellationToken cancellationToken)
                    {
                        _validator.EnsureValid(command);
                        if (await _customers.FindByEmailAsync(command.Email.Trim().ToLowerInvariant(), cancellationToken) is not null)
                        {
                            {{duplicate}}
                            throw new ValidationException("Registration rejected.", new[] { "The e-mail address is already registered." });
                        }

                        var customer = command.ToCustomer();
                        customer.Activate();
                        await _customers.AddAsync(customer, cancellationToken);
                        {{registered}}
                        return customer.ToDto();
                    }

                    public async Task<CustomerDto> GetAsync(Guid id, CancellationToken cancellationToken)
                    {
                        var customer = await _customers.FindAsync(id, cancellationToken) ?? throw new NotFoundException(nameof(Customer), id);
                        return customer.ToDto();
                    }

                    public async Task<PagedResult<CustomerDto>> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
                    {
                        page = Math.Max(1, page);
                        pageSize = Math.Clamp(pageSize, 1, {{D(50, 200)}});
                        var customers = await _customers.ListActiveAsync((page - 1) * pageSize, pageSize + 1, cancellationToken);
                        var items = customers.Take(pageSize).Select(c => c.ToDto()).ToList();
                        {{MaybeLog(25, Logger, "LogDebug(\"Listed page {Page} with {Count} customers\", page, items.Count);", "LogTrace(\"Customer page {Page} of size {PageSize}\", page, pageSize);")}}
                        return new PagedResult<CustomerDto>(items, page, pageSize, (page - 1) * pageSize + customers.Count);
                    }

                    public async Task<int> AwardPointsAsync(Guid customerId, CancellationToken cancellationToken)
                    {
                        var customer = await _customers.FindAsync(customerId, cancellationToken) ?? throw new NotFoundException(nameof(Customer), customerId);
                        var orders = await _orders.ForCustomerAsync(customerId, cancellationToken);
                        int awarded = 0;
                        foreach (var order in orders.Where(o => o.Status == OrderStatus.Delivered).OrderBy(o => o.PlacedAt))
                        {
                            awarded += customer.AddPoints(order.Total, order.PlacedAt ?? _clock.UtcNow);
                        }

                        {{MaybeLog(35, Logger, "LogInformation(\"Awarded {Points} points to {CustomerId}\", awarded, customer.Id);", "LogDebug(\"Points awarded: {Points}\", awarded);")}}
                        return awarded;
                    }

                    public async Task<int> SuspendOverdueAsync(IReadOnlyDictionary<Guid, int> daysOverdue, CancellationToken cancellationToken)
                    {
                        var customers = await _customers.ListActiveAsync(0, int.MaxValue, cancellationToken);
                        int suspended = 0;
                        foreach (var customer in customers)
                        {
                            if (daysOverdue.TryGetValue(customer.Id, out int days))
                            {
                                customer.Suspend(days);
                                suspended += customer.Status == CustomerStatus.Suspended ? 1 : 0;
                            }
                        }

                        {{suspended}}
                        return suspended;
                    }

                    public async Task UpdatePhoneAsync(Guid customerId, string? phoneNumber, CancellationToken cancellationToken)
                    {
                        var customer = await _customers.FindAsync(customerId, cancellationToken) ?? throw new NotFoundException(nameof(Customer), customerId);
                        string? digits = phoneNumber is null ? null : new string(phoneNumber.Where(c => char.IsDigit(c) || c == '+').ToArray());
                        customer.PhoneNumber = string.IsNullOrEmpty(digits) ? null : digits;
                        {{phone}}
                    }

                    public static string Segment(Customer customer, decimal yearlyRevenue)
                    {
                        if (!customer.IsActive)
                        {
                            return "inactive";
                        }

                        return (yearlyRevenue, customer.LoyaltyPoints) switch
                        {
                            ( >= {{D(5, 20)}}000m, _) => "gold",
                            (_, >= {{D(1, 5)}}000) => "gold",
                            ( >= {{D(1, 4)}}000m, _) => "silver",
                            _ => "standard",
                        };
                    }

                    public IReadOnlyDictionary<string, int> TagHistogram(IEnumerable<Customer> customers)
                    {
                        var histogram = new SortedDictionary<string, int>(StringComparer.Ordinal);
                        foreach (var tag in customers.SelectMany(c => c.Tags))
                        {
                            histogram[tag] = histogram.TryGetValue(tag, out int count) ? count + 1 : 1;
                        }

                        return histogram;
                    }
                }
                """;
        }

        public string OrderService()
        {
            const string Logger = "_logger.";
            string placed = Pick(PersonalSinkPercent,
                "_logger.LogInformation(\"Order {OrderId} placed with {Lines} lines, total {Total}\", order.Id, order.Lines.Count, order.Total);",
                "_logger.LogInformation(\"Order {OrderId} placed, ships to {Street}, {City}\", order.Id, customer.ShippingAddress.Street, customer.ShippingAddress.City);",
                "_logger.LogInformation(\"Order {OrderId} placed by {Initials}\", order.Id, Masking.Initials(customer.FirstName, customer.LastName));",
                "if (_consents.AllowsDiagnostics(customer.Id))\n        {\n            _logger.LogDebug(\"Order {OrderId} ships to {Address}\", order.Id, customer.ShippingAddress.Street + \", \" + customer.ShippingAddress.City);\n        }");
            string credit = Pick(PersonalSinkPercent * 2,
                "throw new InvalidOperationException($\"Order total {order.Total} exceeds the available credit {available}.\");",
                "throw new InvalidOperationException($\"Order total {order.Total} exceeds the credit of {customer.FirstName} {customer.LastName}.\");",
                "throw new InvalidOperationException($\"Order total {order.Total} exceeds the credit of customer {customer.Id}.\");",
                "throw new InvalidOperationException($\"Order total {order.Total} exceeds the available credit {available}.\");");
            return $$"""
                using Microsoft.Extensions.Logging;
                using Shop.Application.Common;
                using Shop.Domain.{{_area}};

                namespace Shop.Application.{{_area}};

                public sealed class OrderService
                {
                    private static readonly IReadOnlyDictionary<string, decimal> Coupons = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
                    {
                        ["WELCOME{{D(5, 20)}}"] = 0.{{N(5, 20):D2}}m,
                        ["SPRING{{D(10, 30)}}"] = 0.{{N(10, 30):D2}}m,
                        ["LOYAL"] = 0.05m,
                    };

                    private readonly ILogger<OrderService> _logger;
                    private readonly ICustomerRepository _customers;
                    private readonly IOrderRepository _orders;
                    private readonly IProductRepository _products;
                    private readonly IConsentService _consents;
                    private readonly IClock _clock;

                    public OrderService(ILogger<OrderService> logger, ICustomerRepository customers, IOrderRepository orders, IProductRepository products, IConsentService consents, IClock clock)
                    {
                        _logger = logger;
                        _customers = customers;
                        _orders = orders;
                        _products = products;
                        _consents = consents;
                        _clock = clock;
                    }

                    public async Task<OrderDto> PlaceAsync(PlaceOrderCommand command, CancellationToken cancellationToken)
                    {
                        var errors = CustomerValidator.ValidateOrder(command);
                        if (errors.Count > 0)
                        {
                            throw new ValidationException("The order is not valid.", errors);
                        }

                        var customer = await _customers.FindAsync(command.CustomerId, cancellationToken) ?? throw new NotFoundException(nameof(Customer), command.CustomerId);
                        var order = new Order(customer.Id, customer.ShippingAddress);
                        foreach (var line in command.Lines)
                        {
                            var product = await _products.FindBySkuAsync(line.Sku, cancellationToken) ?? throw new ValidationException("Unknown product.", new[] { $"No product {line.Sku}." });
                            if (!product.Reserve(line.Quantity))
                            {
                                throw new ValidationException("Out of stock.", new[] { $"Only {product.Available} of {product.Sku} left." });
                            }

                            order.AddLine(product.Sku, line.Quantity, product.UnitPrice);
                        }

                        order.ApplyVolumeDiscount();
                        decimal discount = command.CouponCode is { } code && Coupons.TryGetValue(code, out decimal rate) ? rate : 0m;
                        var openOrders = await _orders.ForCustomerAsync(customer.Id, cancellationToken);
                        decimal open = openOrders.Where(o => o.Status is OrderStatus.Placed or OrderStatus.Paid).Sum(o => o.Total);
                        decimal available = customer.AvailableCredit(open);
                        if (order.Total * (1m - discount) > available)
                        {
                            {{credit}}
                        }

                        order.Place(_clock.UtcNow);
                        await _orders.SaveAsync(order, cancellationToken);
                        {{placed}}
                        return order.ToDto();
                    }

                    public async Task CancelAsync(Guid orderId, CancellationToken cancellationToken)
                    {
                        var order = await _orders.FindAsync(orderId, cancellationToken) ?? throw new NotFoundException(nameof(Order), orderId);
                        foreach (var line in order.Lines)
                        {
                            var product = await _products.FindBySkuAsync(line.Sku, cancellationToken);
                            product?.Release(line.Quantity);
                        }

                        order.Cancel();
                        await _orders.SaveAsync(order, cancellationToken);
                        {{MaybeLog(50, Logger, "LogInformation(\"Order {OrderId} cancelled\", order.Id);", "LogInformation(\"Order {OrderId} cancelled after {Minutes} minutes\", order.Id, (_clock.UtcNow - (order.PlacedAt ?? _clock.UtcNow)).TotalMinutes);")}}
                    }

                    public async Task<IReadOnlyList<OrderDto>> HistoryAsync(Guid customerId, int months, CancellationToken cancellationToken)
                    {
                        var since = _clock.UtcNow.AddMonths(-Math.Clamp(months, 1, {{D(12, 36)}}));
                        var orders = await _orders.ForCustomerAsync(customerId, cancellationToken);
                        return orders
                            .Where(o => o.PlacedAt >= since)
                            .OrderByDescending(o => o.PlacedAt)
                            .ToDtos();
                    }

                    public static decimal EstimateDeliveryDays(Order order, DayOfWeek today)
                    {
                        int days = order.ShipTo.ShippingZone() switch
                        {
                            1 => {{D(1, 2)}},
                            2 => {{D(2, 4)}},
                            _ => {{D(4, 9)}},
                        };

                        if (today is DayOfWeek.Friday or DayOfWeek.Saturday)
                        {
                            days += today == DayOfWeek.Friday ? 2 : 1;
                        }

                        return days + (order.Lines.Sum(l => l.Quantity) > {{D(20, 60)}} ? 1 : 0);
                    }

                    public async Task<int> ShipPaidAsync(string carrier, CancellationToken cancellationToken)
                    {
                        var orders = await _orders.PlacedBetweenAsync(_clock.UtcNow.AddDays(-{{D(7, 30)}}), _clock.UtcNow, cancellationToken);
                        int shipped = 0;
                        foreach (var order in orders.Where(o => o.Status == OrderStatus.Paid))
                        {
                            try
                            {
                                order.Ship(carrier, carrier.Substring(0, Math.Min(3, carrier.Length)).ToUpperInvariant() + order.Id.ToString("N").Substring(0, {{D(8, 12)}}));
                                await _orders.SaveAsync(order, cancellationToken);
                                shipped++;
                            }
                            catch (Shop.Domain.Common.DomainException e)
                            {
                                _logger.LogWarning(e, "Order {OrderId} could not ship", order.Id);
                            }
                        }

                        {{MaybeLog(60, Logger, "LogInformation(\"Shipped {Count} orders with {Carrier}\", shipped, carrier);", "LogDebug(\"{Count} orders shipped\", shipped);")}}
                        return shipped;
                    }
                }
                """;
        }

        public string ReportService()
        {
            const string Logger = "_logger.";
            return $$"""
                using System.Globalization;
                using System.Text;
                using Microsoft.Extensions.Logging;
                using Shop.Application.Common;
                using Shop.Domain.{{_area}};

                namespace Shop.Application.{{_area}};

                public sealed class ReportService
                {
                    private readonly ILogger<ReportService> _logger;
                    private readonly IOrderRepository _orders;
                    private readonly IProductRepository _products;
                    private readonly IClock _clock;

                    public ReportService(ILogger<ReportService> logger, IOrderRepository orders, IProductRepository products, IClock clock)
                    {
                        _logger = logger;
                        _orders = orders;
                        _products = products;
                        _clock = clock;
                    }

                    public async Task<IReadOnlyList<SalesReportRow>> TopProductsAsync(int days, int top, CancellationToken cancellationToken)
                    {
                        var to = _clock.UtcNow;
                        var orders = await _orders.PlacedBetweenAsync(to.AddDays(-days), to, cancellationToken);
                        var lines = orders.Where(o => o.Status != OrderStatus.Cancelled).SelectMany(o => o.Lines).ToList();
                        decimal revenue = lines.Sum(l => l.Amount);
                        var rows = lines
                            .GroupBy(l => l.Sku)
                            .Select(g => new SalesReportRow(g.Key, g.Sum(l => l.Quantity), g.Sum(l => l.Amount), revenue == 0m ? 0m : Math.Round(g.Sum(l => l.Amount) / revenue, 4)))
                            .OrderByDescending(r => r.Revenue)
                            .ThenBy(r => r.Sku, StringComparer.Ordinal)
                            .Take(top)
                            .ToList();
                        {{MaybeLog(40, Logger, "LogInformation(\"Top {Top} products over {Days} days: {Revenue} revenue\", top, days, revenue);", "LogDebug(\"Report over {Orders} orders\", orders.Count);")}}
                        return rows;
                    }

                    public async Task<IReadOnlyDictionary<string, decimal>> RevenueByMonthAsync(int year, CancellationToken cancellationToken)
                    {
                        var from = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
                        var orders = await _orders.PlacedBetweenAsync(from, from.AddYears(1), cancellationToken);
                        var result = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
                        for (int month = 1; month <= 12; month++)
                        {
                            result[$"{year}-{month:D2}"] = 0m;
                        }

                        foreach (var order in orders)
                        {
                            if (order.PlacedAt is { } at && order.Status != OrderStatus.Cancelled)
                            {
                                result[$"{at.Year}-{at.Month:D2}"] += order.Total;
                            }
                        }

                        return result;
                    }

                    public async Task<IReadOnlyList<StockLow>> LowStockAsync(int threshold, CancellationToken cancellationToken)
                    {
                        var products = await _products.ListAsync(null, cancellationToken);
                        var low = products.Where(p => p.Available < threshold).Select(p => new StockLow(p.Sku, p.Available, threshold)).ToList();
                        if (low.Count > {{D(5, 20)}})
                        {
                            _logger.LogWarning("{Count} products below {Threshold} units", low.Count, threshold);
                        }

                        return low;
                    }

                    public static string ToCsv(IEnumerable<SalesReportRow> rows)
                    {
                        var csv = new StringBuilder("sku;quantity;revenue;share\n");
                        foreach (var row in rows)
                        {
                            csv.Append(row.Sku).Append(';')
                                .Append(row.Quantity.ToString(CultureInfo.InvariantCulture)).Append(';')
                                .Append(row.Revenue.ToString("0.00", CultureInfo.InvariantCulture)).Append(';')
                                .Append((row.Share * 100m).ToString("0.0", CultureInfo.InvariantCulture)).Append('\n');
                        }

                        return csv.ToString();
                    }

                    public static (decimal Mean, decimal Median, decimal P{{D(90, 99)}}) Distribution(IReadOnlyList<decimal> totals)
                    {
                        if (totals.Count == 0)
                        {
                            return (0m, 0m, 0m);
                        }

                        var sorted = totals.OrderBy(t => t).ToArray();
                        decimal mean = sorted.Sum() / sorted.Length;
                        decimal median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2m;
                        int index = (int)Math.Ceiling(sorted.Length * 0.9m) - 1;
                        return (Math.Round(mean, 2), median, sorted[Math.Clamp(index, 0, sorted.Length - 1)]);
                    }
                }
                """;
        }

        public string Repositories()
        {
            const string Logger = "_logger.";
            return $$"""
                using System.Collections.Concurrent;
                using Microsoft.Extensions.Logging;
                using Shop.Application.{{_area}};
                using Shop.Domain.{{_area}};

                namespace Shop.Infrastructure.{{_area}};

                public sealed class CustomerRepository : ICustomerRepository
                {
                    private readonly ConcurrentDictionary<Guid, Customer> _byId = new();
                    private readonly ConcurrentDictionary<string, Guid> _byEmail = new(StringComparer.OrdinalIgnoreCase);
                    private readonly ILogger<CustomerRepository> _logger;

                    public CustomerRepository(ILogger<CustomerRepository> logger) => _logger = logger;

                    public Task<Customer?> FindAsync(Guid id, CancellationToken cancellationToken) =>
                        Task.FromResult(_byId.TryGetValue(id, out var customer) ? customer : null);

                    public Task<Customer?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
                        Task.FromResult(_byEmail.TryGetValue(email, out var id) && _byId.TryGetValue(id, out var customer) ? customer : null);

                    public Task AddAsync(Customer customer, CancellationToken cancellationToken)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (!_byEmail.TryAdd(customer.Email, customer.Id))
                        {
                            {{Pick(PersonalSinkPercent * 2,
                                "throw new InvalidOperationException(\"Duplicate e-mail address.\");",
                                "throw new InvalidOperationException($\"Duplicate e-mail address {customer.Email}.\");",
                                "throw new InvalidOperationException($\"Duplicate e-mail address for customer {customer.Id}.\");",
                                "throw new InvalidOperationException(\"Duplicate e-mail address.\");")}}
                        }

                        _byId[customer.Id] = customer;
                        {{MaybeLog(30, Logger, "LogDebug(\"Stored customer {CustomerId}; {Count} in store\", customer.Id, _byId.Count);", "LogTrace(\"Customer store size {Count}\", _byId.Count);")}}
                        return Task.CompletedTask;
                    }

                    public Task<IReadOnlyList<Customer>> ListActiveAsync(int skip, int take, CancellationToken cancellationToken)
                    {
                        IReadOnlyList<Customer> page = _byId.Values
                            .Where(c => c.IsActive)
                            .OrderBy(c => c.CreatedAt)
                            .ThenBy(c => c.Id)
                            .Skip(skip)
                            .Take(take)
                            .ToList();
                        return Task.FromResult(page);
                    }
                }

                public sealed class OrderRepository : IOrderRepository
                {
                    private readonly ConcurrentDictionary<Guid, Order> _orders = new();

                    public Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(_orders.TryGetValue(id, out var order) ? order : null);

                    public Task<IReadOnlyList<Order>> ForCustomerAsync(Guid customerId, CancellationToken cancellationToken)
                    {
                        IReadOnlyList<Order> orders = _orders.Values.Where(o => o.CustomerId == customerId).OrderBy(o => o.PlacedAt).ToList();
                        return Task.FromResult(orders);
                    }

                    public async Task<IReadOnlyList<Order>> PlacedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
                    {
                        await Task.Yield();
                        var result = new List<Order>();
                        foreach (var order in _orders.Values)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            if (order.PlacedAt is { } at && at >= from && at < to)
                            {
                                result.Add(order);
                            }
                        }

                        result.Sort((a, b) => Nullable.Compare(a.PlacedAt, b.PlacedAt));
                        return result;
                    }

                    public Task SaveAsync(Order order, CancellationToken cancellationToken)
                    {
                        _orders[order.Id] = order;
                        order.ClearEvents();
                        return Task.CompletedTask;
                    }
                }

                public sealed class ProductRepository : IProductRepository
                {
                    private readonly List<Product> _products = new();
                    private readonly object _gate = new();

                    public ProductRepository()
                    {
                        for (int i = 0; i < {{D(5, 15)}}; i++)
                        {
                            var product = new Product
                            {
                                Sku = "{{_area.Substring(0, 3).ToUpperInvariant()}}-" + i.ToString("D4"),
                                Name = "{{_area}} item " + i,
                                Category = (ProductCategory)(i % 5),
                                UnitPrice = 4.99m + i * {{D(1, 9)}}m,
                                WeightKg = 0.{{D(1, 9)}}m * (i + 1),
                            };
                            product.Restock({{D(10, 200)}});
                            _products.Add(product);
                        }
                    }

                    public Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken)
                    {
                        lock (_gate)
                        {
                            return Task.FromResult(_products.FirstOrDefault(p => p.Id == id));
                        }
                    }

                    public Task<Product?> FindBySkuAsync(string sku, CancellationToken cancellationToken)
                    {
                        lock (_gate)
                        {
                            return Task.FromResult(_products.FirstOrDefault(p => string.Equals(p.Sku, sku, StringComparison.OrdinalIgnoreCase)));
                        }
                    }

                    public Task<IReadOnlyList<Product>> ListAsync(ProductCategory? category, CancellationToken cancellationToken)
                    {
                        lock (_gate)
                        {
                            IReadOnlyList<Product> products = category is null ? _products.ToList() : _products.Where(p => p.Category == category).ToList();
                            return Task.FromResult(products);
                        }
                    }
                }
                """;
        }

        public string PartnerClient()
        {
            string payload = Pick(PersonalSinkPercent * 3,
                "new { id = customer.Id, status = customer.Status.ToString(), points = customer.LoyaltyPoints, segment = customer.Tags.FirstOrDefault() }",
                "new { id = customer.Id, email = customer.Email, name = customer.FirstName + \" \" + customer.LastName }",
                "new { id = customer.Id, email = Masking.MaskEmail(customer.Email), points = customer.LoyaltyPoints }",
                "new { id = customer.Id, status = customer.Status.ToString(), points = customer.LoyaltyPoints, segment = customer.Tags.FirstOrDefault() }");
            bool guarded = _random.Next(100) < 50;
            string send = guarded
                ? "if (!_consents.AllowsPartnerSharing(customer.Id))\n        {\n            return false;\n        }\n\n        "
                : "";
            string failed = Pick(PersonalSinkPercent,
                "_logger.LogWarning(\"Partner sync of {CustomerId} failed with {StatusCode}\", customer.Id, (int)response.StatusCode);",
                "_logger.LogWarning(\"Partner sync of {Email} failed with {StatusCode}\", customer.Email, (int)response.StatusCode);",
                "_logger.LogWarning(\"Partner sync of {Email} failed with {StatusCode}\", Masking.MaskEmail(customer.Email), (int)response.StatusCode);",
                "_logger.LogWarning(\"Partner sync of {CustomerId} failed with {StatusCode}\", customer.Id, (int)response.StatusCode);");
            string score = Pick(PersonalSinkPercent * 2,
                "$\"scores/{customer.Id:N}\"",
                "$\"scores?email={Uri.EscapeDataString(customer.Email)}\"",
                "$\"scores/{customer.Id:N}\"",
                "$\"scores/{customer.Id:N}\"");
            return $$"""
                using System.Net;
                using System.Net.Http.Json;
                using Microsoft.Extensions.Logging;
                using Shop.Application.Common;
                using Shop.Application.{{_area}};
                using Shop.Domain.{{_area}};

                namespace Shop.Infrastructure.{{_area}};

                public sealed class CustomerPartnerClient : ICustomerPartner
                {
                    private readonly HttpClient _http;
                    private readonly ILogger<CustomerPartnerClient> _logger;
                    private readonly IConsentService _consents;

                    public CustomerPartnerClient(HttpClient http, ILogger<CustomerPartnerClient> logger, IConsentService consents)
                    {
                        _http = http;
                        _logger = logger;
                        _consents = consents;
                    }

                    public async Task<bool> SyncAsync(Customer customer, CancellationToken cancellationToken)
                    {
                        {{send}}using var response = await _http.PostAsJsonAsync("customers", {{payload}}, cancellationToken);
                        if (!response.IsSuccessStatusCode)
                        {
                            {{failed}}
                            return false;
                        }

                        return true;
                    }

                    public async Task<int> PushOrdersAsync(IReadOnlyList<Order> orders, CancellationToken cancellationToken)
                    {
                        int pushed = 0;
                        foreach (var batch in orders.Chunk({{D(20, 100)}}))
                        {
                            var body = batch.Select(o => new { id = o.Id, customer = o.CustomerId, total = o.Total, lines = o.Lines.Count, status = o.Status.ToString() }).ToList();
                            using var response = await _http.PostAsJsonAsync("orders/batch", body, cancellationToken);
                            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                            {
                                await Task.Delay(TimeSpan.FromMilliseconds({{D(100, 900)}}), cancellationToken);
                                continue;
                            }

                            response.EnsureSuccessStatusCode();
                            pushed += batch.Length;
                        }

                        {{MaybeLog(50, "_logger.", "LogInformation(\"Pushed {Count} of {Total} orders\", pushed, orders.Count);", "LogDebug(\"Order push done: {Count}\", pushed);")}}
                        return pushed;
                    }

                    public async Task<decimal?> CreditScoreAsync(Customer customer, CancellationToken cancellationToken)
                    {
                        try
                        {
                            var score = await _http.GetFromJsonAsync<ScoreResponse>({{score}}, cancellationToken);
                            return score is null ? null : Math.Clamp(score.Value / 100m, 0m, 1m);
                        }
                        catch (HttpRequestException e)
                        {
                            _logger.LogWarning(e, "Credit score unavailable for {CustomerId}", customer.Id);
                            return null;
                        }
                    }

                    private sealed record ScoreResponse(int Value, string Band);
                }
                """;
        }

        public string Exports()
        {
            string snapshot = Pick(PersonalSinkPercent * 3,
                "JsonSerializer.Serialize(customer.ToDto() with { Email = \"\" }, Options)",
                "JsonSerializer.Serialize(customer, Options)",
                "JsonSerializer.Serialize(new { customer.Id, Email = Masking.MaskEmail(customer.Email), customer.LoyaltyPoints }, Options)",
                "JsonSerializer.Serialize(new { customer.Id, customer.Status, customer.LoyaltyPoints }, Options)");
            bool serilog = _index % 2 == 0;
            string legacyLog = serilog
                ? "Serilog.Log.ForContext<OrderExporter>().Information(\"Imported {Count} legacy rows, skipped {Skipped}\", imported.Count, skipped);"
                : "NLog.LogManager.GetCurrentClassLogger().Info(\"Imported {Count} legacy rows, skipped {Skipped}\", imported.Count, skipped);";
            return $$"""
                using System.Globalization;
                using System.Text.Json;
                using Newtonsoft.Json;
                using Shop.Application.Common;
                using Shop.Application.{{_area}};
                using Shop.Domain.{{_area}};
                using JsonSerializer = System.Text.Json.JsonSerializer;

                namespace Shop.Infrastructure.{{_area}};

                public sealed class OrderExporter
                {
                    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = {{(N(0, 1) == 0 ? "false" : "true")}} };

                    public string ExportOrders(IEnumerable<Order> orders) =>
                        JsonSerializer.Serialize(orders.Select(o => new OrderExport(o.Id, o.Status.ToString(), o.Total, o.Lines.Select(l => new LineExport(l.Sku, l.Quantity, l.Amount)).ToList())), Options);

                    public string ExportSummaryLegacy(IEnumerable<Order> orders)
                    {
                        var summary = orders
                            .GroupBy(o => o.Status)
                            .ToDictionary(g => g.Key.ToString(), g => new { count = g.Count(), total = g.Sum(o => o.Total) });
                        return JsonConvert.SerializeObject(summary, Formatting.{{(N(0, 1) == 0 ? "None" : "Indented")}});
                    }

                    public string Snapshot(Customer customer) => {{snapshot}};

                    public IReadOnlyList<OrderLineDto> ImportLegacy(string csv)
                    {
                        var imported = new List<OrderLineDto>();
                        int skipped = 0;
                        foreach (string line in csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1))
                        {
                            string[] cells = line.Split(';');
                            if (cells.Length < 2 || !int.TryParse(cells[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int quantity))
                            {
                                skipped++;
                                continue;
                            }

                            imported.Add(new OrderLineDto(cells[0].Trim().ToUpperInvariant(), quantity));
                        }

                        {{legacyLog}}
                        return imported;
                    }

                    public OrderExport? Parse(string json) => JsonConvert.DeserializeObject<OrderExport>(json);

                    public sealed record OrderExport(Guid Id, string Status, decimal Total, IReadOnlyList<LineExport> Lines);

                    public sealed record LineExport(string Sku, int Quantity, decimal Amount);
                }
                """;
        }

        public string CustomersController()
        {
            string created = Pick(PersonalSinkPercent,
                "_logger.LogInformation(\"Customer {CustomerId} created via API\", customer.Id);",
                "_logger.LogInformation(\"Customer {Email} created via API\", command.Email);",
                "_logger.LogInformation(\"Customer {Email} created via API\", Masking.MaskEmail(command.Email));",
                "_logger.LogInformation(\"Customer {CustomerId} created via API\", customer.Id);");
            return $$"""
                using Microsoft.AspNetCore.Mvc;
                using Shop.Application.Common;
                using Shop.Application.{{_area}};

                namespace Shop.Web.{{_area}};

                [ApiController]
                [Route("api/{{Lower}}/customers")]
                public sealed class CustomersController : ControllerBase
                {
                    private readonly CustomerService _customers;
                    private readonly ILogger<CustomersController> _logger;

                    public CustomersController(CustomerService customers, ILogger<CustomersController> logger)
                    {
                        _customers = customers;
                        _logger = logger;
                    }

                    [HttpGet("{id:guid}")]
                    public async Task<ActionResult<CustomerDto>> Get(Guid id, CancellationToken cancellationToken)
                    {
                        try
                        {
                            return Ok(await _customers.GetAsync(id, cancellationToken));
                        }
                        catch (NotFoundException)
                        {
                            return NotFound();
                        }
                    }

                    [HttpGet]
                    public async Task<ActionResult<PagedResult<CustomerDto>>> List([FromQuery] int page = 1, [FromQuery] int pageSize = {{D(20, 50)}}, CancellationToken cancellationToken = default)
                    {
                        if (page < 1)
                        {
                            return BadRequest("The page starts at 1.");
                        }

                        return Ok(await _customers.ListAsync(page, pageSize, cancellationToken));
                    }

                    [HttpPost]
                    public async Task<ActionResult<CustomerDto>> Register([FromBody] RegisterCustomerCommand command, CancellationToken cancellationToken)
                    {
                        if (!ModelState.IsValid)
                        {
                            return ValidationProblem(ModelState);
                        }

                        try
                        {
                            var customer = await _customers.RegisterAsync(command, cancellationToken);
                            {{created}}
                            return CreatedAtAction(nameof(Get), new { id = customer.Id }, customer);
                        }
                        catch (ValidationException e)
                        {
                            foreach (string error in e.Errors)
                            {
                                ModelState.AddModelError(string.Empty, error);
                            }

                            return ValidationProblem(ModelState);
                        }
                    }

                    [HttpPut("{id:guid}/phone")]
                    public async Task<IActionResult> UpdatePhone(Guid id, [FromBody] string? phoneNumber, CancellationToken cancellationToken)
                    {
                        await _customers.UpdatePhoneAsync(id, phoneNumber, cancellationToken);
                        return NoContent();
                    }

                    [HttpPost("{id:guid}/points")]
                    public async Task<ActionResult<int>> AwardPoints(Guid id, CancellationToken cancellationToken) => Ok(await _customers.AwardPointsAsync(id, cancellationToken));
                }
                """;
        }

        public string OrdersController() => $$"""
            using Microsoft.AspNetCore.Mvc;
            using Shop.Application.Common;
            using Shop.Application.{{_area}};

            namespace Shop.Web.{{_area}};

            [ApiController]
            [Route("api/{{Lower}}/orders")]
            public sealed class OrdersController : ControllerBase
            {
                private readonly OrderService _orders;
                private readonly ReportService _reports;
                private readonly ILogger<OrdersController> _logger;

                public OrdersController(OrderService orders, ReportService reports, ILogger<OrdersController> logger)
                {
                    _orders = orders;
                    _reports = reports;
                    _logger = logger;
                }

                [HttpPost]
                public async Task<ActionResult<OrderDto>> Place([FromBody] PlaceOrderCommand command, CancellationToken cancellationToken)
                {
                    try
                    {
                        var order = await _orders.PlaceAsync(command, cancellationToken);
                        return CreatedAtAction(nameof(History), new { customerId = order.CustomerId }, order);
                    }
                    catch (ValidationException e)
                    {
                        return BadRequest(new { e.Message, e.Errors });
                    }
                    catch (InvalidOperationException e)
                    {
                        {{MaybeLog(60, "_logger.", "LogWarning(\"Order rejected: {Reason}\", e.Message);", "LogInformation(\"Order rejected for {CustomerId}\", command.CustomerId);")}}
                        return Conflict(e.Message);
                    }
                }

                [HttpDelete("{id:guid}")]
                public async Task<IActionResult> Cancel(Guid id, CancellationToken cancellationToken)
                {
                    await _orders.CancelAsync(id, cancellationToken);
                    return NoContent();
                }

                [HttpGet("history/{customerId:guid}")]
                public async Task<ActionResult<IReadOnlyList<OrderDto>>> History(Guid customerId, [FromQuery] int months = {{D(3, 12)}}, CancellationToken cancellationToken = default) =>
                    Ok(await _orders.HistoryAsync(customerId, months, cancellationToken));

                [HttpGet("report/top")]
                public async Task<IActionResult> Top([FromQuery] int days = 30, [FromQuery] int top = 10, [FromQuery] string format = "json", CancellationToken cancellationToken = default)
                {
                    var rows = await _reports.TopProductsAsync(days, top, cancellationToken);
                    return format == "csv" ? Content(ReportService.ToCsv(rows), "text/csv") : Ok(rows);
                }
            }
            """;

        public string Endpoints()
        {
            string signIn = Pick(PersonalSinkPercent * 3,
                "logger.LogInformation(\"Sign-in {Outcome} for {CustomerId}\", ok ? \"succeeded\" : \"failed\", customerId);",
                "logger.LogInformation(\"Sign-in {Outcome} for {CustomerId} from {Ip}\", ok ? \"succeeded\" : \"failed\", customerId, recorded.IpAddress);",
                "logger.LogInformation(\"Sign-in {Outcome} for {CustomerId} from {Ip}\", ok ? \"succeeded\" : \"failed\", customerId, Masking.LastDigits(recorded.IpAddress, 3));",
                "logger.LogInformation(\"Sign-in {Outcome} for {CustomerId}\", ok ? \"succeeded\" : \"failed\", customerId);");
            return $$"""
                using Shop.Application.Common;
                using Shop.Application.{{_area}};
                using Shop.Domain.{{_area}};

                namespace Shop.Web.{{_area}};

                public static class {{_area}}Endpoints
                {
                    public static IEndpointRouteBuilder Map{{_area}}Endpoints(this IEndpointRouteBuilder app)
                    {
                        var group = app.MapGroup("/{{Lower}}");

                        group.MapGet("/products", async (string? category, IProductRepository products, CancellationToken cancellationToken) =>
                        {
                            ProductCategory? parsed = Enum.TryParse<ProductCategory>(category, ignoreCase: true, out var value) ? value : null;
                            var list = await products.ListAsync(parsed, cancellationToken);
                            return Results.Ok(list.Select(p => p.ToDto()).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase));
                        });

                        group.MapGet("/products/{id:guid}", async (Guid id, IProductRepository products, CancellationToken cancellationToken) =>
                            await products.FindAsync(id, cancellationToken) is { } product ? Results.Ok(product.ToDto()) : Results.NotFound());

                        group.MapGet("/products/{sku}/price", async (string sku, int quantity, IProductRepository products, CancellationToken cancellationToken) =>
                        {
                            var product = await products.FindBySkuAsync(sku, cancellationToken);
                            if (product is null)
                            {
                                return Results.NotFound();
                            }

                            return quantity <= 0 ? Results.BadRequest("quantity must be positive") : Results.Ok(new { sku, quantity, price = product.PriceFor(quantity), weight = product.ShippingWeight(quantity) });
                        });

                        group.MapPost("/sign-in/{customerId:guid}", (Guid customerId, bool ok, HttpContext context, ILogger<SignInRecorded> logger) =>
                        {
                            var recorded = new SignInRecorded(customerId, context.Connection.RemoteIpAddress?.ToString() ?? "", ok, DateTimeOffset.UtcNow);
                            {{signIn}}
                            return Results.Accepted();
                        });

                        group.MapGet("/reports/revenue/{year:int}", async (int year, ReportService reports, CancellationToken cancellationToken) =>
                        {
                            if (year < 2000 || year > DateTime.UtcNow.Year)
                            {
                                return Results.BadRequest();
                            }

                            var revenue = await reports.RevenueByMonthAsync(year, cancellationToken);
                            return Results.Ok(new { year, total = revenue.Values.Sum(), months = revenue });
                        });

                        return app;
                    }
                }
                """;
        }
    }
}
