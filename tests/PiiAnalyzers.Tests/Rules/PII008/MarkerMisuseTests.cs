using System.Threading.Tasks;
using Xunit;
using static PiiAnalyzers.Tests.Rules.PII008.Pii008;

namespace PiiAnalyzers.Tests.Rules.PII008;

/// <summary>PII008 on <c>[Redactor]</c>, and on <c>[PersonalData]</c> next to <c>[NotPersonalData]</c>.</summary>
public class MarkerMisuseTests
{
    [Fact]
    public Task RedactorThatReturnsOrTakesNothing() => VerifyAsync("""
        static class Masks
        {
            [{|#0:Redactor|}] public static void Mask(string value) { }
            [{|#1:Redactor|}] public static string Masked() => "***";
            [{|#2:Redactor()|}] public static void Nothing() { }
        }

        class Masker
        {
            [{|#3:Redactor|}] public Task MaskAsync(string value) => Task.CompletedTask;
            [{|#4:Redactor|}] public string Current() => "***";
        }
        """,
        At(0, "Redactor", "Masks.Mask", RedactorIgnored),
        At(1, "Redactor", "Masks.Masked", RedactorIgnored),
        At(2, "Redactor", "Masks.Nothing", RedactorIgnored),
        At(3, "Redactor", "Masker.MaskAsync", RedactorIgnored),
        At(4, "Redactor", "Masker.Current", RedactorIgnored));

    [Fact]
    public Task PersonalDataNextToNotPersonalDataOnAMember() => VerifyAsync("""
        class Customer
        {
            [{|#0:PersonalData(PersonalDataKind.Email)|}, NotPersonalData("Only the domain is kept.")] public string Email { get; set; } = "";
            [NotPersonalData("A shared line.")] [{|#1:PersonalData(PersonalDataKind.Phone)|}] public string? Phone;
            [{|#2:PersonalData|}] [NotPersonalData("?")] public string Nickname { get; set; } = "";
        }
        """,
        At(0, "PersonalData", "Customer.Email", Say(Contradicts, "member")),
        At(1, "PersonalData", "Customer.Phone", Say(Contradicts, "member")),
        At(2, "PersonalData", "Customer.Nickname", Say(Contradicts, "member")));

    [Fact]
    public Task PersonalDataNextToNotPersonalDataOnATypeOrParameter() => VerifyAsync("""
        [{|#0:PersonalData(PersonalDataKind.PostalAddress)|}]
        [NotPersonalData("The shop's own warehouse.")]
        class Warehouse { }

        [NotPersonalData("Coordinates of a store."), {|#1:PersonalData(PersonalDataKind.Location)|}]
        struct StorePosition { }

        record Signup([{|#2:PersonalData(PersonalDataKind.Email)|}, NotPersonalData("Test accounts only.")] string Email);

        class Mailer
        {
            public void Send([{|#3:PersonalData(PersonalDataKind.Email)|}, NotPersonalData("A role address.")] string email) { }
            public string this[[{|#4:PersonalData|}, NotPersonalData("An index.")] int position] => "";
        }
        """,
        At(0, "PersonalData", "Warehouse", Say(Contradicts, "type")),
        At(1, "PersonalData", "StorePosition", Say(Contradicts, "type")),
        At(2, "PersonalData", "Signup(Email)", Say(Contradicts, "parameter")),
        At(3, "PersonalData", "Mailer.Send(email)", Say(Contradicts, "parameter")),
        At(4, "PersonalData", "Mailer.this[position]", Say(Contradicts, "parameter")));

    [Fact]
    public Task ForeignMarkersNextToNotPersonalData() => VerifyAsync("""
        namespace Microsoft.Extensions.Compliance.Classification
        {
            public abstract class DataClassificationAttribute : System.Attribute { }
        }

        sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }

        class Account
        {
            [{|#0:Microsoft.AspNetCore.Identity.ProtectedPersonalData|}, NotPersonalData("A test fixture.")] public string Email { get; set; } = "";
            [{|#1:PrivateData|}, NotPersonalData("A currency code.")] public string Currency { get; set; } = "";
        }
        """,
        At(0, "ProtectedPersonalData", "Account.Email", Say(Contradicts, "member")),
        At(1, "PrivateData", "Account.Currency", Say(Contradicts, "member")));
}
