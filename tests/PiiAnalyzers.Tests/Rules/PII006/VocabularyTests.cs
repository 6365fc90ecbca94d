using System.Collections.Generic;
using System.Linq;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Model;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII006;

/// <summary>
/// The vocabulary of PII006, name by name: what must match (with its kind and the words that matched, as written) and
/// what must not. A containing type is given where the answer depends on it (<c>Customer.Name</c>, <c>Product.Name</c>).
/// </summary>
public class VocabularyTests
{
    /// <summary>Names that look like personal data: (name, containing type or null, kind, words as written).</summary>
    public static readonly (string Name, string? Type, string Kind, string Word)[] Matching =
    {
        // Name
        ("FirstName", null, "Name", "FirstName"),
        ("first_name", null, "Name", "first_name"),
        ("FIRST_NAME", null, "Name", "FIRST_NAME"),
        ("LastName", null, "Name", "LastName"),
        ("lastName", null, "Name", "lastName"),
        ("Surname", null, "Name", "Surname"),
        ("GivenName", null, "Name", "GivenName"),
        ("FamilyName", null, "Name", "FamilyName"),
        ("MiddleName", null, "Name", "MiddleName"),
        ("MaidenName", null, "Name", "MaidenName"),
        ("Nickname", null, "Name", "Nickname"),
        ("NickName", null, "Name", "NickName"),
        ("PreferredName", null, "Name", "PreferredName"),
        ("Forename", null, "Name", "Forename"),
        ("MiddleInitial", null, "Name", "MiddleInitial"),
        ("Initials", null, "Name", "Initials"),
        ("ContactName", null, "Name", "Name"),
        ("CustomerName", null, "Name", "Name"),
        ("CustomerFullName", null, "Name", "FullName"),
        ("EmergencyContactName", null, "Name", "Name"),
        ("CardholderName", null, "Name", "Name"),
        ("CardHolder", null, "Name", "CardHolder"),
        ("AccountHolderName", null, "Name", "Name"),
        ("BeneficiaryName", null, "Name", "Name"),
        ("SpouseName", null, "Name", "Name"),
        ("UserDisplayName", null, "Name", "DisplayName"),
        ("Name", "Customer", "Name", "Name"),
        ("Name", "CustomerDto", "Name", "Name"),
        ("Name", "CreateUserRequest", "Name", "Name"),
        ("Name", "IPatient", "Name", "Name"),
        ("name", "Employee", "Name", "name"),
        ("FullName", "Person", "Name", "FullName"),
        ("LegalName", "Person", "Name", "LegalName"),
        ("DisplayName", "UserProfile", "Name", "DisplayName"),

        // Email
        ("Email", null, "Email", "Email"),
        ("email", null, "Email", "email"),
        ("EMail", null, "Email", "EMail"),
        ("E_Mail", null, "Email", "E_Mail"),
        ("EmailAddress", null, "Email", "EmailAddress"),
        ("CustomerEmail", null, "Email", "Email"),
        ("ContactEmail", null, "Email", "Email"),
        ("WorkEmail", null, "Email", "Email"),
        ("BillingEmail", null, "Email", "Email"),
        ("Emails", null, "Email", "Emails"),
        ("EmailAddresses", null, "Email", "EmailAddresses"),
        ("EmailList", null, "Email", "Email"),
        ("RecoveryEmail", null, "Email", "Email"),
        ("AlternateEmail2", null, "Email", "Email"),
        ("MailAddress", null, "Email", "MailAddress"),
        ("EmailAddr", null, "Email", "EmailAddr"),
        ("NewEmail", null, "Email", "Email"),
        ("EmailInput", null, "Email", "Email"),
        ("_email", null, "Email", "email"),

        // Phone
        ("Phone", null, "Phone", "Phone"),
        ("PhoneNumber", null, "Phone", "PhoneNumber"),
        ("phoneNumber", null, "Phone", "phoneNumber"),
        ("PhoneNo", null, "Phone", "PhoneNo"),
        ("MobilePhone", null, "Phone", "MobilePhone"),
        ("Mobile", null, "Phone", "Mobile"),
        ("MobileNumber", null, "Phone", "MobileNumber"),
        ("HomePhone", null, "Phone", "Phone"),
        ("Telephone", null, "Phone", "Telephone"),
        ("TelNo", null, "Phone", "Tel"),
        ("Fax", null, "Phone", "Fax"),
        ("FaxNumber", null, "Phone", "Fax"),
        ("CellPhone", null, "Phone", "CellPhone"),
        ("ContactNumber", null, "Phone", "ContactNumber"),
        ("PhoneNumbers", null, "Phone", "PhoneNumbers"),
        ("WhatsAppNumber", null, "Phone", "WhatsApp"),
        ("Msisdn", null, "Phone", "Msisdn"),

        // PostalAddress
        ("Address", "Customer", "PostalAddress", "Address"),
        ("Address", "Order", "PostalAddress", "Address"),
        ("Email", "AccountSettingsViewModel", "Email", "Email"),
        ("PhoneNumber", "UserSettingsDto", "Phone", "PhoneNumber"),
        ("Address", "ShipmentDto", "PostalAddress", "Address"),
        ("CustomerAddress", null, "PostalAddress", "Address"),
        ("PreviousAddress", null, "PostalAddress", "Address"),
        ("HomeAddress", null, "PostalAddress", "Address"),
        ("ShippingAddress", null, "PostalAddress", "Address"),
        ("BillingAddress", null, "PostalAddress", "Address"),
        ("DeliveryAddress", null, "PostalAddress", "Address"),
        ("MailingAddress", null, "PostalAddress", "Address"),
        ("StreetAddress", null, "PostalAddress", "Address"),
        ("AddressLine1", null, "PostalAddress", "AddressLine"),
        ("AddressLine", null, "PostalAddress", "AddressLine"),
        ("Street", null, "PostalAddress", "Street"),
        ("StreetName", null, "PostalAddress", "StreetName"),
        ("HouseNumber", null, "PostalAddress", "HouseNumber"),
        ("City", null, "PostalAddress", "City"),
        ("CityName", null, "PostalAddress", "CityName"),
        ("Town", null, "PostalAddress", "Town"),
        ("PostCode", null, "PostalAddress", "PostCode"),
        ("Postcode", null, "PostalAddress", "Postcode"),
        ("PostalCode", null, "PostalAddress", "PostalCode"),
        ("ZipCode", null, "PostalAddress", "ZipCode"),
        ("Zip", null, "PostalAddress", "Zip"),
        ("ZIP", null, "PostalAddress", "ZIP"),
        ("PoBox", null, "PostalAddress", "PoBox"),
        ("Suburb", null, "PostalAddress", "Suburb"),
        ("Addresses", "Customer", "PostalAddress", "Addresses"),
        ("StreetAddr", null, "PostalAddress", "Addr"),

        // DateOfBirth
        ("DateOfBirth", null, "DateOfBirth", "DateOfBirth"),
        ("date_of_birth", null, "DateOfBirth", "date_of_birth"),
        ("BirthDate", null, "DateOfBirth", "BirthDate"),
        ("Birthday", null, "DateOfBirth", "Birthday"),
        ("DOB", null, "DateOfBirth", "DOB"),
        ("Dob", null, "DateOfBirth", "Dob"),
        ("BirthYear", null, "DateOfBirth", "BirthYear"),
        ("YearOfBirth", null, "DateOfBirth", "YearOfBirth"),
        ("Age", "Customer", "DateOfBirth", "Age"),
        ("PatientAge", null, "DateOfBirth", "Age"),

        // Gender
        ("Gender", null, "Gender", "Gender"),
        ("Sex", null, "Gender", "Sex"),
        ("GenderIdentity", null, "Gender", "GenderIdentity"),
        ("Pronouns", null, "Gender", "Pronouns"),

        // GovernmentId
        ("Ssn", null, "GovernmentId", "Ssn"),
        ("SSN", null, "GovernmentId", "SSN"),
        ("SocialSecurityNumber", null, "GovernmentId", "SocialSecurityNumber"),
        ("NationalId", null, "GovernmentId", "NationalId"),
        ("NationalIdNumber", null, "GovernmentId", "NationalIdNumber"),
        ("PassportNumber", null, "GovernmentId", "PassportNumber"),
        ("PassportNo", null, "GovernmentId", "PassportNo"),
        ("Passport", null, "GovernmentId", "Passport"),
        ("TaxId", null, "GovernmentId", "TaxId"),
        ("TaxIdentificationNumber", null, "GovernmentId", "TaxIdentificationNumber"),
        ("DriversLicense", null, "GovernmentId", "DriversLicense"),
        ("DriverLicenseNumber", null, "GovernmentId", "DriverLicense"),
        ("DrivingLicence", null, "GovernmentId", "DrivingLicence"),
        ("IdCardNumber", null, "GovernmentId", "IdCardNumber"),
        ("NationalInsuranceNumber", null, "GovernmentId", "NationalInsuranceNumber"),
        ("Aadhaar", null, "GovernmentId", "Aadhaar"),

        // PaymentCard
        ("CardNumber", null, "PaymentCard", "CardNumber"),
        ("CreditCardNumber", null, "PaymentCard", "CreditCardNumber"),
        ("CreditCard", null, "PaymentCard", "CreditCard"),
        ("CardNo", null, "PaymentCard", "CardNo"),
        ("Cvv", null, "PaymentCard", "Cvv"),
        ("CVV2", null, "PaymentCard", "CVV"),
        ("Cvc", null, "PaymentCard", "Cvc"),
        ("CardSecurityCode", null, "PaymentCard", "CardSecurityCode"),
        ("CardExpiryDate", null, "PaymentCard", "CardExpiryDate"),
        ("DebitCardNumber", null, "PaymentCard", "DebitCardNumber"),

        // BankAccount
        ("Iban", null, "BankAccount", "Iban"),
        ("IBAN", null, "BankAccount", "IBAN"),
        ("AccountNumber", null, "BankAccount", "AccountNumber"),
        ("BankAccountNumber", null, "BankAccount", "BankAccountNumber"),
        ("BankAccount", null, "BankAccount", "BankAccount"),

        // Credential
        ("Password", null, "Credential", "Password"),
        ("password", null, "Credential", "password"),
        ("NewPassword", null, "Credential", "Password"),
        ("ConfirmPassword", null, "Credential", "Password"),
        ("PasswordConfirmation", null, "Credential", "Password"),
        ("CurrentPassword", null, "Credential", "Password"),
        ("Passphrase", null, "Credential", "Passphrase"),
        ("Pin", "PaymentCard", "Credential", "Pin"),
        ("Pin", "Customer", "Credential", "Pin"),
        ("CardPin", null, "Credential", "Pin"),
        ("PinCode", null, "Credential", "PinCode"),
        ("SecurityAnswer", null, "Credential", "SecurityAnswer"),
        ("Pwd", null, "Credential", "Pwd"),
        ("OneTimePassword", null, "Credential", "Password"),
        ("Secret", "User", "Credential", "Secret"),
        ("TotpSecret", null, "Credential", "Secret"),

        // IpAddress
        ("IpAddress", null, "IpAddress", "IpAddress"),
        ("IPAddress", null, "IpAddress", "IPAddress"),
        ("ClientIp", null, "IpAddress", "Ip"),
        ("RemoteIpAddress", null, "IpAddress", "IpAddress"),
        ("Ipv4", null, "IpAddress", "Ipv4"),
        ("IPv6Address", null, "IpAddress", "IPv6Address"),
        ("LastLoginIp", null, "IpAddress", "Ip"),
        ("ClientIPs", null, "IpAddress", "IPs"),
        ("ip_addr", null, "IpAddress", "ip_addr"),

        // DeviceId
        ("DeviceId", null, "DeviceId", "DeviceId"),
        ("Imei", null, "DeviceId", "Imei"),
        ("IMEI", null, "DeviceId", "IMEI"),
        ("Idfa", null, "DeviceId", "Idfa"),
        ("AdvertisingId", null, "DeviceId", "AdvertisingId"),
        ("MacAddress", null, "DeviceId", "MacAddress"),
        ("DeviceToken", null, "DeviceId", "DeviceToken"),
        ("AndroidId", null, "DeviceId", "AndroidId"),
        ("Udid", null, "DeviceId", "Udid"),

        // Location
        ("Latitude", null, "Location", "Latitude"),
        ("Longitude", null, "Location", "Longitude"),
        ("Lat", null, "Location", "Lat"),
        ("Lng", null, "Location", "Lng"),
        ("GeoLocation", null, "Location", "GeoLocation"),
        ("CurrentLocation", null, "Location", "Location"),
        ("LastKnownLocation", null, "Location", "Location"),
        ("GpsCoordinates", null, "Location", "GpsCoordinates"),
        ("HomeLatitude", null, "Location", "Latitude"),
        ("UserLocation", null, "Location", "Location"),

        // OnlineIdentifier
        ("UserName", null, "OnlineIdentifier", "UserName"),
        ("Username", null, "OnlineIdentifier", "Username"),
        ("userName", null, "OnlineIdentifier", "userName"),
        ("LoginName", null, "OnlineIdentifier", "LoginName"),
        ("Login", "User", "OnlineIdentifier", "Login"),
        ("ScreenName", null, "OnlineIdentifier", "ScreenName"),
        ("WeChatId", null, "OnlineIdentifier", "WeChatId"),
        ("TwitterHandle", null, "OnlineIdentifier", "Handle"),
        ("Handle", "Customer", "OnlineIdentifier", "Handle"),
        ("SkypeId", null, "OnlineIdentifier", "SkypeId"),
        ("GamerTag", null, "OnlineIdentifier", "GamerTag"),
    };

