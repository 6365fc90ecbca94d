using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Model;

/// <summary>
/// The words that make a member look like personal data (PII006), by <c>PersonalDataKind</c>, and the rules that keep
/// them quiet where a name only mentions the data. A name is split into words (<see cref="Split"/>: camelCase,
/// PascalCase, acronyms such as <c>IPAddress</c> and <c>SSN</c>, <c>_</c>, digits) and is judged by its <b>head</b>,
/// the last word that is not a neutral suffix (<c>Value</c>, <c>Text</c>, <c>List</c>, <c>Number</c>, a digit, …):
/// the head must end a vocabulary phrase. <c>CustomerEmail</c> is an e-mail; <c>EmailTemplate</c>,
/// <c>EmailSubject</c>, <c>PhoneType</c>, <c>MaxAddressLength</c>, <c>IsEmailConfirmed</c>, <c>UserId</c> are
/// about one, so they do not match. Words before the phrase are qualifiers: some make the value something else
/// (<c>PasswordHash</c> is not a password, <c>HashedPassword</c> neither; <c>SupportEmail</c> is the organisation's),
/// and a few ambiguous words (<c>Name</c>, <c>DisplayName</c>, <c>Age</c>, <c>Login</c>, <c>Handle</c>, <c>Pin</c>)
/// need a qualifier that names a person (<c>CustomerName</c>) or a type that is a person (<c>Customer.Name</c>).
/// Precision matters more than recall: a word that names too many other things (<c>Location</c>, <c>State</c>,
/// <c>Country</c>, <c>Cell</c>) is left out. docs/rules/PII006.md lists every word and rule.
/// </summary>
internal static class PersonalDataVocabulary
{
    /// <summary>The longest phrase, in words, that is looked up.</summary>
    private const int MaxPhraseWords = 6;

    /// <summary>Words that follow the data without changing what it is: <c>EmailValue</c>, <c>PhoneNumbers</c>, <c>AddressLine1</c>.</summary>
    internal static readonly ImmutableHashSet<string> NeutralSuffixes = Set(
        "number", "value", "values", "text", "string", "str", "raw", "list", "collection", "array", "line", "lines",
        "input", "plain", "original", "orig", "normalized", "normalised", "formatted", "confirm", "confirmation",
        "repeat", "again", "retype", "primary", "secondary");

    /// <summary>
    /// Qualifiers that make a value something other than the data, wherever they stand before it: its protected forms
    /// (<c>HashedPassword</c>, <c>EncryptedSsn</c>, <c>MaskedCardNumber</c>), a question or an action about it
    /// (<c>IsEmail</c>, <c>SendEmail</c>, <c>ValidateEmail</c>), a count or a limit (<c>MaxAddress</c>), a made-up value
    /// (<c>DefaultEmail</c>, <c>TestPhone</c>), and the organisation's or a machine's own contact points
    /// (<c>SupportEmail</c>, <c>NoReplyAddress</c>, <c>CompanyPhone</c>, <c>ServerAddress</c>).
    /// </summary>
    internal static readonly ImmutableHashSet<string> StopQualifiers = Set(
        // Protected forms.
        "hash", "hashed", "hashing", "encrypted", "encrypt", "encryption", "cipher", "ciphered", "ciphertext", "crypted",
        "crypt", "masked", "mask", "redacted", "redact", "salted", "salt", "obfuscated", "obscured", "tokenized",
        "tokenised", "anonymized", "anonymised", "anonymous", "pseudonymized", "pseudonymised", "hmac", "digest", "sha",
        "md", "checksum", "truncated", "partial",
        // Questions, actions, counts, limits, made-up values.
        "is", "has", "have", "can", "should", "must", "allow", "allows", "allowed", "use", "uses", "require", "requires",
        "required", "need", "needs", "enable", "enabled", "disable", "disabled", "show", "hide", "hidden", "send", "sent",
        "validate", "validated", "verified", "get", "set", "try", "format", "parse", "parsed", "normalize", "check",
        "update", "updated", "change", "changed", "reset", "find", "lookup", "search", "no", "without", "missing",
        "invalid", "duplicate", "unique", "count", "total", "number", "max", "min", "maximum", "minimum", "default",
        "fallback", "sample", "example", "test", "dummy", "fake", "mock", "placeholder", "template", "regex", "pattern",
        "expected", "valid",
        // The organisation's and machines' own.
        "support", "helpdesk", "reply", "sales", "company", "organization", "organisation", "corporate", "store", "shop",
        "warehouse", "merchant", "vendor", "supplier", "system", "server", "service", "host", "smtp", "feedback", "abuse",
        "postmaster", "webmaster");

