using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII006;

/// <summary>
/// Overrides and implementations: a property is reported once, where the marker goes (the base or interface of the same
/// project marks what overrides or implements it); a parameter where a body receives it.
/// </summary>
public class InheritanceTests
{
    [Fact]
    public Task PropertiesAreReportedAtTheBaseOrInterfaceOfTheProject() => Pii006.VerifyAsync("""
        public interface IContact { string {|#0:Email|} { get; } }
        public abstract class Person { public abstract string {|#1:FirstName|} { get; } public virtual string? {|#2:Phone|} { get; set; } }
        public class Employee : Person, IContact
        {
            public string Email { get; set; } = "";
            public override string FirstName => "n";
            public override string? Phone { get; set; }
        }
        public class Contractor : IContact { string IContact.Email => ""; }
        """,
        Pii006.At(0, "IContact.Email", "Email", "Email"),
        Pii006.At(1, "Person.FirstName", "Name", "FirstName"),
        Pii006.At(2, "Person.Phone", "Phone", "Phone"));

    [Fact]
    public Task WhatOverridesOrImplementsAMarkedPropertyIsMarked() => Pii006.VerifyAsync("""
        public interface IContact { [PersonalData(PersonalDataKind.Email)] string Email { get; } }
        public abstract class Person { [PersonalData(PersonalDataKind.Name)] public abstract string FirstName { get; } }
        public class Employee : Person, IContact
        {
            public string Email { get; set; } = "";
            public override string FirstName => "n";
        }
        """);

    [Fact]
    public Task APropertyImplementingAnotherProjectsInterfaceIsReportedWhereItCanBeMarked()
    {
        var test = new AnalyzerTest<UnmarkedPersonalDataAnalyzer>
        {
            TestCode = Pii006.Usings + """
                public class Employee : Contracts.IContact, Contracts.IMarked
                {
                    public string {|#0:Email|} { get; set; } = "";
                    public string Phone { get; set; } = "";
                }
                """,
        };
        test.AdditionalProjects["Contracts"] = new()
        {
            Pii006.Usings + """
            namespace Contracts
            {
                public interface IContact { string {|#1:Email|} { get; } }
                public interface IMarked { [PersonalData(PersonalDataKind.Phone)] string Phone { get; } }
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Pii006.At(0, "Employee.Email", "Email", "Email"));
        test.ExpectedDiagnostics.Add(Pii006.At(1, "IContact.Email", "Email", "Email"));
        return test.RunAsync();
    }

    [Fact]
    public Task ParametersAreReportedWhereABodyReceivesThem() => Pii006.VerifyAsync("""
        public interface INotifier { void Notify(string email); }
        public abstract class Sender
        {
            public abstract void Send(string phone);
            public virtual void Welcome(string {|#0:firstName|}) { }
        }
        public partial class Mailer : Sender, INotifier
        {
            public void Notify(string {|#1:email|}) { }
            public override void Send(string {|#2:phone|}) { }
            public override void Welcome(string {|#3:firstName|}) { }
            partial void OnSent(string {|#4:email|});
            partial void OnQueued(string email);
        }
        public partial class Mailer
        {
            partial void OnSent(string email) { }
        }
        public interface IAudit { void Log(string {|#5:ssn|}) { } }
        """,
        Pii006.At(0, "Sender.Welcome(firstName)", "Name", "firstName"),
        Pii006.At(1, "Mailer.Notify(email)", "Email", "email"),
        Pii006.At(2, "Mailer.Send(phone)", "Phone", "phone"),
        Pii006.At(3, "Mailer.Welcome(firstName)", "Name", "firstName"),
        Pii006.At(4, "Mailer.OnSent(email)", "Email", "email"),
        Pii006.At(5, "IAudit.Log(ssn)", "GovernmentId", "ssn"));

    [Fact]
    public Task ARecordParameterPassedToTheBaseRecordIsReportedThere() => Pii006.VerifyAsync("""
        public abstract record Person(string {|#0:FirstName|});
        public sealed record Employee(string FirstName, string {|#1:Email|}) : Person(FirstName);
        """,
        Pii006.At(0, "Person.FirstName", "Name", "FirstName"),
        Pii006.At(1, "Employee.Email", "Email", "Email"));
}
