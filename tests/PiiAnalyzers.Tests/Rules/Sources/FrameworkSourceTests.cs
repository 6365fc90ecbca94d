using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using PiiAnalyzers.Tests.Rules.PII001;
using PiiAnalyzers.Tests.Rules.PII003;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Sources;

/// <summary>
/// Personal data the framework hands an application with no attribute on it (<c>FrameworkSourceTable</c>): the client's
/// address, identifying headers and cookies, the signed-in user's name and claims, Identity's getters, e-mail addresses.
/// The projects here mark nothing: reading a source is enough for the rules to look.
/// </summary>
public class FrameworkSourceTests
{
    private const string Usings = """
        using System.Security.Claims;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Logging;

        """;

    [Fact]
    public Task TheClientsAddressAndIdentifyingHeadersAreLogged() => Verify001("""
        namespace Shop.Web;

        public sealed class AccountController : ControllerBase
        {
            private readonly ILogger<AccountController> _logger;

            public AccountController(ILogger<AccountController> logger) => _logger = logger;

            [HttpPost("login")]
            public IActionResult Login(string userName)
            {
                _logger.LogWarning("Failed login from {Ip}", {|#0:HttpContext.Connection.RemoteIpAddress|});
                _logger.LogInformation("Agent {Agent}", {|#1:Request.Headers.UserAgent|});
                _logger.LogInformation("Agent {Agent}", {|#2:Request.Headers["User-Agent"]|});
                _logger.LogInformation("Forwarded for {Ip}", {|#3:Request.Headers["x-forwarded-for"].ToString()|});
                _logger.LogInformation("Session {Cookie}", {|#4:Request.Cookies["session"]|});
                _logger.LogInformation("Accept {Accept}, path {Path}", Request.Headers["Accept"], Request.Path);
                return Ok();
            }
        }
        """,
        Pii001.At(0, "ConnectionInfo.RemoteIpAddress", "IpAddress", "LogWarning"),
        Pii001.At(1, "IHeaderDictionary.UserAgent", "DeviceId", "LogInformation"),
        Pii001.At(2, "Headers[\"User-Agent\"]", "DeviceId", "LogInformation"),
        Pii001.At(3, "Headers[\"X-Forwarded-For\"]", "IpAddress", "LogInformation"),
        Pii001.At(4, "IRequestCookieCollection.this[]", "OnlineIdentifier", "LogInformation"));

    [Fact]
    public Task TheSignedInUsersNameAndClaimsAreLogged() => Verify001("""
        namespace Shop.Web;

        public sealed class ProfileController : ControllerBase
        {
            private readonly ILogger<ProfileController> _logger;

            public ProfileController(ILogger<ProfileController> logger) => _logger = logger;

            [HttpGet("me")]
            public IActionResult Me()
            {
                _logger.LogInformation("Profile of {User}", {|#0:User.Identity?.Name|});
                _logger.LogInformation("Profile of {Email}", {|#1:User.FindFirst(ClaimTypes.Email)?.Value|});
                _logger.LogInformation("Profile of {Email}", {|#2:User.FindFirstValue(ClaimTypes.Email)|});
                _logger.LogInformation("Profile of {Subject}", {|#3:User.FindFirstValue("sub")|});
                _logger.LogInformation("Authenticated: {Authenticated}", User.Identity?.IsAuthenticated);
                _logger.LogInformation("Role {Role}, scope {Scope}", User.FindFirst(ClaimTypes.Role)?.Value, User.FindFirstValue("scope"));
                return Ok();
            }
        }
        """,
        Pii001.At(0, "IIdentity.Name", "Name", "LogInformation"),
        Pii001.At(1, "FindFirst(ClaimTypes.Email)", "Email", "LogInformation"),
        Pii001.At(2, "FindFirstValue(ClaimTypes.Email)", "Email", "LogInformation"),
        Pii001.At(3, "FindFirstValue(\"sub\")", "OnlineIdentifier", "LogInformation"));

