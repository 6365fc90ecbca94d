using System.Linq;
using System.Threading.Tasks;
using Xunit;
using static PiiAnalyzers.Tests.Configuration.Pii900;

namespace PiiAnalyzers.Tests.Configuration;

/// <summary>PII900: every kind of line that cannot be used, reported on its line with a message that says why.</summary>
public class InvalidConfigurationTests
{
    private const string Kinds = "Other, Name, Email, Phone, PostalAddress, DateOfBirth, Gender, GovernmentId, PaymentCard, BankAccount, " +
        "Credential, IpAddress, DeviceId, Location, OnlineIdentifier, Behavior, Transaction";

    private const string Purposes = "ThirdPartySharing, Marketing, Analytics, Personalization, Diagnostics, Transfer, PublicDisclosure, CrossBorderTransfer";

    [Fact]
    public Task AValidFile_HasNoDiagnostic() => VerifyAsync("""
        # comment
        personal_data P:Vendor.Models.Customer.Email Email
        redactor M:Vendor.Text.Mask(System.String)
        """);

    [Fact]
    public Task NoConfigurationFile_HasNoDiagnostic() => new Harness.AnalyzerTest<PiiAnalyzers.Rules.InvalidConfigurationAnalyzer> { TestCode = "class C { }" }.RunAsync();