    /// <summary>Names that mention personal data, or look like it, without being it: (name, containing type or null).</summary>
    public static readonly (string Name, string? Type)[] NotMatching =
    {
        // Metadata about the data: its last word says what it is.
        ("EmailTemplate", null), ("PhoneType", null), ("AddressFamily", null), ("IsEmailConfirmed", null),
        ("MaxAddressLength", null), ("SupportEmailSubject", null), ("EmailEnabled", null), ("DateFormat", null),
        ("CityCount", null), ("LastNameRegex", null), ("Ipv4Pattern", null), ("NameOfType", null), ("EmailSubject", null),
        ("EmailBody", null), ("EmailSender", null), ("EmailCount", null), ("EmailVerified", null), ("EmailConfirmed", null),
        ("PhoneNumberConfirmed", null), ("EmailDomain", null), ("AddressType", null), ("AddressBook", null),
        ("AddressFormat", null), ("PhoneExtension", null), ("PhonePrefix", null), ("PhoneCountryCode", null),
        ("PasswordResetToken", null), ("PasswordHint", null), ("PasswordChar", null), ("PasswordPolicy", null),
        ("PasswordLength", null), ("PasswordExpiry", null), ("PasswordRequired", null), ("PasswordStrength", null),
        ("LoginUrl", null), ("LoginAttempts", null), ("LoginProvider", null), ("PinMode", null), ("IsPinned", null),
        ("AgeGroup", null), ("IpRange", null), ("IpWhitelist", null), ("EmailRegex", null), ("PhonePattern", null),
        ("ZipFile", null), ("ZipArchive", null), ("StreetView", null), ("EmailNotificationsEnabled", null),
        ("PhoneVerifiedAt", null), ("EmailConfirmationToken", null), ("LastNameLength", null), ("FirstNameMaxLength", null),
        ("NameLabel", null), ("NamePlaceholder", null), ("EmailColumn", null), ("EmailHeader", null), ("EmailField", null),
        ("EmailKey", null), ("GenderOptions", null), ("GenderLabel", null), ("BirthDateFormat", null),
        ("DateOfBirthRequired", null), ("SsnPattern", null), ("CardNumberLength", null), ("CvvLength", null),
        ("IbanValidator", null), ("PassportExpiry", null), ("UserNameClaimType", null), ("NameClaimType", null),
        ("EmailClaim", null), ("GeoLocationProvider", null), ("UserAgentString", null),

        // Ids of things: a key, not the data (UserId is how the rules suggest naming a person instead).
        ("Id", null), ("UserId", null), ("CustomerId", null), ("EmailId", null), ("PersonId", null), ("EmployeeId", null),
        ("AddressId", null), ("CityId", null), ("SessionId", null), ("ClientId", null), ("TenantId", null),

        // Protected forms: hashed, encrypted, masked, redacted, salted.
        ("PasswordHash", null), ("HashedPassword", null), ("EncryptedSsn", null), ("MaskedCardNumber", null),
        ("SsnEncrypted", null), ("RedactedEmail", null), ("SaltedPassword", null), ("PasswordSalt", null),
        ("EmailHash", null), ("PhoneNumberHash", null), ("EmailSha256", null), ("CardNumberLast4", null),

        // Questions, actions, counts, made-up values.
        ("SendEmail", null), ("HasPhone", null), ("DefaultEmail", null), ("TestEmail", null), ("SampleAddress", null),
        ("RequirePassword", null), ("MaxLatitude", null), ("MaxAge", null), ("NumAddresses", null), ("InvalidEmail", null),

        // The organisation's and machines' own.
        ("SupportEmail", null), ("NoReplyEmail", null), ("FromEmail", null), ("SupportPhone", null),
        ("CompanyAddress", null), ("StoreAddress", null), ("ServerAddress", null), ("BaseAddress", null),
        ("EndpointAddress", null), ("RemoteAddress", null), ("HostAddress", null), ("ServerIp", null), ("LocalIp", null),
        ("AllowedIps", null), ("GatewayIpAddress", null), ("ClientSecret", null), ("JwtSecret", null),
        ("WebhookSecret", null), ("DbPassword", null), ("SmtpPassword", null), ("SmtpUserName", null),
        ("DatabaseUsername", null), ("ProxyPassword", null), ("AdminPassword", null), ("CenterLatitude", null),
        ("NorthLatitude", null), ("LedgerAccountNumber", null), ("GlAccountNumber", null),
        ("Latitude", "Store"), ("Email", "Store"), ("Phone", "Supplier"), ("Address", "Server"), ("Address", "Warehouse"),
        ("Email", "SmtpOptions"), ("UserName", "SmtpSettings"), ("Password", "DatabaseConfig"), ("FirstName", "AppConfiguration"),

        // Issue 11, from real solutions: settings, the organisation's places and rules, secrets of the system, addresses
        // that are not postal.
        ("Password", "CustomerSettings"), ("ApiKey", "CustomerSettings"), ("Password", "SmtpConfigForm"),
        ("UserName", "SettingsViewModel"), ("ApiKey", null), ("LicenseKey", null), ("ConnectionString", null),
        ("ClientSecret", "Customer"), ("Zip", "TaxRate"), ("ZipCode", "ShippingRule"), ("Address", "PickupPoint"),
        ("Address", "CollectionPoint"), ("Email", "Merchant"), ("Phone", "Dealer"),
        ("Title", "Product"), ("DisplayName", "Product"), ("Address", null), ("Address", "Node"), ("Addresses", null),
        ("LightningAddress", null), ("WalletAddress", null), ("BitcoinAddress", null), ("ContractAddress", null),
        ("DepositAddress", null), ("PaymentAddress", "Invoice"), ("Address", "PaymentRequest"),

        // Name only in a person-like type or after a person's qualifier.
        ("Name", null), ("Name", "Product"), ("Name", "Category"), ("Name", "Account"), ("Name", "UserGroup"),
        ("Name", "CustomerSegment"), ("Name", "Company"), ("Name", "Profile"), ("Name", "ConsentCheckCandidate"),
        ("TypeName", null), ("FileName", null), ("HostName", null), ("ServerName", null), ("MachineName", null),
        ("CompanyName", null), ("ProductName", null), ("DeviceName", null), ("AccountName", null), ("MemberName", null),
        ("ParentName", null), ("ChildName", null), ("NameSpace", null), ("Namespace", null), ("DisplayName", null), ("DisplayName", "Permission"),
        ("FullName", null), ("FullName", "TypeModel"), ("LegalName", "Company"),

        // Words that name too many other things, or only with the right qualifier or type.
        ("UserAgent", null), ("Secret", null), ("SecretKey", null), ("LastLogin", null), ("Login", null), ("Handle", null),
        ("WindowHandle", null), ("FileHandle", null), ("Pin", null), ("GpioPin", null), ("LedPin", null), ("Age", null),
        ("CacheAge", null), ("Location", null), ("FileLocation", null), ("StorageLocation", null), ("Coordinates", null),
        ("Country", null), ("CountryCode", null), ("State", null), ("Region", null), ("Cell", null), ("SecurityCode", null),
        ("DeviceType", null), ("DeviceModel", null), ("OrderNumber", null), ("InvoiceNumber", null), ("LicenseNumber", null),
        ("SerialNumber", null), ("TrackingNumber", null), ("RoutingNumber", null), ("SortCode", null), ("Bic", null),
        ("SwiftCode", null), ("TimeZone", null), ("CurrencyCode", null), ("TaxRate", null), ("UserRole", null),
        ("UserCount", null), ("Value", null), ("Number", null), ("Text", null), ("Line1", null), ("Title", null),
        ("Description", null), ("Url", null), ("Mail", null), ("Contact", null), ("Tip", null), ("Shipping", null),
    };