    [Fact]
    public Task IdentitysGettersAreSources() => Verify001("""
        namespace Shop.Accounts;

        public sealed class ConfirmationMailer
        {
            private readonly UserManager<IdentityUser> _users;
            private readonly ILogger<ConfirmationMailer> _logger;

            public ConfirmationMailer(UserManager<IdentityUser> users, ILogger<ConfirmationMailer> logger)
            {
                _users = users;
                _logger = logger;
            }

            public async Task SendAsync(IdentityUser user, ClaimsPrincipal principal)
            {
                string? email = await _users.GetEmailAsync(user);
                _logger.LogInformation("Confirming {Email}", {|#0:email|});
                _logger.LogInformation("Confirming for {User}", {|#1:_users.GetUserName(principal)|});
                _logger.LogInformation("Confirmed: {Confirmed}", await _users.IsEmailConfirmedAsync(user));
            }
        }
        """,
        Pii001.At(0, "UserManager.GetEmailAsync()", "Email", "LogInformation"),
        Pii001.At(1, "UserManager.GetUserName()", "OnlineIdentifier", "LogInformation"));

    [Fact]
    public Task AHelperThatReturnsASourceIsASourceForItsCallers() => Verify001("""
        namespace Shop.Web;

        public sealed class AuditController : ControllerBase
        {
            private readonly ILogger<AuditController> _logger;

            public AuditController(ILogger<AuditController> logger) => _logger = logger;

            private string? CurrentUserEmail => User.FindFirstValue(ClaimTypes.Email);

            [HttpDelete("orders/{id}")]
            public IActionResult Delete(int id)
            {
                _logger.LogWarning("Order {Id} deleted from {Ip} by {Email}", id, {|#0:GetRequestIP()|}, {|#1:CurrentUserEmail|});
                _logger.LogInformation("Request {RequestId}", RequestId());
                return Ok();
            }

            private string? GetRequestIP() =>
                System.Linq.Enumerable.FirstOrDefault(Request.Headers["X-Forwarded-For"]) ?? HttpContext.Connection.RemoteIpAddress?.ToString();

            private string RequestId() => HttpContext.TraceIdentifier;
        }
        """,
        Pii001.At(0, "ConnectionInfo.RemoteIpAddress", "IpAddress", "LogWarning"),
        Pii001.At(1, "FindFirstValue(ClaimTypes.Email)", "Email", "LogWarning"));

    [Fact]
    public Task AFieldAssignedASourceInOneActionIsASourceInAnother() => Verify001("""
        namespace Shop.Web;

        public sealed class CheckoutController : ControllerBase
        {
            private readonly ILogger<CheckoutController> _logger;
            private string? _clientIp;
            private string _step = "";

            public CheckoutController(ILogger<CheckoutController> logger) => _logger = logger;

            [HttpPost("start")]
            public IActionResult Start()
            {
                _clientIp = HttpContext.Connection.RemoteIpAddress?.ToString();
                _step = "started";
                return Ok();
            }

            [HttpPost("finish")]
            public IActionResult Finish()
            {
                _logger.LogInformation("Checkout {Step} from {Ip}", _step, {|#0:_clientIp|});
                return Ok();
            }
        }
        """,
        Pii001.At(0, "ConnectionInfo.RemoteIpAddress", "IpAddress", "LogInformation"));

    [Fact]
    public Task SourcesReadThroughLocalsHeaderNamesAndExtensionHelpers() => Verify001("""
        namespace Shop.Web;

        public static class HttpContextExtensions
        {
            public static string? GetClientIp(this HttpContext context) =>
                context.Request.Headers["X-Forwarded-For"].ToString() is { Length: > 0 } forwarded ? forwarded : context.Connection.RemoteIpAddress?.ToString();
        }

        public sealed class DiagnosticsController : ControllerBase
        {
            private readonly ILogger<DiagnosticsController> _logger;

            public DiagnosticsController(ILogger<DiagnosticsController> logger) => _logger = logger;

            [HttpGet("ping")]
            public IActionResult Ping()
            {
                var agent = Request.Headers[Microsoft.Net.Http.Headers.HeaderNames.UserAgent];
                _logger.LogInformation("Ping from {Agent}", {|#0:agent|});
                _logger.LogInformation("Ping from {Ip}", {|#1:HttpContext.GetClientIp()|});
                _logger.LogInformation("Ping over {Family}", HttpContext.Connection.RemoteIpAddress?.AddressFamily);
                Response.Headers["X-Request-Id"] = HttpContext.TraceIdentifier;
                _logger.LogInformation("Answered with {Auth}", Response.Headers["Authorization"]);
                return Ok();
            }
        }
        """,
        Pii001.At(0, "Headers[\"User-Agent\"]", "DeviceId", "LogInformation"),
        Pii001.At(1, "ConnectionInfo.RemoteIpAddress", "IpAddress", "LogInformation"));

