using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII006;

/// <summary>What keeps PII006 quiet: values that cannot be the data, types whose members are not a person's, generated code, a project without the attribute.</summary>
public class ExclusionTests
{
    [Fact]
    public Task BoolsEnumsConstantsAndStaticReadonlyFieldsAreNotReported() => Pii006.VerifyAsync("""
        public enum PhoneKind { Mobile, Landline }
        public enum Gender { Unknown, Female, Male }
        public enum ContactChannel { Email, Phone }

        public class Customer
        {
            public bool Email { get; set; }
            public bool? Phone { get; set; }
            public PhoneKind Mobile { get; set; }
            public Gender {|#0:Gender|} { get; set; }
            public Gender? {|#1:Sex|} { get; set; }
            public const string DefaultCity = "Oslo";
            public const string City = "Oslo";
            public static readonly string Street = "Main Street";
            public static string? {|#2:LastEmail|};
        }
        """,
        Pii006.At(0, "Customer.Gender", "Gender", "Gender"),
        Pii006.At(1, "Customer.Sex", "Gender", "Sex"),
        Pii006.At(2, "Customer.LastEmail", "Email", "Email"));

    [Fact]
    public Task ValuesOfTypesThatHoldNoSuchDataAreNotReported() => Pii006.VerifyAsync("""
        using System.Net;
        using System.Text;
        using System.Text.RegularExpressions;

        public interface IEmailSender { void Send(string to); }
        public sealed class SmtpOptions { public string Host { get; set; } = ""; }

        public class Registration
        {
            public Regex Email { get; } = new Regex("@");
            public Type Phone { get; } = typeof(string);
            public Encoding Street { get; } = Encoding.UTF8;
            public Uri Login { get; } = new Uri("https://example.com");
            public Func<string> Password { get; } = () => "";
            public Action<string>? Name;
            public IEmailSender Email2 { get; } = null!;
            public SmtpOptions EmailSettings { get; } = new();
            public System.Net.Sockets.AddressFamily AddressFamily { get; set; }
            public long Address2 { get; set; }
            public List<string> {|#0:Emails|} { get; } = new();
            public string[] {|#1:PhoneNumbers|} { get; } = Array.Empty<string>();
            public Dictionary<string, string> {|#2:Addresses|} { get; } = new();
            public DateOnly? {|#3:BirthDate|} { get; set; }
            public ReadOnlyMemory<char> {|#4:Password2|} { get; set; }
            public IPAddress? {|#5:Address|} { get; set; }
            public System.Net.Mail.MailAddress? {|#6:ContactAddress|} { get; set; }
            public System.Net.NetworkInformation.PhysicalAddress? {|#7:Address3|} { get; set; }
        }
        """,
        Pii006.At(0, "Registration.Emails", "Email", "Emails"),
        Pii006.At(1, "Registration.PhoneNumbers", "Phone", "PhoneNumbers"),
        Pii006.At(2, "Registration.Addresses", "PostalAddress", "Addresses"),
        Pii006.At(3, "Registration.BirthDate", "DateOfBirth", "BirthDate"),
        Pii006.At(4, "Registration.Password2", "Credential", "Password"),
        Pii006.At(5, "Registration.Address", "IpAddress", "Address"),
        Pii006.At(6, "Registration.ContactAddress", "Email", "Address"),
        Pii006.At(7, "Registration.Address3", "DeviceId", "Address"));

    [Fact]
    public Task SettingsTypesAttributesEnumsAndDelegatesAreNotLookedAt() => Pii006.VerifyAsync("""
        public sealed class SmtpSettings { public string UserName { get; set; } = ""; public string Password { get; set; } = ""; }
        public sealed class EmailOptions { public string From { get; set; } = ""; public string Email { get; set; } = ""; }
        public sealed class AppConfig { public string AdminPhone { get; set; } = ""; }
        public abstract class SettingsBase { }
        public sealed class Smtp : SettingsBase { public string Password { get; set; } = ""; }
        public static class ClaimDefaults { public static string Email = "email"; }
        public sealed class ContactAttribute : Attribute { public string Email { get; set; } = ""; }
        public delegate void Notify(string email);
        public enum Fields { Email, Phone }
        """);

    [Fact]
    public Task OrganisationsAndMachinesHaveContactDetailsButNoPersonalOnes() => Pii006.VerifyAsync("""
        public class Store { public string Email { get; set; } = ""; public string Phone { get; set; } = ""; public string Address { get; set; } = ""; public double Latitude { get; set; } public string {|#0:ContactName|} { get; set; } = ""; }
        public class SupplierDto { public string Email { get; set; } = ""; }
        public class SmtpServer { public string Address { get; set; } = ""; public string Password { get; set; } = ""; }
        public class Message { public string SupportEmail { get; set; } = ""; public string {|#1:RecipientEmail|} { get; set; } = ""; }
        """,
        Pii006.At(0, "Store.ContactName", "Name", "Name"),
        Pii006.At(1, "Message.RecipientEmail", "Email", "Email"));

