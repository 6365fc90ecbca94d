using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes.Redaction;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Harness;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII001;

/// <summary>What marks personal data: own attribute on every target, inheritance, records, Identity, classifications.</summary>
public class MarkerTests
{
    private const string Usings = "using System; using Microsoft.Extensions.Logging; using PiiAnalyzers; using Shop;\n";

    [Fact]
    public Task MarkedFieldPropertyParameterAndReturnValue() => Pii001.VerifyAsync(Usings + """
        class Directory
        {
            [return: PersonalData(PersonalDataKind.Email)]
            public string FindEmail(int id) => "";

            void M(ILogger logger, Customer customer, [PersonalData(PersonalDataKind.IpAddress)] string clientIp)
            {
                logger.LogInformation("{P}", {|#0:customer.Phone|});
                logger.LogInformation("{B}", {|#1:customer.BirthDate|});
                logger.LogInformation("{Ip}", {|#2:clientIp|});
                logger.LogInformation("{E}", {|#3:FindEmail(customer.Id)|});
            }
        }
        """,
        Pii001.At(0, "Customer.Phone", "Phone", "LogInformation"),
        Pii001.At(1, "Customer.BirthDate", "DateOfBirth", "LogInformation"),
        Pii001.At(2, "clientIp", "IpAddress", "LogInformation"),
        Pii001.At(3, "Directory.FindEmail()", "Email", "LogInformation"));

    [Fact]
    public Task MarkedTypeMakesEveryValueAndMemberPersonalDataButNotItsFlags() => Pii001.VerifyAsync(Usings + """
        [PersonalData(PersonalDataKind.Location)]
        struct GeoPoint { public double Latitude; public double Longitude; }

        class C
        {
            void M(ILogger logger, Customer customer, GeoPoint point, Address address)
            {
                logger.LogInformation("{A}", {|#0:customer.Address|});
                logger.LogInformation("{C}", {|#1:customer.Address.City|});
                logger.LogInformation("{P}", {|#2:point|});
                logger.LogInformation("{L}", {|#3:point.Latitude|});
                logger.LogInformation("{A}", {|#4:address|});
                logger.LogInformation("{V}", customer.Address.IsVerified);
            }
        }
        """,
        Pii001.At(0, "Customer.Address", "PostalAddress", "LogInformation"),
        Pii001.At(1, "Address.City", "PostalAddress", "LogInformation"),
        Pii001.At(2, "point", "Location", "LogInformation"),
        Pii001.At(3, "GeoPoint.Latitude", "Location", "LogInformation"),
        Pii001.At(4, "address", "PostalAddress", "LogInformation"));