    [Fact]
    public Task ASourceSentToAThirdPartyIsShared() => VerifyAsync<PersonalDataSharedWithThirdPartyAnalyzer>("""
        namespace Shop.Web;

        public sealed class GeoController : ControllerBase
        {
            private readonly System.Net.Http.HttpClient _geo;

            public GeoController(System.Net.Http.HttpClient geo) => _geo = geo;

            [HttpGet("where")]
            public async Task<IActionResult> Where()
            {
                var response = await _geo.GetAsync($"https://geo.example.com/lookup?ip={{|#0:HttpContext.Connection.RemoteIpAddress|}}");
                return Ok(response.StatusCode);
            }
        }
        """,
        null,
        Pii003.At(0, "ConnectionInfo.RemoteIpAddress", "IpAddress", "HttpClient.GetAsync"));

    [Fact]
    public Task ARedactedOrConsentedSourceIsFine() => Verify001("""
        namespace Shop.Web;

        public interface IConsents { [PiiAnalyzers.ConsentCheck(PiiAnalyzers.ConsentPurpose.Diagnostics)] bool ForDiagnostics(); }

        public sealed class AccountController : ControllerBase
        {
            private readonly ILogger<AccountController> _logger;
            private readonly IConsents _consents;

            public AccountController(ILogger<AccountController> logger, IConsents consents)
            {
                _logger = logger;
                _consents = consents;
            }

            [HttpPost("login")]
            public IActionResult Login()
            {
                _logger.LogWarning("Failed login from {Ip}", PiiAnalyzers.Redact.Mask(HttpContext.Connection.RemoteIpAddress?.ToString()));
                if (_consents.ForDiagnostics())
                {
                    _logger.LogInformation("Agent {Agent}", Request.Headers.UserAgent);
                }

                return Ok();
            }
        }
        """);

    [Fact]
    public Task ARowIsTurnedOffByNotPersonalData() => VerifyAsync<PersonalDataWrittenToLogAnalyzer>("""
        namespace Shop.Web;

        public sealed class AccountController : ControllerBase
        {
            private readonly ILogger<AccountController> _logger;

            public AccountController(ILogger<AccountController> logger) => _logger = logger;

            [HttpPost("login")]
            public IActionResult Login()
            {
                _logger.LogWarning("Failed login from {Ip}", HttpContext.Connection.RemoteIpAddress);
                _logger.LogInformation("Agent {Agent}", {|#0:Request.Headers.UserAgent|});
                return Ok();
            }
        }
        """,
        "not_personal_data P:Microsoft.AspNetCore.Http.ConnectionInfo.RemoteIpAddress\n",
        Pii001.At(0, "IHeaderDictionary.UserAgent", "DeviceId", "LogInformation"));

    [Fact]
    public Task ASourceLineAddsAMemberNobodyCanAnnotate() => VerifyAsync<PersonalDataWrittenToLogAnalyzer>("""
        namespace Shop.Web;

        public sealed class SearchController : ControllerBase
        {
            private readonly ILogger<SearchController> _logger;

            public SearchController(ILogger<SearchController> logger) => _logger = logger;

            [HttpGet("search")]
            public IActionResult Search()
            {
                _logger.LogInformation("Search {Query}", {|#0:Request.QueryString|});
                _logger.LogInformation("Search on {Path}", Request.Path);
                return Ok();
            }
        }
        """,
        "source P:Microsoft.AspNetCore.Http.HttpRequest.QueryString Behavior\n",
        Pii001.At(0, "HttpRequest.QueryString", "Behavior", "LogInformation"));