    [Fact]
    public Task MembersThatAreAboutTheDataAreNotReported() => Pii006.VerifyAsync("""
        public class Customer
        {
            public string EmailTemplate { get; set; } = "";
            public int PhoneType { get; set; }
            public string PasswordHash { get; set; } = "";
            public string EncryptedSsn { get; set; } = "";
            public string MaskedCardNumber { get; set; } = "";
            public int MaxAddressLength { get; set; }
            public string SupportEmailSubject { get; set; } = "";
            public DateTime? EmailConfirmedAt { get; set; }
            public Guid UserId { get; set; }
            public string FileName { get; set; } = "";
            public string UserAgent { get; set; } = "";
        }
        """);

    [Fact]
    public Task ParametersOfRedactorsAndCallerInfoParametersAreNotReported() => Pii006.VerifyAsync("""
        using System.Runtime.CompilerServices;

        public static class Privacy
        {
            [Redactor] public static string MaskEmail(string email) => "***";
            public static void Trace(string message, [CallerMemberName] string memberName = "", [CallerArgumentExpression("message")] string email = "") { }
        }
        """);

    [Fact]
    public Task GeneratedCodeIsNotAnalyzed()
    {
        var test = new AnalyzerTest<UnmarkedPersonalDataAnalyzer>
        {
            EditorConfig = """
                root = true

                [Test1.cs]
                generated_code = true
                """,
            GlobalConfig = Pii006.Scanning,
        };
        test.Sources.Add("// <auto-generated/>\n" + Pii006.Usings + """
            public partial class Customer { public string Email { get; set; } = ""; }
            """);
        test.Sources.Add("""
            public class Generated { public string Email { get; set; } = ""; }
            """);
        test.Sources.Add("""
            [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
            public class Tooled { public string Email { get; set; } = ""; }
            public partial class Customer { public string {|#0:Phone|} { get; set; } = ""; }
            """);
        test.ExpectedDiagnostics.Add(Pii006.At(0, "Customer.Phone", "Phone", "Phone"));
        return test.RunAsync();
    }

    [Fact]
    public Task NothingIsReportedWithoutThePersonalDataAttribute()
    {
        var test = new AnalyzerTest<UnmarkedPersonalDataAnalyzer>
        {
            ReferenceAnnotations = false,
            TestCode = """
                public class Customer { public string Email { get; set; } = ""; }
                public class User : Microsoft.AspNetCore.Identity.IdentityUser { public string FirstName { get; set; } = ""; }
                """,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task AProjectsOwnCopyOfTheAttributeIsEnough()
    {
        var test = new AnalyzerTest<UnmarkedPersonalDataAnalyzer>
        {
            ReferenceAnnotations = false,
            TestCode = """
                namespace PiiAnalyzers
                {
                    public enum PersonalDataKind { Other, Name, Email }
                    [System.AttributeUsage(System.AttributeTargets.All)]
                    public sealed class PersonalDataAttribute : System.Attribute { public PersonalDataAttribute(PersonalDataKind kind) { } }
                }

                public class Customer
                {
                    public string {|#0:Email|} { get; set; } = "";
                    [PiiAnalyzers.PersonalData(PiiAnalyzers.PersonalDataKind.Name)] public string FirstName { get; set; } = "";
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Pii006.At(0, "Customer.Email", "Email", "Email"));
        return test.RunAsync();
    }

    [Fact]
    public Task SeverityIsASuggestionAndCanBeRaised()
    {
        var test = new AnalyzerTest<UnmarkedPersonalDataAnalyzer>
        {
            TestCode = "public class Customer { public string {|#0:Email|} { get; set; } = \"\"; }",
            EditorConfig = """
                root = true

                [*.cs]
                dotnet_diagnostic.PII006.severity = warning
                """,

            // Nothing is marked and inference is off: a team that raised the rule asked for it, so it speaks.
        };
        test.ExpectedDiagnostics.Add(Pii006.At(0, "Customer.Email", "Email", "Email").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        return test.RunAsync();
    }

    [Fact]
    public Task AProjectThatNeitherMarksNorScans_IsNotAskedToMarkAnything() => new AnalyzerTest<UnmarkedPersonalDataAnalyzer>
    {
        // The package is referenced (its attribute type is visible), but nothing is marked, configured or inferred.
        TestCode = "using PiiAnalyzers; public class Customer { public string Email { get; set; } = \"\"; }",
    }.RunAsync();

    [Fact]
    public Task AFirstMarker_StartsIt() => new AnalyzerTest<UnmarkedPersonalDataAnalyzer>
    {
        TestCode = """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(PersonalDataKind.Name)] public string FullName { get; set; } = "";
                public string {|#0:Email|} { get; set; } = "";
            }
            """,
        ExpectedDiagnostics = { Pii006.At(0, "Customer.Email", "Email", "Email") },
    }.RunAsync();

    [Fact]
    public Task ScanningWithInferenceMode_StartsIt() => new AnalyzerTest<UnmarkedPersonalDataAnalyzer>
    {
        TestCode = "using PiiAnalyzers; public class Customer { public string {|#0:Email|} { get; set; } = \"\"; }",
        GlobalConfig = Pii006.Scanning,
        ExpectedDiagnostics = { Pii006.At(0, "Customer.Email", "Email", "Email") },
    }.RunAsync();
}
