using System.Threading.Tasks;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII006;

/// <summary>What PII006 looks at: fields, properties, record positional parameters, method and constructor parameters, and how the message names each.</summary>
public class MemberKindTests
{
    [Fact]
    public Task FieldsPropertiesAndParametersAreReportedAtTheirIdentifier() => Pii006.VerifyAsync("""
        public class Customer
        {
            public string {|#0:Email|} { get; set; } = "";
            public string? {|#1:_phone|};
            internal DateTime {|#2:DateOfBirth|};
            public Guid Id { get; set; }
            public string Notes { get; set; } = "";
        }

        public class Mailer
        {
            public void Send(string {|#3:emailAddress|}, string subject, string body) { }
            public static int Lookup(int id, string {|#4:ssn|}) => id;
        }
        """,
        Pii006.At(0, "Customer.Email", "Email", "Email"),
        Pii006.At(1, "Customer._phone", "Phone", "phone"),
        Pii006.At(2, "Customer.DateOfBirth", "DateOfBirth", "DateOfBirth"),
        Pii006.At(3, "Mailer.Send(emailAddress)", "Email", "emailAddress"),
        Pii006.At(4, "Mailer.Lookup(ssn)", "GovernmentId", "ssn"));

    [Fact]
    public Task RecordPositionalParametersAreReportedOnceAtTheParameter() => Pii006.VerifyAsync("""
        public record Signup(Guid Id, string {|#0:Email|}, string {|#1:FirstName|}, string Source);
        public record struct Contact(string {|#2:PhoneNumber|});
        public sealed record Person(string {|#3:Name|}, int {|#4:Age|});
        public sealed record Product(string Name, int Stock);
        """,
        Pii006.At(0, "Signup.Email", "Email", "Email"),
        Pii006.At(1, "Signup.FirstName", "Name", "FirstName"),
        Pii006.At(2, "Contact.PhoneNumber", "Phone", "PhoneNumber"),
        Pii006.At(3, "Person.Name", "Name", "Name"),
        Pii006.At(4, "Person.Age", "DateOfBirth", "Age"));

    [Fact]
    public Task ARecordPropertyWrittenInTheBodyIsReportedAtTheParameterOnly() => Pii006.VerifyAsync("""
        public record Signup(string {|#0:Email|})
        {
            public string Email { get; init; } = Email.Trim();
        }
        """,
        Pii006.At(0, "Signup.Email", "Email", "Email"));

    [Fact]
    public Task ConstructorParametersAreReportedUnlessTheTypeHasAMemberOfTheSameName() => Pii006.VerifyAsync("""
        public sealed class Customer
        {
            private readonly string {|#5:_email|};

            public Customer(int id, string email, string phone, string {|#0:nickname|})
            {
                Id = id;
                _email = email;
                Phone = phone;
                Notes = nickname.Length.ToString();
            }

            public int Id { get; }
            public string {|#1:Phone|} { get; }
            public string Notes { get; }
        }

        public sealed class Greeting(string {|#2:firstName|})
        {
            public override string ToString() => "Hello " + firstName;
        }

        public sealed class Member(string name, string email)
        {
            public string {|#3:Name|} { get; } = name;
            public string {|#4:Email|} { get; } = email;
        }
        """,
        Pii006.At(5, "Customer._email", "Email", "email"),
        Pii006.At(0, "Customer(nickname)", "Name", "nickname"),
        Pii006.At(1, "Customer.Phone", "Phone", "Phone"),
        Pii006.At(2, "Greeting(firstName)", "Name", "firstName"),
        Pii006.At(3, "Member.Name", "Name", "Name"),
        Pii006.At(4, "Member.Email", "Email", "Email"));

    [Fact]
    public Task StructsInterfacesAndStaticMembersAreLookedAt() => Pii006.VerifyAsync("""
        public struct GeoPoint { public double {|#0:Latitude|}; public double {|#1:Longitude|}; }
        public interface IContact { string {|#2:Email|} { get; } }
        public static class Session { public static string? {|#3:CurrentUserName|} { get; set; } }
        """,
        Pii006.At(0, "GeoPoint.Latitude", "Location", "Latitude"),
        Pii006.At(1, "GeoPoint.Longitude", "Location", "Longitude"),
        Pii006.At(2, "IContact.Email", "Email", "Email"),
        Pii006.At(3, "Session.CurrentUserName", "OnlineIdentifier", "UserName"));