    /// <summary>Qualifiers of an address that make it a machine's (<c>ServerAddress</c>, <c>BaseAddress</c>, <c>EndpointAddress</c>) or a message's (<c>FromAddress</c>).</summary>
    private static readonly ImmutableHashSet<string> AddressStops = Set(
        "remote", "local", "base", "endpoint", "memory", "listen", "listening", "bind", "binding", "proxy", "gateway",
        "broadcast", "network", "socket", "node", "cluster", "peer", "multicast", "loopback", "hardware", "physical",
        "virtual", "start", "end", "target", "return", "jump", "load", "entry", "contract", "token", "smart", "from", "to",
        "cc", "bcc", "sender", "ethernet", "bluetooth", "ble", "device", "pointer", "register", "bus", "slave", "master",
        "mqtt", "broker", "api", "web", "url", "uri", "site", "website", "domain", "callback", "redirect", "webhook", "ipv",
        "ip", "mac", "email", "mail", "wallet", "lightning", "bitcoin", "btc", "crypto", "eth", "ethereum", "onion", "payment",
        "deposit", "withdrawal", "receiving", "change", "public", "script", "lnurl", "nostr");

    /// <summary>Qualifiers of a password, secret or user name that make it an application's or a machine's (<c>ClientSecret</c>, <c>DbPassword</c>, <c>SmtpUserName</c>).</summary>
    private static readonly ImmutableHashSet<string> CredentialStops = Set(
        "client", "api", "app", "application", "jwt", "signing", "webhook", "shared", "decryption", "bot", "integration",
        "oauth", "consumer", "database", "db", "ftp", "sftp", "sql", "connection", "redis", "mail", "certificate", "cert",
        "keystore", "truststore", "pfx", "ssh", "vault", "root", "admin", "proxy", "wifi", "network", "ldap", "bind",
        "kafka", "rabbit", "mq", "broker", "storage", "machine", "key", "zip", "pdf", "file", "archive", "vpn", "jks",
        "azure", "aws", "gcp");

    /// <summary>Qualifiers of an IP address that make it a machine's or a rule's (<c>ServerIp</c>, <c>AllowedIps</c>, <c>GatewayIp</c>).</summary>
    private static readonly ImmutableHashSet<string> IpStops = Set(
        "local", "proxy", "gateway", "dns", "bind", "listen", "loopback", "broadcast", "subnet", "network", "node",
        "cluster", "database", "db", "api", "internal", "static", "whitelist", "whitelisted", "allowlist", "allowlisted",
        "trusted", "destination", "dest", "target", "start", "end", "vm", "container", "pod", "docker", "machine", "router",
        "nat", "vpn");

    /// <summary>Qualifiers of an e-mail address or phone number that make it a sender's or a team's (<c>FromEmail</c>, <c>AlertEmail</c>).</summary>
    private static readonly ImmutableHashSet<string> ContactStops = Set("from", "bounce", "alert", "alerts", "ops", "devops", "team", "group", "distribution");

    /// <summary>Qualifiers of a latitude or longitude that make it a map's (<c>CenterLatitude</c>, <c>NorthLatitude</c>).</summary>
    private static readonly ImmutableHashSet<string> LocationStops = Set(
        "center", "centre", "map", "viewport", "bounds", "bound", "origin", "north", "south", "east", "west", "top",
        "bottom", "left", "right", "ne", "nw", "se", "sw");

    /// <summary>Qualifiers of an account number that make it a ledger's (<c>LedgerAccountNumber</c>, <c>GlAccountNumber</c>).</summary>
    private static readonly ImmutableHashSet<string> AccountStops = Set("ledger", "gl", "general", "nominal", "cost", "internal", "platform");

    /// <summary>
    /// Nouns for a person. A type whose head word is one of them (<c>Customer</c>, <c>UserDto</c>,
    /// <c>CreateUserRequest</c>, <c>IPatient</c>) is person-like; a member's qualifier that is one of them names a
    /// person (<c>CustomerName</c>). Left out as words that name software as often: client, account, agent, driver,
    /// worker, consumer, subscriber, visitor, candidate, holder, host, manager, tenant, partner.
    /// </summary>
    internal static readonly ImmutableHashSet<string> PersonNouns = Set(
        "person", "people", "persona", "customer", "user", "employee", "staff", "contact", "member", "patient", "student",
        "pupil", "applicant", "guest", "buyer", "shopper", "purchaser", "recipient", "addressee", "consignee", "passenger",
        "traveler", "traveller", "owner", "cardholder", "accountholder", "policyholder", "beneficiary", "payee", "payer",
        "borrower", "debtor", "donor", "volunteer", "resident", "citizen", "voter", "taxpayer", "spouse", "parent", "child",
        "guardian", "mother", "father", "attendee", "participant", "respondent", "registrant", "learner", "trainee",
        "teacher", "instructor", "doctor", "physician", "nurse", "practitioner", "clinician", "caregiver", "author",
        "signer", "signatory", "witness", "insured", "claimant", "individual", "human", "friend", "follower", "player",
        "athlete", "contractor", "freelancer", "consultant", "minor", "kid", "prospect", "landlord", "renter", "lessee",
        "nominee", "heir");