    public static TheoryData<string, string?, string, string> MatchingNames()
    {
        var data = new TheoryData<string, string?, string, string>();
        foreach (var (name, type, kind, word) in Matching)
        {
            data.Add(name, type, kind, word);
        }

        return data;
    }

    public static TheoryData<string, string?> NotMatchingNames()
    {
        var data = new TheoryData<string, string?>();
        foreach (var (name, type) in NotMatching)
        {
            data.Add(name, type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MatchingNames))]
    public void Matches(string name, string? type, string kind, string word) =>
        Assert.Equal(new VocabularyMatch(kind, word), PersonalDataVocabulary.Match(name, type));

    [Theory]
    [MemberData(nameof(NotMatchingNames))]
    public void DoesNotMatch(string name, string? type) =>
        Assert.Null(PersonalDataVocabulary.Match(name, type));

    [Fact]
    public void TheTablesAreLargeAndHaveNoRepeatedName()
    {
        Assert.True(Matching.Length >= 150, $"{Matching.Length} matching names");
        Assert.True(NotMatching.Length >= 150, $"{NotMatching.Length} names that must not match");
        Assert.Empty(Matching.GroupBy(m => (m.Name, m.Type)).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(NotMatching.GroupBy(m => m).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void EveryKindOfTheVocabularyIsAPersonalDataKindAndEveryKindWithWordsIsTested()
    {
        var kinds = PersonalDataVocabulary.AllPhrases().Select(p => p.Value).Distinct().ToList();
        Assert.All(kinds, kind => Assert.Contains(kind, PrivacyAttributeNames.PersonalDataKinds));
        Assert.All(kinds, kind => Assert.Contains(Matching, m => m.Kind == kind));
    }

    [Fact]
    public void EveryPhraseMatchesItsKindAloneAndInThePluralInAPersonLikeType()
    {
        // The phrases that never stand alone: they need a qualifier (CurrentLocation, CardSecurityCode).
        string[] qualified = { "location", "coordinates", "securitycode" };
        var wrong = new List<string>();
        foreach (var (phrase, kind) in PersonalDataVocabulary.AllPhrases().Where(p => !qualified.Contains(p.Key)))
        {
            string plural = phrase.EndsWith('s') ? phrase : phrase.EndsWith('x') ? phrase + "es" : phrase + "s";
            // A handle after "Customer" is a handle to a customer object (only TwitterHandle, UserHandle, … are a person's).
            string qualifiedName = phrase == "handle" ? "UserHandle" : "Customer" + char.ToUpperInvariant(phrase[0]) + phrase.Substring(1);
            foreach (string name in new[] { phrase, plural, qualifiedName })
            {
                if (PersonalDataVocabulary.Match(name, "Customer")?.Kind != kind)
                {
                    wrong.Add($"{name}: {PersonalDataVocabulary.Match(name, "Customer")?.ToString() ?? "no match"}, expected {kind}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("IPAddress", new[] { "IP", "Address" })]
    [InlineData("customerEmail", new[] { "customer", "Email" })]
    [InlineData("SSN", new[] { "SSN" })]
    [InlineData("date_of_birth", new[] { "date", "of", "birth" })]
    [InlineData("_email2", new[] { "email", "2" })]
    [InlineData("AddressLine1", new[] { "Address", "Line", "1" })]
    [InlineData("IPv4Address", new[] { "I", "Pv", "4", "Address" })]
    [InlineData("HTMLParser", new[] { "HTML", "Parser" })]
    [InlineData("@class", new[] { "class" })]
    [InlineData("", new string[0])]
    public void SplitsIntoWords(string name, string[] words) =>
        Assert.Equal(words, PersonalDataVocabulary.Split(name).Select(w => w.Text));

    [Theory]
    [InlineData("Customer", "Person")]
    [InlineData("CustomerDto", "Person")]
    [InlineData("UserProfileViewModel", "Person")]
    [InlineData("CreateUserRequest", "Person")]
    [InlineData("IPatient", "Person")]
    [InlineData("PersonV2", "Person")]
    [InlineData("People", "Person")]
    [InlineData("UserGroup", "Other")]
    [InlineData("Profile", "Other")]
    [InlineData("Account", "Other")]
    [InlineData("Client", "Other")]
    [InlineData("Store", "Organization")]
    [InlineData("SupplierDto", "Organization")]
    [InlineData("SmtpServer", "Organization")]
    [InlineData("SmtpOptions", "Settings")]
    [InlineData("SmtpConfigForm", "Settings")]
    [InlineData("SettingsViewModel", "Settings")]
    [InlineData("PickupPoint", "Organization")]
    [InlineData("TaxRate", "Organization")]
    [InlineData("ShippingRule", "Organization")]
    [InlineData("AccountSettingsViewModel", "Other")]
    [InlineData("UserSettingsDto", "Other")]
    [InlineData("EmailSettings", "Settings")]
    [InlineData("AppConfig", "Settings")]
    [InlineData("MessageDefaults", "Settings")]
    public void DescribesTypesByTheirHeadWord(string typeName, string role) =>
        Assert.Equal(role, PersonalDataVocabulary.Describe(typeName).Role.ToString());

    [Theory]
    [InlineData("EmailAddressAttribute", null, "Email")]
    [InlineData("PhoneAttribute", null, "Phone")]
    [InlineData("CreditCardAttribute", null, "PaymentCard")]
    [InlineData("DataTypeAttribute", "Password", "Credential")]
    [InlineData("DataTypeAttribute", "PostalCode", "PostalAddress")]
    [InlineData("DataTypeAttribute", "EmailAddress", "Email")]
    [InlineData("DataTypeAttribute", "PhoneNumber", "Phone")]
    [InlineData("DataTypeAttribute", "CreditCard", "PaymentCard")]
    [InlineData("DataTypeAttribute", "Url", null)]
    [InlineData("DataTypeAttribute", "Date", null)]
    [InlineData("UrlAttribute", null, null)]
    [InlineData("RequiredAttribute", null, null)]
    public void DataAnnotationsHints(string attribute, string? dataType, string? kind) =>
        Assert.Equal(kind, PersonalDataVocabulary.DataAnnotationsKind(attribute, dataType));
}