    [Fact]
    public Task NotPersonalDataOverridesTheMarkedType() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Customer customer) => logger.LogInformation("{From}", customer.ShipFrom);
        }
        """);

    [Fact]
    public Task MarkersAreInheritedThroughOverridesInterfacesAndBaseTypes() => Pii001.VerifyAsync(Usings + """
        interface IContact { [PersonalData(PersonalDataKind.Email)] string Email { get; } }
        class Contact : IContact { public string Email { get; set; } = ""; }
        abstract class Person { [PersonalData(PersonalDataKind.Name)] public abstract string Name { get; } }
        class Employee : Person { public override string Name => "n"; }
        [PersonalData(PersonalDataKind.Other)] class Patient { }
        class Outpatient : Patient { }

        class C
        {
            void M(ILogger logger, Contact contact, Employee employee, Outpatient outpatient)
            {
                logger.LogInformation("{E}", {|#0:contact.Email|});
                logger.LogInformation("{N}", {|#1:employee.Name|});
                logger.LogInformation("{P}", {|#2:outpatient|});
            }
        }
        """,
        Pii001.At(0, "Contact.Email", "Email", "LogInformation"),
        Pii001.At(1, "Employee.Name", "Name", "LogInformation"),
        Pii001.At(2, "outpatient", "Other", "LogInformation"));

    [Fact]
    public Task RecordPositionalParameterMarksTheProperty() => Pii001.VerifyAsync(Usings + """
        record Signup([PersonalData(PersonalDataKind.Email)] string Email, string Source);

        class C
        {
            void M(ILogger logger, Signup signup)
            {
                logger.LogInformation("{E}", {|#0:signup.Email|});
                logger.LogInformation("{S}", signup.Source);
            }
        }
        """, Pii001.At(0, "Signup.Email", "Email", "LogInformation"));

    [Fact]
    public Task RecordPositionalParameterDeclaredNotPersonal() => Pii001.VerifyAsync(Usings + """
        record Shipment(int Id, [NotPersonalData("The shop's own warehouse.")] Address From, Address To);

        class C
        {
            void M(ILogger logger, Shipment shipment)
            {
                logger.LogInformation("{F}", shipment.From);
                logger.LogInformation("{T}", {|#0:shipment.To|});
                logger.LogInformation("{S}", {|#1:shipment|});
            }
        }
        """,
        Pii001.At(0, "Shipment.To", "PostalAddress", "LogInformation"),
        Pii001.At(1, "Shipment.To", "PostalAddress", "LogInformation"));

    [Fact]
    public Task IdentityMarkersAndIdentityUserToString() => Pii001.VerifyAsync(Usings + """
        class ApplicationUser : Microsoft.AspNetCore.Identity.IdentityUser { }
        class NamedUser : Microsoft.AspNetCore.Identity.IdentityUser { public override string ToString() => Id; }
        class CountedUser : Microsoft.AspNetCore.Identity.IdentityUser { public override string ToString() => "user #" + AccessFailedCount; }

        class C
        {
            void M(ILogger logger, ApplicationUser user, NamedUser named, CountedUser counted)
            {
                logger.LogInformation("{E}", {|#0:user.Email|});
                logger.LogInformation("{P}", {|#1:user.PhoneNumber|});
                logger.LogInformation("{U}", {|#2:user|});
                logger.LogInformation("{C}", user.EmailConfirmed);
                logger.LogInformation("{F}", user.AccessFailedCount);
                logger.LogInformation("{N}", {|#3:named|});
                logger.LogInformation("{N}", counted);
            }
        }
        """,
        Pii001.At(0, "IdentityUser.Email", "ProtectedPersonalData", "LogInformation"),
        Pii001.At(1, "IdentityUser.PhoneNumber", "ProtectedPersonalData", "LogInformation"),
        Pii001.At(2, "IdentityUser.UserName", "ProtectedPersonalData", "LogInformation"),
        // The override prints Identity's [PersonalData] Id.
        Pii001.At(3, "IdentityUser.Id", "PersonalData", "LogInformation"));

    [Fact]
    public Task DataClassificationSubclassesMarkPersonalData() => Pii001.VerifyAsync(Usings + """
        namespace Microsoft.Extensions.Compliance.Classification
        {
            public abstract class DataClassificationAttribute : System.Attribute { }
        }

        sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }

        class Account
        {
            [PrivateData] public string Iban { get; set; } = "";
            public string Currency { get; set; } = "";
        }

        class C
        {
            void M(ILogger logger, Account account)
            {
                logger.LogInformation("{I}", {|#0:account.Iban|});
                logger.LogInformation("{C}", account.Currency);
            }
        }
        """, Pii001.At(0, "Account.Iban", "PrivateData", "LogInformation"));

    [Fact]
    public Task ProjectOwnCopyOfTheAttributesIsRecognised()
    {
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
        {
            ReferenceAnnotations = false,
            TestCode = """
                using Microsoft.Extensions.Logging;

                namespace PiiAnalyzers
                {
                    public enum PersonalDataKind { Other, Name, Email }
                    [System.AttributeUsage(System.AttributeTargets.All)]
                    public sealed class PersonalDataAttribute : System.Attribute { public PersonalDataAttribute(PersonalDataKind kind) { } }
                }

                class User { [PiiAnalyzers.PersonalData(PiiAnalyzers.PersonalDataKind.Email)] public string Email { get; set; } = ""; }

                class C
                {
                    void M(ILogger logger, User user) => logger.LogInformation("{E}", {|#0:user.Email|});
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Pii001.At(0, "User.Email", "Email", "LogInformation"));
        return test.RunAsync();
    }

    [Fact]
    public Task NothingIsReportedWithoutAnyMarker()
    {
        var test = new AnalyzerTest<PersonalDataWrittenToLogAnalyzer>
        {
            ReferenceAnnotations = false,
            TestCode = """
                using Microsoft.Extensions.Logging;
                class User { public string Email { get; set; } = ""; }
                class C { void M(ILogger logger, User user) => logger.LogInformation("{E}", user.Email); }
                """,
        };
        return test.RunAsync();
    }
}
