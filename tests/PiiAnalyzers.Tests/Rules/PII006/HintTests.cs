using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII006;

/// <summary>DataAnnotations attributes that say what a value is count where the name says nothing.</summary>
public class HintTests
{
    [Fact]
    public Task DataAnnotationsHintsSpeakForNamesWithoutAWord() => Pii006.VerifyAsync("""
        using System.ComponentModel.DataAnnotations;

        public class SignupForm
        {
            [EmailAddress] public string {|#0:Primary|} { get; set; } = "";
            [Phone] public string {|#1:Contact|} { get; set; } = "";
            [CreditCard] public string {|#2:Pan|} { get; set; } = "";
            [DataType(DataType.Password)] public string {|#3:Code|} { get; set; } = "";
            [DataType(DataType.PostalCode)] public string {|#4:Plz|} { get; set; } = "";
            [DataType(DataType.EmailAddress)] public string {|#5:Reach|} { get; set; } = "";
            [DataType(DataType.PhoneNumber)] public string {|#6:Dial|} { get; set; } = "";
            [DataType(DataType.CreditCard)] public string {|#7:Plastic|} { get; set; } = "";
            [Url] public string Website { get; set; } = "";
            [DataType(DataType.Date)] public DateTime Joined { get; set; }
            [DataType("Custom")] public string Other { get; set; } = "";
            [EmailAddress] public string {|#8:Email|} { get; set; } = "";
            [EmailAddress] public string SupportEmail { get; set; } = "";
            [Required, EmailAddress] public bool Flag { get; set; }
            [EmailAddress] public string {|#9:Login|} { get; set; } = "";
            [DataType(DataType.Password)] public string {|#10:Secret|} { get; set; } = "";
        }

        public class EmailSettings { [EmailAddress] public string Sender { get; set; } = ""; }
        public class Store { [Phone] public string Hotline { get; set; } = ""; }
        """,
        Pii006.At(0, "SignupForm.Primary", "Email", "[EmailAddress]"),
        Pii006.At(1, "SignupForm.Contact", "Phone", "[Phone]"),
        Pii006.At(2, "SignupForm.Pan", "PaymentCard", "[CreditCard]"),
        Pii006.At(3, "SignupForm.Code", "Credential", "[DataType(DataType.Password)]"),
        Pii006.At(4, "SignupForm.Plz", "PostalAddress", "[DataType(DataType.PostalCode)]"),
        Pii006.At(5, "SignupForm.Reach", "Email", "[DataType(DataType.EmailAddress)]"),
        Pii006.At(6, "SignupForm.Dial", "Phone", "[DataType(DataType.PhoneNumber)]"),
        Pii006.At(7, "SignupForm.Plastic", "PaymentCard", "[DataType(DataType.CreditCard)]"),
        Pii006.At(8, "SignupForm.Email", "Email", "Email"),
        Pii006.At(9, "SignupForm.Login", "Email", "[EmailAddress]"),
        Pii006.At(10, "SignupForm.Secret", "Credential", "[DataType(DataType.Password)]"));

    [Fact]
    public Task HintsOnParametersCount() => Pii006.VerifyAsync("""
        using System.ComponentModel.DataAnnotations;

        public class Api
        {
            public void Register([EmailAddress] string {|#0:login|}, [Phone] string {|#1:contact|}) { }
        }
        """,
        Pii006.At(0, "Api.Register(login)", "Email", "[EmailAddress]"),
        Pii006.At(1, "Api.Register(contact)", "Phone", "[Phone]"));
}
