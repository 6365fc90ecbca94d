using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Marking;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII006;

/// <summary>
/// The two fixes of PII006: <c>[PersonalData(PersonalDataKind.X)]</c> with the suggested kind, and
/// <c>[NotPersonalData("…")]</c>; where the attribute goes, the <c>using</c>, Fix All in every scope (the harness applies
/// each fix one by one and Fix All in Document, Project and Solution scope, and checks the result compiles).
/// </summary>
public class FixTests
{
    private const string Reason = "\"" + MarkPersonalDataCodeFixProvider.ReasonToWrite + "\"";

    private static CodeFixTest<UnmarkedPersonalDataAnalyzer, MarkPersonalDataCodeFixProvider> Test(string key) =>
        new() { CodeActionEquivalenceKey = key, GlobalConfig = Pii006.Scanning };

    [Fact]
    public Task MarksPropertiesFieldsAndParametersWithTheSuggestedKindAndAddsTheUsing()
    {
        var test = Test(MarkPersonalDataCodeFixProvider.MarkPersonalDataKey);
        test.TestCode = """
            namespace Shop;

            public class Customer
            {
                /// <summary>Where receipts go.</summary>
                public string {|#0:Email|} { get; set; } = "";

                private string? {|#1:_phone|};

                public void Send(string {|#2:emailAddress|}, string subject) => _phone = subject;
            }
            """;
        test.FixedCode = """
            using PiiAnalyzers;

            namespace Shop;

            public class Customer
            {
                /// <summary>Where receipts go.</summary>
                [PersonalData(PersonalDataKind.Email)]
                public string Email { get; set; } = "";

                [PersonalData(PersonalDataKind.Phone)]
                private string? _phone;

                public void Send([PersonalData(PersonalDataKind.Email)] string emailAddress, string subject) => _phone = subject;
            }
            """;
        test.ExpectedDiagnostics.Add(Pii006.At(0, "Customer.Email", "Email", "Email"));
        test.ExpectedDiagnostics.Add(Pii006.At(1, "Customer._phone", "Phone", "phone"));
        test.ExpectedDiagnostics.Add(Pii006.At(2, "Customer.Send(emailAddress)", "Email", "emailAddress"));
        return test.RunAsync();
    }

    [Fact]
    public Task EachPositionalParameterOfARecordGetsItsOwnAttribute()
    {
        var test = Test(MarkPersonalDataCodeFixProvider.MarkPersonalDataKey);
        test.TestCode = """
            using System;

            public record Signup(Guid Id, string {|#0:Email|}, string {|#1:FirstName|}, DateOnly {|#2:BirthDate|});
            """;
        test.FixedCode = """
            using System;
            using PiiAnalyzers;

            public record Signup(Guid Id, [PersonalData(PersonalDataKind.Email)] string Email, [PersonalData(PersonalDataKind.Name)] string FirstName, [PersonalData(PersonalDataKind.DateOfBirth)] DateOnly BirthDate);
            """;
        test.ExpectedDiagnostics.Add(Pii006.At(0, "Signup.Email", "Email", "Email"));
        test.ExpectedDiagnostics.Add(Pii006.At(1, "Signup.FirstName", "Name", "FirstName"));
        test.ExpectedDiagnostics.Add(Pii006.At(2, "Signup.BirthDate", "DateOfBirth", "BirthDate"));
        return test.RunAsync();
    }

    [Fact]
    public Task AFieldThatSharesItsDeclarationGetsADeclarationOfItsOwn()
    {
        var test = Test(MarkPersonalDataCodeFixProvider.MarkPersonalDataKey);
        test.TestCode = """
            using PiiAnalyzers;

            public class Contact
            {
                [Obsolete]
                public string {|#0:FirstName|}, Notes, {|#1:Email|};
                public int Visits;
            }
            """.Replace("[Obsolete]", "[System.Obsolete]");
        test.FixedCode = """
            using PiiAnalyzers;

            public class Contact
            {
                [System.Obsolete]
                [PersonalData(PersonalDataKind.Name)]
                public string FirstName;
                [System.Obsolete]
                public string Notes;
                [System.Obsolete]
                [PersonalData(PersonalDataKind.Email)]
                public string Email;
                public int Visits;
            }
            """;
        test.ExpectedDiagnostics.Add(Pii006.At(0, "Contact.FirstName", "Name", "FirstName"));
        test.ExpectedDiagnostics.Add(Pii006.At(1, "Contact.Email", "Email", "Email"));
        return test.RunAsync();
    }