    /// <summary>
    /// The person nouns that name a person as a qualifier: all but <c>member</c> (<c>MemberName</c> is reflection's),
    /// <c>parent</c> and <c>child</c> (a tree's).
    /// </summary>
    private static readonly ImmutableHashSet<string> PersonQualifiers = PersonNouns.Except(new[] { "member", "parent", "child" });

    /// <summary>
    /// Qualifiers of <c>Name</c> that make it a person's: the person qualifiers, plus the parts and kinds of a personal
    /// name and roles people play (<c>ManagerName</c>, <c>HolderName</c>).
    /// </summary>
    private static readonly ImmutableHashSet<string> NameQualifiers = PersonQualifiers
        .Union(new[]
        {
            "first", "last", "given", "family", "middle", "maiden", "full", "legal", "preferred", "birth", "christian",
            "real", "holder", "kin", "subscriber", "manager", "supervisor", "approver", "reviewer", "requester",
            "requestor", "assignee", "reporter", "creator", "sender", "emergency",
        });

    /// <summary>
    /// Qualifiers of <c>Address</c> that make it a postal address of a person: the person qualifiers and the words of
    /// postal addresses (<c>HomeAddress</c>, <c>ShippingAddress</c>, <c>MailingAddress</c>, <c>CustomerAddress</c>).
    /// </summary>
    private static readonly ImmutableHashSet<string> PostalQualifiers = PersonQualifiers
        .Union(new[]
        {
            "home", "shipping", "ship", "billing", "bill", "delivery", "deliver", "mailing", "postal", "post", "street",
            "residential", "residence", "permanent", "current", "previous", "prior", "former", "primary", "secondary",
            "alternate", "alternative", "work", "legal", "correspondence", "contact", "invoice", "invoicing", "registered",
            "main", "full", "physical", "your", "my", "new", "old", "personal", "private", "family", "forwarding",
            "emergency", "holder", "cardholder",
        });

    /// <summary>Head words of types, besides person-like ones, whose bare <c>Address</c> is a person's postal address (<c>Order.Address</c>).</summary>
    private static readonly ImmutableHashSet<string> PostalContainers = Set(
        "address", "order", "shipment", "shipping", "delivery", "invoice", "billing", "booking", "reservation",
        "registration", "signup", "checkout", "enrollment", "enrolment", "household", "residence", "home", "parcel",
        "package", "consignment");

    /// <summary>The phrases, by their words run together in lower case (declared after the word sets it is built from).</summary>
    private static readonly Dictionary<string, Entry> Phrases = BuildPhrases();

    /// <summary>Qualifiers of <c>Member</c> in a type name that make it a member of code or data, not of a club (<c>DataMember</c>, <c>EnumMember</c>).</summary>
    private static readonly ImmutableHashSet<string> TechnicalMemberQualifiers = Set(
        "data", "class", "enum", "type", "struct", "interface", "symbol", "property", "field", "static", "instance",
        "expression", "json", "xml", "code", "syntax", "object", "reflection", "runtime", "dynamic", "source", "generated",
        "schema", "method", "api", "bound", "named", "public", "private", "record", "union", "tuple", "composite", "member");

    /// <summary>
    /// Every ending of every phrase and of its plural (<c>s</c>, <c>ss</c>, …, <c>address</c>, …, <c>emailaddress</c>,
    /// <c>ps</c> of <c>ips</c>): what the last word of a window must be.
    /// </summary>
    private static readonly HashSet<string> PhraseEndings = new(
        Phrases.Keys
            .SelectMany(phrase => new[] { phrase, phrase + "s", phrase + "es", phrase.EndsWith("y", StringComparison.Ordinal) ? phrase.Substring(0, phrase.Length - 1) + "ies" : phrase })
            .SelectMany(phrase => Enumerable.Range(0, phrase.Length).Select(start => phrase.Substring(start))),
        StringComparer.Ordinal);

    /// <summary>Type name suffixes stripped before a type's head word is taken: <c>CustomerDto</c> is a <c>Customer</c>.</summary>
    private static readonly ImmutableHashSet<string> TypeSuffixes = Set(
        "dto", "model", "view", "vm", "entity", "record", "info", "information", "data", "details", "detail", "profile",
        "summary", "request", "response", "command", "input", "output", "form", "row", "resource", "document", "doc",
        "poco", "payload", "snapshot", "base", "impl", "aggregate", "item", "edit", "v");