    [Fact]
    public Task ReadingASourceDoesNotStartTheMarkingSuggestions() => VerifyAsync<UnmarkedPersonalDataAnalyzer>("""
        namespace Shop.Web;

        public sealed class SignUp
        {
            public string Email { get; set; } = "";
        }

        public sealed class SignUpController : ControllerBase
        {
            private readonly ILogger<SignUpController> _logger;

            public SignUpController(ILogger<SignUpController> logger) => _logger = logger;

            [HttpPost("sign-up")]
            public IActionResult Post(SignUp form)
            {
                _logger.LogInformation("Sign-up from {Ip}", HttpContext.Connection.RemoteIpAddress);
                return Ok();
            }
        }
        """,
        null);

    private const string SearchController = """
        namespace Shop.Web;

        public sealed class SearchController : ControllerBase
        {
            private readonly ILogger<SearchController> _logger;

            public SearchController(ILogger<SearchController> logger) => _logger = logger;

            [HttpGet("customers")]
            public IActionResult Find()
            {
                _logger.LogInformation("Search by {Email}", {|#0:Request.Query["email"]|});
                _logger.LogInformation("Search page {Page} of {Sort}", Request.Query["page"], Request.Query["sort"]);
                _logger.LogInformation("Callback to {Phone}", {|#1:Request.Form["phone_number"]|});
                return Ok();
            }
        }
        """;

    [Fact]
    public Task InInferenceMode_AValueReadByANameOfPersonalDataIsOne() => VerifyAsync<PersonalDataWrittenToLogAnalyzer>(
        SearchController,
        null,
        new[]
        {
            Pii001.At(0, "Query[\"email\"]", "Email", "LogInformation"),
            Pii001.At(1, "Form[\"phone_number\"]", "Phone", "LogInformation"),
        },
        inference: true);

    [Fact]
    public Task WithoutInference_QueryValuesAreNotJudgedByTheirNames() =>
        VerifyAsync<PersonalDataWrittenToLogAnalyzer>(SearchController.Replace("{|#0:", "").Replace("{|#1:", "").Replace("|}", ""), null);