    [Fact]
    public Task UnknownDeclaration()
    {
        const string file = """
            personal-data P:Vendor.Models.Customer.Email Email
            sink M:Vendor.Diagnostics.Audit.Write(System.String)
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "unknown declaration 'personal-data'; expected one of personal_data, not_personal_data, source, personal_data_word, not_personal_data_word, third_party, first_party, consent_check, redactor, log_sink, serialization_sink"),
            OnLine(file, 2, "unknown declaration 'sink'; expected one of personal_data, not_personal_data, source, personal_data_word, not_personal_data_word, third_party, first_party, consent_check, redactor, log_sink, serialization_sink"));
    }

    [Fact]
    public Task MissingId()
    {
        const string file = """
            personal_data
            consent_check
            serialization_sink
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "personal_data needs an id, e.g. 'personal_data P:Vendor.Models.Customer.Email Email'"),
            OnLine(file, 2, "consent_check needs an id, e.g. 'consent_check P:Vendor.Consents.MarketingAllowed Marketing'"),
            OnLine(file, 3, "serialization_sink needs an id, e.g. 'serialization_sink M:Vendor.Cache.Put(System.String,System.Object)'"));
    }

    [Fact]
    public Task TooManyFields()
    {
        const string file = """
            redactor M:Vendor.Text.Mask(System.String) Email
            not_personal_data P:Vendor.Models.Customer.TenantId because it is ours
            personal_data P:Vendor.Models.Customer.Email Email Name
            third_party T:Segment.Analytics Analytics Marketing
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "unexpected 'Email' after the id: redactor takes only an id"),
            OnLine(file, 2, "unexpected 'because' after the id: not_personal_data takes only an id"),
            OnLine(file, 3, "unexpected 'Name' after the kind: personal_data takes an id and a kind"),
            OnLine(file, 4, "unexpected 'Marketing' after the purpose: third_party takes an id and a purpose"));
    }

    [Fact]
    public Task NotADocumentationCommentId()
    {
        const string file = """
            personal_data Vendor.Models.Customer.Email Email
            redactor Vendor.Text.Mask
            personal_data p:Vendor.Models.Customer.Email Email
            personal_data P: Email
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "'Vendor.Models.Customer.Email' is not a documentation-comment id: it needs a prefix, e.g. 'P:Vendor.Models.Customer.Email'"),
            OnLine(file, 2, "'Vendor.Text.Mask' is not a documentation-comment id: it needs a prefix, e.g. 'M:Vendor.Text.Mask'"),
            OnLine(file, 3, "'p:Vendor.Models.Customer.Email' is not a documentation-comment id: 'p:' is not one of the prefixes T:, F:, P:, M:, E:, N:"),
            OnLine(file, 4, "'P:' is not a documentation-comment id: the name after the prefix is missing"));
    }

    [Fact]
    public Task IdOfTheWrongKindOfSymbol()
    {
        const string file = """
            redactor P:Vendor.Models.Customer.Email
            log_sink T:Vendor.Diagnostics.Audit
            serialization_sink P:Vendor.Models.Customer.Email
            third_party P:Vendor.Models.Customer.Email
            consent_check T:Vendor.Consents Marketing
            personal_data N:Vendor.Models Email
            not_personal_data E:Vendor.Directory.Changed
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "a redactor must be a method ('M:…'), not 'P:Vendor.Models.Customer.Email'"),
            OnLine(file, 2, "a log sink must be a method ('M:…'), not 'T:Vendor.Diagnostics.Audit'"),
            OnLine(file, 3, "a serialization sink must be a method ('M:…'), not 'P:Vendor.Models.Customer.Email'"),
            OnLine(file, 4, "a third party must be a type ('T:…') or method ('M:…'), not 'P:Vendor.Models.Customer.Email'"),
            OnLine(file, 5, "a consent check must be a method ('M:…') or property ('P:…'), not 'T:Vendor.Consents'"),
            OnLine(file, 6, "personal data must be a type ('T:…'), field ('F:…'), property ('P:…') or method ('M:…', for its return value), not 'N:Vendor.Models'"),
            OnLine(file, 7, "not_personal_data must be a type ('T:…'), field ('F:…'), property ('P:…') or method ('M:…', for its return value), not 'E:Vendor.Directory.Changed'"));
    }

    [Fact]
    public Task UnknownKind()
    {
        const string file = """
            personal_data P:Vendor.Models.Customer.Email Emial
            personal_data P:Vendor.Models.Customer.Name PersonalDataKind.Name
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "unknown kind 'Emial'; expected one of " + Kinds),
            OnLine(file, 2, "unknown kind 'PersonalDataKind.Name'; expected one of " + Kinds));
    }

    [Fact]
    public Task UnknownPurpose()
    {
        const string file = """
            third_party T:Segment.Analytics Marketting
            consent_check P:Vendor.Consents.MarketingAllowed 1
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "unknown purpose 'Marketting'; expected one of " + Purposes),
            OnLine(file, 2, "unknown purpose '1'; expected one of " + Purposes));
    }

    [Fact]
    public Task IdThatNamesNothing()
    {
        const string file = """
            personal_data P:Vendor.Customer.Emial Email
            redactor M:Vendor.Text.Mask(System.Int32)
            third_party T:Segment.Analytic
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "'P:Vendor.Customer.Emial' names nothing in this compilation"),
            OnLine(file, 2, "'M:Vendor.Text.Mask(System.Int32)' names nothing in this compilation"),
            OnLine(file, 3, "'T:Segment.Analytic' names nothing in this compilation"));
    }

    [Fact]
    public Task IdThatRoslynOnlyPartlyReads_IsNotExact()
    {
        const string file = """
            log_sink M:Vendor.Diagnostics.Audit.Write(System.String)x
            redactor M:Vendor.Text.Mask(System.String)~System.Int32
            serialization_sink M:Vendor.Cache.Put(System.String,System.Object
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "'M:Vendor.Diagnostics.Audit.Write(System.String)x' is not exactly an id: write 'M:Vendor.Diagnostics.Audit.Write(System.String)'"),
            OnLine(file, 2, "'M:Vendor.Text.Mask(System.String)~System.Int32' names nothing in this compilation"),
            OnLine(file, 3, "'M:Vendor.Cache.Put(System.String,System.Object' is not exactly an id: write 'M:Vendor.Cache.Put(System.String,System.Object)'"));
    }

    [Fact]
    public Task PersonalData_OfATypeThatIsNotAClassOrStruct_OrAMethodWithoutResult()
    {
        const string file = """
            personal_data T:Vendor.Models.IProfile Other
            personal_data T:Vendor.Models.Tier
            not_personal_data T:Vendor.Models.Notify
            personal_data M:Vendor.Directory.Refresh Name
            not_personal_data M:Vendor.Directory.Refresh
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "'T:Vendor.Models.IProfile' is an interface: personal data of a type must be a class or struct"),
            OnLine(file, 2, "'T:Vendor.Models.Tier' is an enum: personal data of a type must be a class or struct"),
            OnLine(file, 3, "'T:Vendor.Models.Notify' is a delegate: not_personal_data of a type must be a class or struct"),
            OnLine(file, 4, "'M:Vendor.Directory.Refresh' returns nothing, so there is no return value to declare personal_data"),
            OnLine(file, 5, "'M:Vendor.Directory.Refresh' returns nothing, so there is no return value to declare not_personal_data"));
    }

    [Fact]
    public Task MethodsThatAreNotOrdinary()
    {
        const string file = """
            personal_data M:Vendor.Directory.#ctor Name
            personal_data M:Vendor.Models.Customer.get_Email Email
            consent_check M:Vendor.Consents.get_MarketingAllowed Marketing
            redactor M:Vendor.Models.Customer.get_Email
            log_sink M:Vendor.Directory.op_Addition(Vendor.Directory,Vendor.Directory)
            log_sink M:Vendor.Directory.add_Changed(System.EventHandler)
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "'M:Vendor.Directory.#ctor' is a constructor, not an ordinary method"),
            OnLine(file, 2, "'M:Vendor.Models.Customer.get_Email' is a property accessor: declare the property 'P:Vendor.Models.Customer.Email'"),
            OnLine(file, 3, "'M:Vendor.Consents.get_MarketingAllowed' is a property accessor: declare the property 'P:Vendor.Consents.MarketingAllowed'"),
            OnLine(file, 4, "'M:Vendor.Models.Customer.get_Email' is a property accessor, not an ordinary method"),
            OnLine(file, 5, "'M:Vendor.Directory.op_Addition(Vendor.Directory,Vendor.Directory)' is an operator, not an ordinary method"),
            OnLine(file, 6, "'M:Vendor.Directory.add_Changed(System.EventHandler)' is an event accessor, not an ordinary method"));
    }

    [Fact]
    public Task ThirdParty_OfAnEnumOrDelegate()
    {
        const string file = """
            third_party T:Vendor.Models.Tier
            third_party T:Vendor.Models.Notify Analytics
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "'T:Vendor.Models.Tier' is an enum: a third party must be a class, interface or struct"),
            OnLine(file, 2, "'T:Vendor.Models.Notify' is a delegate: a third party must be a class, interface or struct"));
    }

    [Fact]
    public Task ConsentCheck_OfTheWrongShape()
    {
        const string file = """
            consent_check M:Vendor.Consents.Level(System.String) Marketing
            consent_check P:Vendor.Consents.Score Marketing
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "'M:Vendor.Consents.Level(System.String)' is not a consent check: it returns 'int', and a consent check returns bool " +
                "(true means consent is given) or is void (it returns only with consent)"),
            OnLine(file, 2, "'P:Vendor.Consents.Score' is not a consent check: it is 'int', and a consent check property is bool (true means consent is given)"));
    }

    [Fact]
    public Task ConsentCheck_WithoutAPurpose_OrWithTwo()
    {
        const string file = """
            consent_check P:Vendor.Consents.MarketingAllowed
            consent_check M:Vendor.Consents.IsAllowed(System.String)
            consent_check M:Vendor.Consents.Allowed(System.String,PiiAnalyzers.ConsentPurpose) Marketing
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "'P:Vendor.Consents.MarketingAllowed' checks no purpose: name it after the id, e.g. 'consent_check P:Vendor.Consents.MarketingAllowed Marketing'"),
            OnLine(file, 2, "'M:Vendor.Consents.IsAllowed(System.String)' checks no purpose: name it after the id, e.g. " +
                "'consent_check M:Vendor.Consents.IsAllowed(System.String) Marketing', or declare a method that takes a ConsentPurpose"),
            OnLine(file, 3, "'M:Vendor.Consents.Allowed(System.String,PiiAnalyzers.ConsentPurpose)' takes its purpose as a ConsentPurpose argument: " +
                "remove 'Marketing', which would override the argument of every call"));
    }

    [Fact]
    public Task Redactor_ThatReturnsOrTakesNothing()
    {
        const string file = """
            redactor M:Vendor.Text.Scrub(System.String)
            redactor M:Vendor.Text.ScrubAsync(System.String)
            redactor M:Vendor.Text.Placeholder
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "'M:Vendor.Text.Scrub(System.String)' returns nothing: a redactor takes the personal data and returns what may be shown instead"),
            OnLine(file, 2, "'M:Vendor.Text.ScrubAsync(System.String)' returns nothing: a redactor takes the personal data and returns what may be shown instead"),
            OnLine(file, 3, "'M:Vendor.Text.Placeholder' takes no argument: a redactor takes the personal data and returns what may be shown instead"));
    }

    [Fact]
    public Task Sinks_ThatTakeNothing()
    {
        const string file = """
            log_sink M:Vendor.Cache.Clear
            serialization_sink M:Vendor.Cache.Clear
            """;
        return VerifyAsync(file,
            OnLine(file, 1, "'M:Vendor.Cache.Clear' takes no argument, and a log sink writes its arguments"),
            OnLine(file, 2, "'M:Vendor.Cache.Clear' takes no argument, and a serialization sink writes its arguments"));
    }

    [Fact]
    public Task ALineDeclaredTwice_IsReportedOnTheRepeat()
    {
        const string file = """
            personal_data P:Vendor.Models.Customer.Email Email
            redactor M:Vendor.Text.Mask(System.String)
            personal_data P:Vendor.Models.Customer.Email Email
            redactor M:Vendor.Text.Mask(System.String)
            personal_data P:Vendor.Models.Customer.Email Name
            """;
        return VerifyAsync(file,
            OnLine(file, 3, "'P:Vendor.Models.Customer.Email' is already declared personal_data on line 1: declare it once (the first declaration is used)"),
            OnLine(file, 4, "'M:Vendor.Text.Mask(System.String)' is already declared redactor on line 2: declare it once (the first declaration is used)"),
            OnLine(file, 5, "'P:Vendor.Models.Customer.Email' is already declared personal_data on line 1: declare it once (the first declaration is used)"));
    }

    [Fact]
    public Task PersonalAndNotPersonal_Conflict()
    {
        const string file = """
            not_personal_data P:Vendor.Models.Customer.TenantId
            personal_data P:Vendor.Models.Customer.TenantId Other
            personal_data T:Vendor.Models.Address PostalAddress
            not_personal_data T:Vendor.Models.Address
            """;
        return VerifyAsync(file,
            OnLine(file, 2, "'P:Vendor.Models.Customer.TenantId' is already declared not_personal_data on line 1: it cannot also be personal_data (the first declaration is used)"),
            OnLine(file, 4, "'T:Vendor.Models.Address' is already declared personal_data on line 3: it cannot also be not_personal_data (the first declaration is used)"));
    }

    [Fact]
    public Task Words_OfNames()
    {
        const string file = """
            personal_data_word MemberNo Other
            personal_data_word Member-No
            personal_data_word memberNO Phone
            not_personal_data_word MemberNo
            personal_data_word LoyaltyId Emial
            not_personal_data_word Handle Other
            personal_data_word 42
            personal_data_word
            """;
        return VerifyAsync(file,
            OnLine(file, 2, "'Member-No' is not a word of a name: write it as the code spells it, e.g. 'personal_data_word MemberNo Other'"),
            OnLine(file, 3, "'memberNO' is already declared personal_data_word on line 1: declare it once (the first declaration is used)"),
            OnLine(file, 4, "'MemberNo' is already declared personal_data_word on line 1: it cannot also be not_personal_data_word (the first declaration is used)"),
            OnLine(file, 5, "unknown kind 'Emial'; expected one of " + Kinds),
            OnLine(file, 6, "unexpected 'Other' after the id: not_personal_data_word takes only an id"),
            OnLine(file, 7, "'42' is not a word of a name: write it as the code spells it, e.g. 'personal_data_word MemberNo Other'"),
            OnLine(file, 8, "personal_data_word needs an id, e.g. 'personal_data_word MemberNo Other'"));
    }

    [Fact]
    public Task FirstParty_TypesAndNamedClients()
    {
        const string file = """
            first_party T:Vendor.Crm.Client
            first_party client:ordering
            first_party client:
            first_party client:ordering
            first_party M:Vendor.Directory.Refresh
            third_party T:Vendor.Crm.Client
            first_party T:Vendor.Models.Tier
            first_party client:basket Marketing
            """;
        return VerifyAsync(file,
            OnLine(file, 3, "'client:' names no client: write the name the code passes to CreateClient, e.g. 'first_party client:ordering'"),
            OnLine(file, 4, "'client:ordering' is already declared first_party on line 2: declare it once (the first declaration is used)"),
            OnLine(file, 5, "a first party must be a type ('T:…') or a named HTTP client ('client:…'), not 'M:Vendor.Directory.Refresh'"),
            OnLine(file, 6, "'T:Vendor.Crm.Client' is already declared first_party on line 1: it cannot also be third_party (the first declaration is used)"),
            OnLine(file, 7, "'T:Vendor.Models.Tier' is an enum: a first party must be a class, interface or struct"),
            OnLine(file, 8, "unexpected 'Marketing' after the id: first_party takes only an id"));
    }

    [Fact]
    public Task DifferentDeclarationsOfOneSymbol_AreNotRepeats() => VerifyAsync("""
        redactor M:Vendor.Text.Mask(System.String)
        log_sink M:Vendor.Text.Mask(System.String)
        serialization_sink M:Vendor.Text.Mask(System.String)
        third_party M:Vendor.Text.Mask(System.String)
        personal_data M:Vendor.Text.Mask(System.String) Other
        """);

    [Fact]
    public Task TheSpan_IsTheDeclaration_WithoutIndentationOrComment_AndAHashStartsACommentOnlyAtAField()
    {
        const string file = "\t  personal_data   P:Vendor.Nope   Email   # a comment\n" +
            "redactor P:Vendor.Models.Customer.Email #comment\n" +
            "redactor M:Vendor.Text.Mask(System.String)#x  # a hash inside a field is not a comment\n";
        return VerifyAsync(file,
            At(1, 4, 41, "'P:Vendor.Nope' names nothing in this compilation"),
            At(2, 1, 40, "a redactor must be a method ('M:…'), not 'P:Vendor.Models.Customer.Email'"),
            At(3, 1, 45, "'M:Vendor.Text.Mask(System.String)#x' is not exactly an id: write 'M:Vendor.Text.Mask(System.String)'"));
    }

    [Fact]
    public Task LineEndings_CountLinesAsTheEditorDoes()
    {
        const string file = "# windows\r\nbogus\r\n# old mac\rbogus two\r\rbogus three\n";
        const string unknown = "; expected one of personal_data, not_personal_data, source, personal_data_word, not_personal_data_word, third_party, first_party, consent_check, redactor, log_sink, serialization_sink";
        return VerifyAsync(file,
            At(2, 1, 6, "unknown declaration 'bogus'" + unknown),
            At(4, 1, 10, "unknown declaration 'bogus'" + unknown),
            At(6, 1, 12, "unknown declaration 'bogus'" + unknown));
    }

    [Fact]
    public Task AByteOrderMark_IsNotPartOfTheFirstField()
    {
        const string file = "\uFEFFpersonal_data P:Vendor.Models.Customer.Email Email\nredactor M:Vendor.Text.Mask(System.String)";
        return VerifyAsync(file);
    }

    [Fact]
    public Task AByteOrderMark_IsNotPartOfTheSpan() => VerifyAsync(
        "\uFEFFbogus",
        At(1, 2, 7, "unknown declaration 'bogus'; expected one of personal_data, not_personal_data, source, personal_data_word, not_personal_data_word, third_party, first_party, consent_check, redactor, log_sink, serialization_sink"));

    [Fact]
    public Task ErrorsOfSeveralFiles_AreEachReportedInTheirFile() => VerifyAsync(
        new[]
        {
            ("/0/PiiAnalyzers.txt", "personal_data P:Vendor.Models.Customer.Email Email\nredactor M:Nope"),
            ("/0/Shared/PiiAnalyzers.txt", "# shared\npersonal_data P:Vendor.Models.Customer.Email Email"),
            ("/0/Other.txt", "bogus"),
        },
        At(2, 1, 16, "'M:Nope' names nothing in this compilation"),
        At(2, 1, 51, "'P:Vendor.Models.Customer.Email' is already declared personal_data on line 1 of /0/PiiAnalyzers.txt: declare it once (the first declaration is used)",
            "/0/Shared/PiiAnalyzers.txt"));

    [Fact]
    public Task ALowerCaseFileName_IsReadAndNamedAsGiven() => VerifyAsync(
        new[] { ("/0/piianalyzers.txt", "bogus") },
        At(1, 1, 6, "unknown declaration 'bogus'; expected one of personal_data, not_personal_data, source, personal_data_word, not_personal_data_word, third_party, first_party, consent_check, redactor, log_sink, serialization_sink",
            "/0/piianalyzers.txt"));

    [Fact]
    public Task AVeryLongId_IsRefusedUnread()
    {
        string id = "M:Vendor.Text.Mask(" + new string('A', 5000) + ")";
        string file = "redactor " + id;
        return VerifyAsync(file, At(1, 1, file.Length + 1,
            "'M:Vendor.Text.Mask(" + new string('A', 101) + "…' is too long for a documentation-comment id (5020 characters; at most 4096)"));
    }

    [Fact]
    public Task ADeeplyNestedId_IsRefusedUnread()
    {
        string id = "M:Vendor.Text.Mask(" + string.Concat(Enumerable.Repeat("Vendor.Models.Box{", 40)) + "System.String" + new string('}', 40) + ")";
        string file = "redactor " + id;
        return VerifyAsync(file, At(1, 1, file.Length + 1,
            "'" + id[..120] + "…' nests brackets more than 32 deep, which no documentation-comment id does"));
    }

    [Fact]
    public Task AFileFullOfErrors_StopsAfterAHundred()
    {
        string file = string.Join("\n", Enumerable.Range(1, 150).Select(i => "bogus" + i));
        var expected = Enumerable.Range(1, 100)
            .Select(i => OnLine(file, i, $"unknown declaration 'bogus{i}'; expected one of personal_data, not_personal_data, source, personal_data_word, not_personal_data_word, third_party, first_party, consent_check, redactor, log_sink, serialization_sink"))
            .Append(OnLine(file, 101, "100 errors already: this line and the rest of the file are ignored"))
            .ToArray();
        return VerifyAsync(file, expected);
    }

    [Fact]
    public Task ASeverityInAGlobalConfig_Applies()
    {
        var test = new Harness.AnalyzerTest<PiiAnalyzers.Rules.InvalidConfigurationAnalyzer>
        {
            TestCode = "class C { }",
            GlobalConfig = "dotnet_diagnostic.PII900.severity = error",
        };
        test.AdditionalFiles.Add(("PiiAnalyzers.txt", "bogus"));
        test.ExpectedDiagnostics.Add(At(1, 1, 6, "unknown declaration 'bogus'; expected one of personal_data, not_personal_data, source, personal_data_word, not_personal_data_word, third_party, first_party, consent_check, redactor, log_sink, serialization_sink")
            .WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        return test.RunAsync();
    }

    [Fact]
    public Task AGlobalConfig_CanTurnItOff()
    {
        var test = new Harness.AnalyzerTest<PiiAnalyzers.Rules.InvalidConfigurationAnalyzer>
        {
            TestCode = "class C { }",
            GlobalConfig = "dotnet_diagnostic.PII900.severity = none",
        };
        test.AdditionalFiles.Add(("PiiAnalyzers.txt", "bogus"));
        return test.RunAsync();
    }

    [Fact]
    public Task AnAssemblySuppression_Suppresses()
    {
        var test = new Harness.AnalyzerTest<PiiAnalyzers.Rules.InvalidConfigurationAnalyzer>
        {
            TestCode = "[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\"Configuration\", \"PII900\", Justification = \"test\")]\nclass C { }",
        };
        test.AdditionalFiles.Add(("PiiAnalyzers.txt", "bogus"));
        return test.RunAsync();
    }

    [Fact]
    public Task AnEditorConfigSectionForSources_DoesNotApplyToTheFile()
    {
        var test = new Harness.AnalyzerTest<PiiAnalyzers.Rules.InvalidConfigurationAnalyzer>
        {
            TestCode = "class C { }",
            EditorConfig = "root = true\n[*.cs]\ndotnet_diagnostic.PII900.severity = none\n",
        };
        test.AdditionalFiles.Add(("PiiAnalyzers.txt", "bogus"));
        test.ExpectedDiagnostics.Add(At(1, 1, 6, "unknown declaration 'bogus'; expected one of personal_data, not_personal_data, source, personal_data_word, not_personal_data_word, third_party, first_party, consent_check, redactor, log_sink, serialization_sink"));
        return test.RunAsync();
    }
}