    /// <summary>Head words of types that are an organisation or a machine: their contact details are not a person's.</summary>
    internal static readonly ImmutableHashSet<string> OrganizationNouns = Set(
        "company", "organization", "organisation", "org", "corporation", "corp", "enterprise", "business", "firm", "store",
        "shop", "warehouse", "branch", "office", "outlet", "depot", "supplier", "vendor", "merchant", "manufacturer", "brand",
        "bank", "venue", "restaurant", "hotel", "hospital", "clinic", "school", "university", "college", "facility", "site",
        "agency", "institution", "department", "carrier", "courier", "server", "host", "endpoint", "node", "peer", "socket",
        "connection", "gateway", "proxy", "smtp", "database", "cluster", "network", "broker", "queue", "channel",
        "listener", "binding", "machine", "printer", "router", "certificate", "cert", "algorithm", "keystore", "vault",
        "rate", "rule", "pickuppoint", "collectionpoint", "dropoffpoint", "servicepoint",
        "marketplace", "platform", "franchise", "chain", "dealer", "dealership", "retailer", "wholesaler", "distributor",
        "insurer", "pharmacy", "airport", "station", "terminal",
        "port", "zone", "region", "country", "district", "municipality");

    /// <summary>Words before <c>Settings</c> that make it a person's own settings, with their data (<c>AccountSettingsViewModel.Email</c>).</summary>
    private static readonly ImmutableHashSet<string> OwnSettingsQualifiers = Set("account", "profile", "my", "personal", "privacy", "contact");

    /// <summary>Last words of settings types, whose members configure the application (<c>SmtpOptions.UserName</c>, <c>EmailSettings.From</c>).</summary>
    internal static readonly ImmutableHashSet<string> SettingsSuffixes = Set(
        "options", "option", "settings", "setting", "configuration", "configurations", "config", "configs", "constants", "defaults");

    /// <summary>
    /// The kind of personal data a name looks like, and the words that say so, or <see langword="null"/>.
    /// </summary>
    /// <param name="name">The member or parameter name as declared.</param>
    /// <param name="container">What the containing type is (see <see cref="Describe"/>).</param>
    public static VocabularyMatch? Match(string name, TypeDescription container) => Match(name, container, out _);

    /// <summary>As <see cref="Match(string, TypeDescription)"/>, with the containing type given by its name.</summary>
    public static VocabularyMatch? Match(string name, string? containingTypeName = null) => Match(name, Describe(containingTypeName), out _);

    /// <summary>
    /// Whether the name has a vocabulary phrase at its head, whatever type declares it: a name without one matches in no
    /// type (only a DataAnnotations attribute may still say what it is). The cheap first question about a member.
    /// </summary>
    public static bool HasPhrase(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        ImmutableArray<Word> words = Split(name);
        int head = words.Length - 1;
        while (head >= 0 && IsNeutral(words[head]))
        {
            head--;
        }

        return head >= 0 && EndsAPhrase(words, head) && FindPhrase(words, head, out Entry? entry, out _, out _) && entry is not null;
    }

    /// <summary>
    /// As <see cref="Match(string, TypeDescription)"/>; <paramref name="rejected"/> tells a name that has a vocabulary
    /// phrase as its head but is kept quiet by a qualifier or its type (<c>SupportEmail</c>, <c>HashedPassword</c>,
    /// <c>Store.Email</c>, anything in <c>SmtpOptions</c>) from a name with no phrase at all (<c>Primary</c>) or one
    /// that lacks a person's company (<c>Login</c>, <c>Product.Name</c>), for which a DataAnnotations hint may still speak.
    /// </summary>
    public static VocabularyMatch? Match(string name, TypeDescription container, out bool rejected)
    {
        rejected = false;
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        ImmutableArray<Word> words = Split(name);
        int head = words.Length - 1;
        while (head >= 0 && IsNeutral(words[head]))
        {
            head--;
        }

        if (head < 0 || !EndsAPhrase(words, head) || !FindPhrase(words, head, out Entry? entry, out int start, out int end) || entry is null)
        {
            return null;
        }

        rejected = true;
        if (container.Role == TypeRole.Settings ||
            (container.Role == TypeRole.Organization && entry.Kind != "Name"))
        {
            return null;
        }

        for (int i = 0; i < start; i++)
        {
            if (StopQualifiers.Contains(words[i].Lower) || StopQualifiers.Contains(words[i].Normalized) ||
                (entry.Stops is { } stops && (stops.Contains(words[i].Lower) || stops.Contains(words[i].Normalized))))
            {
                return null;
            }
        }

        // A word that only needs the right company (Name in a person-like type, a person's qualifier) is not rejected:
        // a DataAnnotations attribute may settle what it is.
        rejected = false;
        if (start == 0)
        {
            bool bareAllowed = entry.Bare switch
            {
                Bare.Allowed => true,
                Bare.InPersonType => container.Role == TypeRole.Person ||
                    (entry.BareContainers is { } heads && container.Head is { } containerHead && heads.Contains(containerHead)),
                _ => false,
            };
            if (!bareAllowed)
            {
                return null;
            }
        }
        else if (entry.Qualifiers is { } allowed && !allowed.Contains(words[start - 1].Lower))
        {
            return null;
        }

        return new VocabularyMatch(entry.Kind, name.Substring(words[start].Start, words[end].End - words[start].Start), entry.Phrase);
    }