    [Fact]
    public Task MarksAfterOtherAttributesAndInlineWhereTheMemberSharesItsLine()
    {
        var test = Test(MarkPersonalDataCodeFixProvider.MarkPersonalDataKey);
        test.TestCode = """
            using System.ComponentModel.DataAnnotations;

            public class SignupForm
            {
                [Required]
                [EmailAddress]
                public string {|#0:Email|} { get; set; } = "";

                [Required] public string {|#1:Password|} { get; set; } = "";
            }

            public class Visit { public string {|#2:IpAddress|} = ""; }

            public class Api
            {
                public void Register([Required] string {|#3:userName|},
                                     string {|#4:phone|}) { }
            }
            """;
        test.FixedCode = """
            using System.ComponentModel.DataAnnotations;
            using PiiAnalyzers;

            public class SignupForm
            {
                [Required]
                [EmailAddress]
                [PersonalData(PersonalDataKind.Email)]
                public string Email { get; set; } = "";

                [Required][PersonalData(PersonalDataKind.Credential)] public string Password { get; set; } = "";
            }

            public class Visit { [PersonalData(PersonalDataKind.IpAddress)] public string IpAddress = ""; }

            public class Api
            {
                public void Register([Required][PersonalData(PersonalDataKind.OnlineIdentifier)] string userName,
                                     [PersonalData(PersonalDataKind.Phone)] string phone) { }
            }
            """;
        test.ExpectedDiagnostics.Add(Pii006.At(0, "SignupForm.Email", "Email", "Email"));
        test.ExpectedDiagnostics.Add(Pii006.At(1, "SignupForm.Password", "Credential", "Password"));
        test.ExpectedDiagnostics.Add(Pii006.At(2, "Visit.IpAddress", "IpAddress", "IpAddress"));
        test.ExpectedDiagnostics.Add(Pii006.At(3, "Api.Register(userName)", "OnlineIdentifier", "userName"));
        test.ExpectedDiagnostics.Add(Pii006.At(4, "Api.Register(phone)", "Phone", "phone"));
        return test.RunAsync();
    }

    [Fact]
    public Task MarksNotPersonalDataWithAReasonToWrite()
    {
        var test = Test(MarkPersonalDataCodeFixProvider.MarkNotPersonalDataKey);
        test.TestCode = """
            public class Store
            {
                public string {|#0:ContactName|} { get; set; } = "";
            }

            public record Campaign(string {|#1:Email|});
            """;
        test.FixedCode = """
            using PiiAnalyzers;

            public class Store
            {
                [NotPersonalData(REASON)]
                public string ContactName { get; set; } = "";
            }

            public record Campaign([NotPersonalData(REASON)] string Email);
            """.Replace("REASON", Reason);
        test.ExpectedDiagnostics.Add(Pii006.At(0, "Store.ContactName", "Name", "Name"));
        test.ExpectedDiagnostics.Add(Pii006.At(1, "Campaign.Email", "Email", "Email"));
        return test.RunAsync();
    }

    [Fact]
    public Task FixAllMarksAcrossTheDocumentsOfAProject()
    {
        var test = Test(MarkPersonalDataCodeFixProvider.MarkPersonalDataKey);
        test.Sources.Add("""
            namespace Shop;

            public class Customer
            {
                public string {|#0:Email|} { get; set; } = "";
                public string {|#1:City|} { get; set; } = "";
            }
            """);
        test.Sources.Add("""
            namespace Shop;

            public class Mailer
            {
                public void Send(string {|#2:email|}) { }
            }
            """);
        test.FixedSources.Add("""
            using PiiAnalyzers;

            namespace Shop;

            public class Customer
            {
                [PersonalData(PersonalDataKind.Email)]
                public string Email { get; set; } = "";
                [PersonalData(PersonalDataKind.PostalAddress)]
                public string City { get; set; } = "";
            }
            """);
        test.FixedSources.Add("""
            using PiiAnalyzers;

            namespace Shop;

            public class Mailer
            {
                public void Send([PersonalData(PersonalDataKind.Email)] string email) { }
            }
            """);
        test.ExpectedDiagnostics.Add(Pii006.At(0, "Customer.Email", "Email", "Email"));
        test.ExpectedDiagnostics.Add(Pii006.At(1, "Customer.City", "PostalAddress", "City"));
        test.ExpectedDiagnostics.Add(Pii006.At(2, "Mailer.Send(email)", "Email", "email"));
        return test.RunAsync();
    }

    [Fact]
    public Task NextToIdentitysPersonalDataTheAttributeStaysQualified()
    {
        // Importing PiiAnalyzers where Identity's [PersonalData] is imported would make it ambiguous.
        var test = Test(MarkPersonalDataCodeFixProvider.MarkPersonalDataKey);
        test.TestCode = """
            using Microsoft.AspNetCore.Identity;

            public class ApplicationUser : IdentityUser
            {
                [PersonalData] public string LastName { get; set; } = "";
                public string {|#0:Nickname|} { get; set; } = "";
            }
            """;
        test.FixedCode = """
            using Microsoft.AspNetCore.Identity;

            public class ApplicationUser : IdentityUser
            {
                [PersonalData] public string LastName { get; set; } = "";
                [PiiAnalyzers.PersonalData(PiiAnalyzers.PersonalDataKind.Name)]
                public string Nickname { get; set; } = "";
            }
            """;
        test.ExpectedDiagnostics.Add(Pii006.At(0, "ApplicationUser.Nickname", "Name", "Nickname"));
        return test.RunAsync();
    }

    [Fact]
    public Task NotOfferedWhenTheProjectsOwnAttributeCannotSayIt()
    {
        // The project's own copy has no NotPersonalData and no Phone kind: neither fix would compile.
        const string source = """
            namespace PiiAnalyzers
            {
                public enum PersonalDataKind { Other, Name, Email }
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class PersonalDataAttribute : System.Attribute { public PersonalDataAttribute(PersonalDataKind kind) { } }
            }

            public class Customer { public string {|#0:Phone|} { get; set; } = ""; }
            """;
        var test = new CodeFixTest<UnmarkedPersonalDataAnalyzer, MarkPersonalDataCodeFixProvider> { ReferenceAnnotations = false, TestCode = source, FixedCode = source };
        test.ExpectedDiagnostics.Add(Pii006.At(0, "Customer.Phone", "Phone", "Phone"));
        test.FixedExpectedDiagnostics.Add(Pii006.At(0, "Customer.Phone", "Phone", "Phone"));
        return test.RunAsync();
    }
}