    [Fact]
    public Task SourcesCountInInferenceModeToo() => VerifyAsync<PersonalDataWrittenToLogAnalyzer>(
        """
        namespace Shop.Web;

        public sealed class AccountController : ControllerBase
        {
            private readonly ILogger<AccountController> _logger;

            public AccountController(ILogger<AccountController> logger) => _logger = logger;

            [HttpPost("login")]
            public IActionResult Login(string userName)
            {
                _logger.LogWarning("Failed login of {User} from {Ip}", {|#0:userName|}, {|#1:HttpContext.Connection.RemoteIpAddress|});
                return Ok();
            }
        }
        """,
        null,
        new[]
        {
            Pii001.At(0, "userName", "OnlineIdentifier", "LogWarning"),
            Pii001.At(1, "ConnectionInfo.RemoteIpAddress", "IpAddress", "LogWarning"),
        },
        inference: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task AcrossProjects_TheWebProjectsSourcesAreFoundBesideTheDomainProject(bool inference)
    {
        // The domain in a project of its own, run with it as a compilation reference (as editors load a solution) and as a
        // built reference assembly, with the same expectations; explicit-marker mode and inference mode.
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
        {
            TestCode = Usings + """
                namespace Shop.Web;

                public sealed class OrdersController : ControllerBase
                {
                    private readonly ILogger<OrdersController> _logger;

                    public OrdersController(ILogger<OrdersController> logger) => _logger = logger;

                    [HttpPost("orders")]
                    public IActionResult Place(Shop.Domain.Order order)
                    {
                        _logger.LogInformation("Order {OrderId} placed from {Ip}", order.Id, {|#0:HttpContext.Connection.RemoteIpAddress|});
                        return Ok();
                    }
                }
                """,
        };
        test.AdditionalProjects["Shop.Domain"] = new() { "namespace Shop.Domain; public sealed class Order { public int Id { get; set; } }" };
        if (inference)
        {
            test.GlobalConfig = "pii_analyzers.infer_personal_data = true";
        }

        test.ExpectedDiagnostics.Add(Pii001.At(0, "ConnectionInfo.RemoteIpAddress", "IpAddress", "LogInformation"));
        return test.RunAsync();
    }

    [Fact]
    public Task AHelperInAnotherFileIsASourceForItsCallers()
    {
        // The usual layout: the helper in an extensions file, its callers in controllers that name no source themselves.
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
        {
            Sources =
            {
                Usings + """
                    namespace Shop.Web;

                    public static class HttpContextExtensions
                    {
                        public static string? GetClientIp(this HttpContext context) => context.Connection.RemoteIpAddress?.ToString();

                        public static string Describe(this HttpContext context) => $"{context.Request.Method} from {context.GetClientIp()}";

                        public static void Touch(this HttpContext context) => context.Items["seen"] = context.Connection.RemoteIpAddress;

                        public static string ClientTag(this HttpContext context) => "ip:" + context.GetClientIp();
                    }

                    public abstract class ShopControllerBase : ControllerBase
                    {
                        protected string? ClientIp => HttpContext.Connection.RemoteIpAddress?.ToString();

                        protected string Caller => "ip:" + ClientIp;
                    }
                    """,
                Usings + """
                    namespace Shop.Web;

                    public sealed class OrdersController : ShopControllerBase
                    {
                        private readonly ILogger<OrdersController> _logger;

                        public OrdersController(ILogger<OrdersController> logger) => _logger = logger;

                        [HttpGet("orders")]
                        public IActionResult List()
                        {
                            _logger.LogInformation("Orders for {Caller}", {|#2:Caller|});
                            _logger.LogInformation("Orders tagged {Tag}", {|#3:HttpContext.ClientTag()|});
                            return Ok();
                        }
                    }
                    """,
                Usings + """
                    namespace Shop.Web;

                    public sealed class AccountController : ControllerBase
                    {
                        private readonly ILogger<AccountController> _logger;

                        public AccountController(ILogger<AccountController> logger) => _logger = logger;

                        [HttpPost("login")]
                        public IActionResult Login(string userName)
                        {
                            _logger.LogWarning("Failed login from {Ip}", {|#0:HttpContext.GetClientIp()|});
                            _logger.LogInformation("Request {Request}", {|#1:HttpContext.Describe()|});
                            HttpContext.Touch();
                            _logger.LogInformation("Login of {Length} characters", userName.Length);
                            return Unauthorized();
                        }
                    }
                    """,
            },
        };
        test.ExpectedDiagnostics.Add(Pii001.At(0, "ConnectionInfo.RemoteIpAddress", "IpAddress", "LogWarning"));
        test.ExpectedDiagnostics.Add(Pii001.At(1, "ConnectionInfo.RemoteIpAddress", "IpAddress", "LogInformation"));
        test.ExpectedDiagnostics.Add(Pii001.At(2, "ConnectionInfo.RemoteIpAddress", "IpAddress", "LogInformation"));
        test.ExpectedDiagnostics.Add(Pii001.At(3, "ConnectionInfo.RemoteIpAddress", "IpAddress", "LogInformation"));
        return test.RunAsync();
    }

    private static Task Verify001(string source, params DiagnosticResult[] expected) =>
        VerifyAsync<PersonalDataWrittenToLogAnalyzer>(source, null, expected);

    private static Task VerifyAsync<TAnalyzer>(string source, string? configuration, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new() =>
        VerifyAsync<TAnalyzer>(source, configuration, expected, inference: false);

    private static Task VerifyAsync<TAnalyzer>(string source, string? configuration, DiagnosticResult[] expected, bool inference)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerTest<TAnalyzer> { Sources = { Usings + source } };
        if (configuration is not null)
        {
            test.AdditionalFiles.Add(("PiiAnalyzers.txt", configuration));
        }

        if (inference)
        {
            test.GlobalConfig = "pii_analyzers.infer_personal_data = true";
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