    /// <summary>
    /// The kind a DataAnnotations attribute says a value is: <c>[EmailAddress]</c>, <c>[Phone]</c>,
    /// <c>[CreditCard]</c>, or <c>[DataType(DataType.X)]</c> for <c>EmailAddress</c>, <c>PhoneNumber</c>,
    /// <c>CreditCard</c>, <c>Password</c> and <c>PostalCode</c>; <see langword="null"/> for anything else.
    /// </summary>
    /// <param name="attributeName">The attribute class's name (<c>EmailAddressAttribute</c>).</param>
    /// <param name="dataType">For <c>DataTypeAttribute</c>, the name of the <c>DataType</c> member it was given.</param>
    public static string? DataAnnotationsKind(string attributeName, string? dataType) => attributeName switch
    {
        "EmailAddressAttribute" => "Email",
        "PhoneAttribute" => "Phone",
        "CreditCardAttribute" => "PaymentCard",
        "DataTypeAttribute" => dataType switch
        {
            "EmailAddress" => "Email",
            "PhoneNumber" => "Phone",
            "CreditCard" => "PaymentCard",
            "Password" => "Credential",
            "PostalCode" => "PostalAddress",
            _ => null,
        },
        _ => null,
    };

    /// <summary>
    /// What a type is, from its name: a settings type (its name ends with <c>Options</c>, <c>Settings</c>,
    /// <c>Configuration</c>, <c>Config</c>, <c>Constants</c> or <c>Defaults</c>), a person (its head word, after
    /// suffixes such as <c>Dto</c>, <c>Model</c>, <c>Request</c>, <c>Profile</c> are stripped, is a person noun), an
    /// organisation or machine (<c>Store</c>, <c>Supplier</c>, <c>Server</c>), or anything else.
    /// </summary>
    public static TypeDescription Describe(string? typeName)
    {
        if (string.IsNullOrEmpty(typeName))
        {
            return TypeDescription.Unknown;
        }

        ImmutableArray<Word> words = Split(typeName!);
        if (words.IsEmpty)
        {
            return TypeDescription.Unknown;
        }

        if (SettingsSuffixes.Contains(words[words.Length - 1].Lower))
        {
            return new TypeDescription(TypeRole.Settings, words[words.Length - 1].Lower);
        }

        int head = words.Length - 1;
        while (head > 0 && (TypeSuffixes.Contains(words[head].Lower) || IsDigits(words[head].Lower)))
        {
            head--;
        }

        string word = words[head].Lower;
        // ConfigForm, SmtpSettingsViewModel; but a person's own settings page holds their data (AccountSettingsViewModel).
        if (SettingsSuffixes.Contains(word) && !words.Take(head).Any(w => PersonNouns.Contains(w.Lower) || OwnSettingsQualifiers.Contains(w.Lower)))
        {
            return new TypeDescription(TypeRole.Settings, word);
        }

        // A place that serves people is named by its last two words: PickupPoint, CollectionPoint.
        if (head > 0 && OrganizationNouns.Contains(words[head - 1].Lower + word))
        {
            return new TypeDescription(TypeRole.Organization, words[head - 1].Lower + word);
        }

        if (word == "member" && head > 0 && TechnicalMemberQualifiers.Contains(words[head - 1].Lower))
        {
            return new TypeDescription(TypeRole.Other, word);
        }

        if (PersonNouns.Contains(word) || PersonNouns.Contains(Singular(word) ?? word))
        {
            return new TypeDescription(TypeRole.Person, word);
        }

        return OrganizationNouns.Contains(word) || OrganizationNouns.Contains(Singular(word) ?? word)
            ? new TypeDescription(TypeRole.Organization, word)
            : new TypeDescription(TypeRole.Other, word);
    }