    [Fact]
    public Task ExplicitInterfaceImplementationsAreNamedByTheInterfaceMethod() => Pii006.VerifyAsync("""
        public interface INotifier { void Notify(string phone); }
        public sealed class SmsNotifier : INotifier
        {
            void INotifier.Notify(string {|#0:phone|}) { }
        }
        """,
        Pii006.At(0, "SmsNotifier.Notify(phone)", "Phone", "phone"));

    [Fact]
    public Task ParametersOfLambdasLocalFunctionsOperatorsAndAccessorsAreNotLookedAt() => Pii006.VerifyAsync("""
        public sealed class Form
        {
            private string _notes = "";

            public string Notes { get => _notes; set => _notes = value; }

            public void M()
            {
                Func<string, int> count = email => email.Length;
                int Local(string phone) => phone.Length;
                _ = count("a") + Local("b");
            }

            public static Form operator +(Form form, string email) => form;

            public string this[string email] => email;
        }
        """);

    [Fact]
    public Task TypesAndMembersOfEveryAccessibilityInAVisibleTypeAreReportedButNotPrivateTypes() => Pii006.VerifyAsync("""
        public class Outer
        {
            private string {|#0:_email|} = "";
            protected string {|#1:Phone|} { get; set; } = "";

            private sealed class Hidden { public string Email { get; set; } = ""; }
            private protected sealed class AlsoHidden { public string Email { get; set; } = ""; }
            protected sealed class Visible { public string {|#2:Email|} { get; set; } = ""; }
            internal sealed class Internal { public string {|#3:Email|} { get; set; } = ""; }

            private sealed class Nested { public sealed class Deeper { public string Email { get; set; } = ""; } }

            public override string ToString() => _email;
        }

        file sealed class FileLocal { public string Email { get; set; } = ""; }

        class DefaultInternal { public string {|#4:Email|} = ""; }
        """,
        Pii006.At(0, "Outer._email", "Email", "email"),
        Pii006.At(1, "Outer.Phone", "Phone", "Phone"),
        Pii006.At(2, "Visible.Email", "Email", "Email"),
        Pii006.At(3, "Internal.Email", "Email", "Email"),
        Pii006.At(4, "DefaultInternal.Email", "Email", "Email"));

    [Fact]
    public Task ThePersonLikeTypeDecidesABareName() => Pii006.VerifyAsync("""
        public class Customer { public string {|#0:Name|} { get; set; } = ""; }
        public class UserDto { public string {|#1:DisplayName|} { get; set; } = ""; }
        public class ApplicationUser : Microsoft.AspNetCore.Identity.IdentityUser { public string {|#2:Name|} { get; set; } = ""; }
        public class Product { public string Name { get; set; } = ""; public string DisplayName { get; set; } = ""; }
        public class Category { public string Name { get; set; } = ""; }
        public class UserGroup { public string Name { get; set; } = ""; }
        public class Account { public string Name { get; set; } = ""; }
        public class Catalog { public void Rename(int id, string name) { } }
        """,
        Pii006.At(0, "Customer.Name", "Name", "Name"),
        Pii006.At(1, "UserDto.DisplayName", "Name", "DisplayName"),
        Pii006.At(2, "ApplicationUser.Name", "Name", "Name"));

    [Fact]
    public Task CodeThatDoesNotCompileYetIsJudgedByItsNames() => Pii006.VerifyAsync("""
        public class Customer
        {
            public {|CS0246:Unknown|} {|#0:Email|} { get; set; }
            public string {|#1:Phone|} { get; set; } = {|CS0103:missing|};
            public void Send(string {|#2:email|}) => {|CS0103:undefined|}();
        }
        """,
        Pii006.At(0, "Customer.Email", "Email", "Email"),
        Pii006.At(1, "Customer.Phone", "Phone", "Phone"),
        Pii006.At(2, "Customer.Send(email)", "Email", "email"));
}