    /// <summary>
    /// The words of an identifier: split at <c>_</c> and other non-alphanumerics, between letters and digits, before an
    /// upper-case letter that follows a lower-case one, and before the last capital of an acronym that a lower-case
    /// letter follows (<c>IPAddress</c> is <c>IP</c>, <c>Address</c>; <c>SSN</c> stays one word).
    /// </summary>
    public static ImmutableArray<Word> Split(string name)
    {
        var words = ImmutableArray.CreateBuilder<Word>();
        int i = 0;
        while (i < name.Length)
        {
            char c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            int start = i;
            if (char.IsDigit(c))
            {
                while (i < name.Length && char.IsDigit(name[i]))
                {
                    i++;
                }
            }
            else if (char.IsUpper(c))
            {
                i++;
                if (i < name.Length && char.IsUpper(name[i]))
                {
                    // An acronym: up to the last capital before a lower-case letter, or to its end.
                    while (i < name.Length && char.IsUpper(name[i]))
                    {
                        i++;
                    }

                    if (i < name.Length && char.IsLower(name[i]))
                    {
                        i--;
                    }
                }
                else
                {
                    while (i < name.Length && char.IsLower(name[i]))
                    {
                        i++;
                    }
                }
            }
            else
            {
                i++;
                while (i < name.Length && char.IsLetter(name[i]) && !char.IsUpper(name[i]))
                {
                    i++;
                }
            }

            words.Add(new Word(name.Substring(start, i - start), start, i));
        }

        return words.ToImmutable();
    }

    /// <summary>Every phrase of the vocabulary (its words run together in lower case) with its kind, for the rule page and the tests.</summary>
    public static IEnumerable<KeyValuePair<string, string>> AllPhrases() => Phrases.Select(p => new KeyValuePair<string, string>(p.Key, p.Value.Kind));

    /// <summary>
    /// The phrase that ends at the head or at a neutral word after it: the latest end first, then the longest phrase
    /// (<c>IpAddress</c> is an IP address, not a postal one; <c>AccountNumber</c> is one phrase).
    /// </summary>
    private static bool FindPhrase(ImmutableArray<Word> words, int head, out Entry? entry, out int start, out int end)
    {
        for (end = words.Length - 1; end >= head; end--)
        {
            for (start = Math.Max(0, end - MaxPhraseWords + 1); start <= head; start++)
            {
                var builder = new System.Text.StringBuilder();
                for (int i = start; i <= end; i++)
                {
                    builder.Append(words[i].Normalized);
                }

                string joined = builder.ToString();
                if (Phrases.TryGetValue(joined, out entry) ||
                    (Singular(joined) is { } singular && Phrases.TryGetValue(singular, out entry)))
                {
                    return true;
                }
            }
        }

        entry = null;
        start = end = -1;
        return false;
    }

    /// <summary>
    /// Whether a word from the head on can end a phrase (it is the end of one, or of one in the plural): most names fail
    /// here, before any phrase is put together.
    /// </summary>
    private static bool EndsAPhrase(ImmutableArray<Word> words, int head)
    {
        for (int i = head; i < words.Length; i++)
        {
            if (PhraseEndings.Contains(words[i].Normalized) || (Singular(words[i].Normalized) is { } singular && PhraseEndings.Contains(singular)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNeutral(Word word) => NeutralSuffixes.Contains(word.Normalized) || IsDigits(word.Lower);

    private static bool IsDigits(string word) => word.Length > 0 && word.All(char.IsDigit);

    /// <summary>The singular of a plural word (<c>addresses</c>, <c>cities</c>, <c>emails</c>), or <see langword="null"/>.</summary>
    private static string? Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 3) + "y";
        }

        if (word.Length > 4 && (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) ||
            word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)))
        {
            return word.Substring(0, word.Length - 2);
        }

        return word.Length > 2 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal)
            ? word.Substring(0, word.Length - 1)
            : null;
    }

    private static ImmutableHashSet<string> Set(params string[] words) => ImmutableHashSet.Create(StringComparer.Ordinal, words);

    private static Dictionary<string, Entry> BuildPhrases()
    {
        var phrases = new Dictionary<string, Entry>(StringComparer.Ordinal);
        void Add(string kind, string words, ImmutableHashSet<string>? stops = null, ImmutableHashSet<string>? qualifiers = null, Bare bare = Bare.Allowed, ImmutableHashSet<string>? bareContainers = null)
        {
            foreach (string phrase in words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                phrases.Add(phrase, new Entry(phrase, kind, stops, qualifiers, bare, bareContainers));
            }
        }

        ImmutableHashSet<string> persons = PersonNouns;

        // Name: the parts of a person's name are always one; a bare Name, FullName, DisplayName or LegalName only in a
        // person-like type or after a qualifier that names a person (CustomerName, not ProductName or FileName).
        Add("Name", "firstname lastname givenname familyname middlename maidenname surname forename nickname preferredname realname birthname christianname personname middleinitial initials cardholder accountholder");
        Add("Name", "name fullname legalname", qualifiers: NameQualifiers, bare: Bare.InPersonType);
        Add("Name", "displayname", qualifiers: persons, bare: Bare.InPersonType);

        Add("Email", "email emailaddress mailaddress", stops: ContactStops);

        Add("Phone", "phone phonenumber telephone telephonenumber tel mobile mobilenumber mobilephone cellphone cellnumber fax contactnumber whatsapp msisdn", stops: ContactStops);

        // An address is postal only with postal context: a qualifier that says so (HomeAddress, ShippingAddress,
        // CustomerAddress), or a type whose address is a person's (Customer.Address, Order.Address); a LightningAddress,
        // a RemoteAddress or a ContractAddress is not. A member typed as an address class counts too (the finder's).
        Add("PostalAddress", "address", stops: AddressStops, qualifiers: PostalQualifiers, bare: Bare.InPersonType, bareContainers: PostalContainers);
        Add("PostalAddress", "addressline");
        Add("PostalAddress", "street streetname streetnumber housenumber housename city cityname town postcode postalcode zip zipcode pobox postofficebox suburb apartmentnumber");

        Add("DateOfBirth", "dateofbirth birthdate birthday dob dayofbirth yearofbirth birthyear");
        Add("DateOfBirth", "age", qualifiers: persons, bare: Bare.InPersonType);

        Add("Gender", "gender sex genderidentity pronoun");

        Add("GovernmentId",
            "ssn socialsecuritynumber socialsecurity nationalid nationalidentitynumber nationalidentificationnumber " +
            "nationalinsurancenumber nino passport passportnumber taxid taxnumber taxidentificationnumber taxpayerid " +
            "driverslicense driverslicence driverlicense driverlicence drivinglicense drivinglicence idcard identitycard " +
            "identitynumber identitydocumentnumber governmentid aadhaar aadhar nric hkid cpf voterid nhsnumber " +
            "residencepermit visanumber");

        Add("PaymentCard",
            "cardnumber creditcard creditcardnumber debitcard debitcardnumber ccnumber cvv cvc cvn cardverificationcode " +
            "cardverificationvalue cardsecuritycode cardexpiry cardexpirydate cardexpiration cardexpirationdate paymentcard " +
            "paymentcardnumber");
        Add("PaymentCard", "securitycode", qualifiers: Set("card"), bare: Bare.Never);

        Add("BankAccount", "iban bankaccount bankaccountnumber");
        Add("BankAccount", "accountnumber", stops: AccountStops);

        Add("Credential", "password passwd pwd passphrase passcode pincode pinnumber", stops: CredentialStops);
        Add("Credential", "securityanswer secretanswer passwordanswer securityquestionanswer memorableword");
        Add("Credential", "secret", stops: CredentialStops, bare: Bare.InPersonType);
        Add("Credential", "pin",
            stops: CredentialStops,
            qualifiers: persons.Union(new[] { "card", "atm", "debit", "credit", "account", "security", "personal", "bank", "sim", "login", "access", "new", "old", "current", "wallet", "payment", "transaction" }),
            bare: Bare.InPersonType,
            bareContainers: Set("card", "account", "wallet", "sim", "login", "credential", "credentials"));

        Add("IpAddress", "ip ipaddress ipv4 ipv6 ipv4address ipv6address", stops: IpStops);

        Add("DeviceId",
            "deviceid deviceidentifier imei imsi meid udid idfa idfv advertisingid gaid aaid androidid macaddress " +
            "devicetoken pushtoken devicefingerprint browserfingerprint hardwareid", stops: IpStops);

        Add("Location", "latitude longitude lat lng lon geolocation geoposition geocoordinate geocoordinates gpscoordinate gpscoordinates gpslocation gpsposition latlng latlong geopoint", stops: LocationStops);
        Add("Location", "coordinates location",
            stops: LocationStops,
            qualifiers: persons.Union(new[] { "geo", "gps", "current", "last", "known", "device", "home", "live", "precise", "exact", "real", "location" }),
            bare: Bare.Never);
        Add("GovernmentId", "idcardnumber identitycardnumber nationalidnumber");

        Add("OnlineIdentifier", "username loginname", stops: CredentialStops);
        Add("OnlineIdentifier",
            "screenname gamertag socialid socialmediaid wechatid weixinid skypeid skypename facebookid twitterid linkedinid " +
            "appleid googleid steamid discordid telegramid");
        Add("OnlineIdentifier", "login", stops: CredentialStops, qualifiers: Set("user", "account", "customer", "member", "your"), bare: Bare.InPersonType);
        Add("OnlineIdentifier", "handle", qualifiers: Set("twitter", "social", "instagram", "telegram", "tiktok", "github", "mastodon", "bluesky", "media", "user"), bare: Bare.InPersonType);

        return phrases;
    }

    /// <summary>When a phrase may stand alone as the whole name.</summary>
    private enum Bare
    {
        /// <summary><c>Email</c>, <c>Password</c>, <c>City</c>.</summary>
        Allowed,

        /// <summary><c>Name</c>, <c>Age</c>, <c>Login</c>: only in a person-like type.</summary>
        InPersonType,

        /// <summary><c>Location</c>, <c>SecurityCode</c>: only with a qualifier.</summary>
        Never,
    }

    /// <summary>A phrase's kind and the rules for the words around it.</summary>
    private sealed class Entry
    {
        public Entry(string phrase, string kind, ImmutableHashSet<string>? stops, ImmutableHashSet<string>? qualifiers, Bare bare, ImmutableHashSet<string>? bareContainers)
        {
            Phrase = phrase;
            Kind = kind;
            Stops = stops;
            Qualifiers = qualifiers;
            Bare = bare;
            BareContainers = bareContainers;
        }

        /// <summary>The phrase's words run together in lower case (<c>emailaddress</c>).</summary>
        public string Phrase { get; }

        public string Kind { get; }

        /// <summary>Qualifiers that, anywhere before the phrase, make it something else (besides <see cref="StopQualifiers"/>).</summary>
        public ImmutableHashSet<string>? Stops { get; }

        /// <summary>When set, the word right before the phrase must be one of these.</summary>
        public ImmutableHashSet<string>? Qualifiers { get; }

        public Bare Bare { get; }

        /// <summary>Head words of types, besides person-like ones, where the phrase may stand alone (<c>Card.Pin</c>).</summary>
        public ImmutableHashSet<string>? BareContainers { get; }
    }
}

/// <summary>One word of an identifier: as written, where it is, and how it is looked up.</summary>
internal readonly struct Word
{
    public Word(string text, int start, int end)
    {
        Text = text;
        Start = start;
        End = end;
        Lower = text.ToLowerInvariant();
        Normalized = Lower switch
        {
            "no" or "num" or "nr" or "nbr" => "number",
            "addr" => "address",
            _ => Lower,
        };
    }

    /// <summary>The word as written.</summary>
    public string Text { get; }

    public int Start { get; }

    public int End { get; }

    public string Lower { get; }

    /// <summary>The lower-case word with abbreviations written in full (<c>no</c> is <c>number</c>, <c>addr</c> is <c>address</c>).</summary>
    public string Normalized { get; }

    public override string ToString() => Text;
}

/// <summary>What the vocabulary found: the kind (a <c>PersonalDataKind</c> member name) and the words, as written in the name, that say so.</summary>
internal sealed class VocabularyMatch : IEquatable<VocabularyMatch>
{
    public VocabularyMatch(string kind, string word, string? phrase = null)
    {
        Kind = kind;
        Word = word;
        Phrase = phrase;
    }

    /// <summary>A <c>PersonalDataKind</c> member name, e.g. <c>Email</c>.</summary>
    public string Kind { get; }

    /// <summary>The words of the name that matched, as written: <c>Email</c> in <c>CustomerEmail</c>, <c>date_of_birth</c>.</summary>
    public string Word { get; }

    /// <summary>The vocabulary phrase that matched, in lower case (<c>address</c>), or <see langword="null"/> for a DataAnnotations hint.</summary>
    public string? Phrase { get; }

    /// <summary>The same words as another kind of data (an <c>Address</c> that holds an <c>IPAddress</c>).</summary>
    public VocabularyMatch As(string kind) => new(kind, Word, Phrase);

    public bool Equals(VocabularyMatch? other) => other is not null && Kind == other.Kind && Word == other.Word;

    public override bool Equals(object? obj) => Equals(obj as VocabularyMatch);

    public override int GetHashCode() => unchecked((Kind.GetHashCode() * 397) ^ Word.GetHashCode());

    public override string ToString() => Kind + " (" + Word + ")";
}

/// <summary>What a type is, for the vocabulary.</summary>
internal enum TypeRole
{
    /// <summary>Nothing known.</summary>
    Other,

    /// <summary>A person (<c>Customer</c>, <c>UserDto</c>): a bare <c>Name</c> is theirs.</summary>
    Person,

    /// <summary>An organisation or a machine (<c>Store</c>, <c>Server</c>): its contact details are not a person's.</summary>
    Organization,

    /// <summary>Settings (<c>SmtpOptions</c>): nothing in it is a person's data.</summary>
    Settings,
}

/// <summary>A containing type as the vocabulary sees it: its kind and its head word in lower case.</summary>
internal readonly struct TypeDescription
{
    public static readonly TypeDescription Unknown = new(TypeRole.Other, null);

    public TypeDescription(TypeRole role, string? head)
    {
        Role = role;
        Head = head;
    }

    public TypeRole Role { get; }

    /// <summary>The type's head word in lower case (<c>customer</c> for <c>CustomerDto</c>), or <see langword="null"/>.</summary>
    public string? Head { get; }
}
