using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;
using Xunit;

namespace PiiAnalyzers.Tests.Configuration;

/// <summary>
/// <see cref="ConfigurationFile.Load"/> on its own: each declaration fills the model with the symbols its id
/// names in the vendor library (a referenced assembly); comments, whitespace, case and several files.
/// </summary>
public class ConfigurationFileTests
{
    private const string Example = """
        # PiiAnalyzers configuration: one declaration per line; # starts a comment.
        personal_data       P:Vendor.Models.Customer.Email          Email
        personal_data       T:Vendor.Models.Address                 PostalAddress
        personal_data       M:Vendor.Directory.Lookup(System.Int32)  Name        # the method's return value
        not_personal_data   P:Vendor.Models.Customer.TenantId
        third_party         T:Segment.Analytics                      Analytics   # purpose; default ThirdPartySharing
        third_party         M:Vendor.Crm.Client.Push(System.String)
        consent_check       M:Vendor.Consents.Allowed(System.String,PiiAnalyzers.ConsentPurpose)
        consent_check       P:Vendor.Consents.MarketingAllowed       Marketing
        redactor            M:Vendor.Text.Mask(System.String)
        log_sink            M:Vendor.Diagnostics.Audit.Write(System.String)
        serialization_sink  M:Vendor.Cache.Put(System.String,System.Object)
        """;

    [Fact]
    public void TheDocumentedExample_DeclaresEverything()
    {
        var configuration = Vendor.Load(("/0/PiiAnalyzers.txt", Example));

        Assert.Empty(configuration.Errors);
        Assert.Equal("Email", configuration.PersonalDataKind(Vendor.Symbol("P:Vendor.Models.Customer.Email")));
        Assert.Equal("PostalAddress", configuration.PersonalDataKind(Vendor.Symbol("T:Vendor.Models.Address")));
        Assert.Equal("Name", configuration.PersonalDataKind(Vendor.Symbol("M:Vendor.Directory.Lookup(System.Int32)")));
        Assert.Null(configuration.PersonalDataKind(Vendor.Symbol("M:Vendor.Directory.Lookup(System.String)")));
        Assert.True(configuration.IsNotPersonalData(Vendor.Symbol("P:Vendor.Models.Customer.TenantId")));
        Assert.Equal(Purpose.Analytics, configuration.ThirdPartyPurpose(Vendor.Symbol("T:Segment.Analytics")));
        Assert.Equal(Purpose.ThirdPartySharing, configuration.ThirdPartyPurpose(Vendor.Symbol("M:Vendor.Crm.Client.Push(System.String)")));
        Assert.True(configuration.IsConsentCheck(Vendor.Symbol("M:Vendor.Consents.Allowed(System.String,PiiAnalyzers.ConsentPurpose)"), out Purpose? fromArgument));
        Assert.Null(fromArgument);
        Assert.True(configuration.IsConsentCheck(Vendor.Symbol("P:Vendor.Consents.MarketingAllowed"), out Purpose? marketing));
        Assert.Equal(Purpose.Marketing, marketing);
        Assert.True(configuration.IsRedactor((IMethodSymbol)Vendor.Symbol("M:Vendor.Text.Mask(System.String)")));
        Assert.True(configuration.IsLogSink((IMethodSymbol)Vendor.Symbol("M:Vendor.Diagnostics.Audit.Write(System.String)")));
        Assert.True(configuration.IsSerializationSink((IMethodSymbol)Vendor.Symbol("M:Vendor.Cache.Put(System.String,System.Object)")));
        Assert.True(configuration.DeclaresPersonalData && configuration.DeclaresConsentChecks && configuration.DeclaresLogSinks &&
            configuration.DeclaresThirdParties && configuration.DeclaresSerializationSinks);
    }

    [Fact]
    public void NothingElse_IsDeclared()
    {
        var configuration = Vendor.Load(("/0/PiiAnalyzers.txt", Example));

        Assert.Null(configuration.PersonalDataKind(Vendor.Symbol("P:Vendor.Models.Customer.Name")));
        Assert.False(configuration.IsNotPersonalData(Vendor.Symbol("P:Vendor.Models.Customer.Email")));
        Assert.Null(configuration.ThirdPartyPurpose(Vendor.Symbol("T:Vendor.Crm.Client")));
        Assert.False(configuration.IsConsentCheck(Vendor.Symbol("M:Vendor.Consents.IsAllowed(System.String)"), out _));
        Assert.False(configuration.IsRedactor((IMethodSymbol)Vendor.Symbol("M:Vendor.Diagnostics.Audit.Write(System.String)")));
        Assert.False(configuration.IsLogSink((IMethodSymbol)Vendor.Symbol("M:Vendor.Text.Mask(System.String)")));
        Assert.False(configuration.IsSerializationSink((IMethodSymbol)Vendor.Symbol("M:Vendor.Cache.Clear")));
    }

    [Fact]
    public void PersonalData_KindDefaultsToOther_AndAcceptsFieldsStructsAndGenericMembers()
    {
        var configuration = Vendor.Load(("PiiAnalyzers.txt", """
            personal_data F:Vendor.Models.Customer.Nickname
            personal_data T:Vendor.Models.Coordinates Location
            personal_data P:Vendor.Models.Box`1.Value
            personal_data M:Vendor.Models.Box`1.Unwrap(`0) Credential
            personal_data P:Vendor.Directory.Item(System.Int32) Name
            """));

        Assert.Empty(configuration.Errors);
        Assert.Equal("Other", configuration.PersonalDataKind(Vendor.Symbol("F:Vendor.Models.Customer.Nickname")));
        Assert.Equal("Location", configuration.PersonalDataKind(Vendor.Symbol("T:Vendor.Models.Coordinates")));
        Assert.Equal("Other", configuration.PersonalDataKind(Vendor.Symbol("P:Vendor.Models.Box`1.Value")));
        Assert.Equal("Credential", configuration.PersonalDataKind(Vendor.Symbol("M:Vendor.Models.Box`1.Unwrap(`0)")));
        Assert.Equal("Name", configuration.PersonalDataKind(Vendor.Symbol("P:Vendor.Directory.Item(System.Int32)")));
    }

    [Fact]
    public void AMethodId_MayEndWithItsReturnType()
    {
        var configuration = Vendor.Load(("PiiAnalyzers.txt", """
            redactor M:Vendor.Text.Mask(System.String)~System.String
            personal_data M:Vendor.Directory.Lookup(System.Int32)~System.String Name
            """));

        Assert.Empty(configuration.Errors);
        Assert.True(configuration.IsRedactor((IMethodSymbol)Vendor.Symbol("M:Vendor.Text.Mask(System.String)")));
        Assert.Equal("Name", configuration.PersonalDataKind(Vendor.Symbol("M:Vendor.Directory.Lookup(System.Int32)")));
    }

    [Fact]
    public void ConstructedGenericMembers_AnswerForTheirDefinition()
    {
        var compilation = Vendor.Compilation("class C { Vendor.Models.Box<string> box = new(); }");
        var configuration = Vendor.Load(compilation, ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("PiiAnalyzers.txt", "personal_data P:Vendor.Models.Box`1.Value Email")));
        var box = (INamedTypeSymbol)((IFieldSymbol)compilation.GetTypeByMetadataName("C")!.GetMembers("box").Single()).Type;

        Assert.Equal("Email", configuration.PersonalDataKind(box.GetMembers("Value").Single()));
    }

    [Fact]
    public void ThirdParty_AcceptsInterfacesAndEveryPurpose()
    {
        var configuration = Vendor.Load(("PiiAnalyzers.txt", """
            third_party T:Vendor.Models.IProfile CrossBorderTransfer
            third_party M:Segment.Analytics.Track(System.String,System.Object) publicdisclosure
            """));

        Assert.Empty(configuration.Errors);
        Assert.Equal(Purpose.CrossBorderTransfer, configuration.ThirdPartyPurpose(Vendor.Symbol("T:Vendor.Models.IProfile")));
        Assert.Equal(Purpose.PublicDisclosure, configuration.ThirdPartyPurpose(Vendor.Symbol("M:Segment.Analytics.Track(System.String,System.Object)")));
    }

    [Fact]
    public void ConsentCheck_AcceptsVoidAndAsyncShapes()
    {
        var configuration = Vendor.Load(("PiiAnalyzers.txt", """
            consent_check M:Vendor.Consents.Demand(System.String,PiiAnalyzers.ConsentPurpose)
            consent_check M:Vendor.Consents.AllowedAsync(System.String,PiiAnalyzers.ConsentPurpose)
            consent_check M:Vendor.Consents.IsAllowed(System.String) Diagnostics
            """));

        Assert.Empty(configuration.Errors);
        Assert.True(configuration.IsConsentCheck(Vendor.Symbol("M:Vendor.Consents.Demand(System.String,PiiAnalyzers.ConsentPurpose)"), out _));
        Assert.True(configuration.IsConsentCheck(Vendor.Symbol("M:Vendor.Consents.AllowedAsync(System.String,PiiAnalyzers.ConsentPurpose)"), out _));
        Assert.True(configuration.IsConsentCheck(Vendor.Symbol("M:Vendor.Consents.IsAllowed(System.String)"), out Purpose? purpose));
        Assert.Equal(Purpose.Diagnostics, purpose);
    }

    [Fact]
    public void CommentsBlankLinesAndWhitespace_AreIgnored()
    {
        var configuration = Vendor.Load(("PiiAnalyzers.txt",
            "# a comment\n" +
            "\n" +
            "   \t  \n" +
            "\t  personal_data\t\tP:Vendor.Models.Customer.Email   Email   # why: the CRM's e-mail\n" +
            "redactor M:Vendor.Text.Mask(System.String) #a comment right after its hash\n" +
            "  # personal_data P:Vendor.Models.Customer.Name Name\n" +
            "log_sink\u00a0M:Vendor.Diagnostics.Audit.Write(System.String)\u3000\n"));

        Assert.Empty(configuration.Errors);
        Assert.Equal("Email", configuration.PersonalDataKind(Vendor.Symbol("P:Vendor.Models.Customer.Email")));
        Assert.True(configuration.IsRedactor((IMethodSymbol)Vendor.Symbol("M:Vendor.Text.Mask(System.String)")));
        Assert.Null(configuration.PersonalDataKind(Vendor.Symbol("P:Vendor.Models.Customer.Name")));
        Assert.True(configuration.IsLogSink((IMethodSymbol)Vendor.Symbol("M:Vendor.Diagnostics.Audit.Write(System.String)")));
    }

    [Fact]
    public void KeywordsKindsAndPurposes_MatchInAnyCase()
    {
        var configuration = Vendor.Load(("PiiAnalyzers.txt", """
            PERSONAL_DATA P:Vendor.Models.Customer.Email email
            Personal_Data P:Vendor.Models.Customer.Name NAME
            Third_Party T:Segment.Analytics analytics
            CONSENT_CHECK P:Vendor.Consents.MarketingAllowed mArKeTiNg
            """));

        Assert.Empty(configuration.Errors);
        Assert.Equal("Email", configuration.PersonalDataKind(Vendor.Symbol("P:Vendor.Models.Customer.Email")));
        Assert.Equal("Name", configuration.PersonalDataKind(Vendor.Symbol("P:Vendor.Models.Customer.Name")));
        Assert.Equal(Purpose.Analytics, configuration.ThirdPartyPurpose(Vendor.Symbol("T:Segment.Analytics")));
        Assert.True(configuration.IsConsentCheck(Vendor.Symbol("P:Vendor.Consents.MarketingAllowed"), out Purpose? purpose));
        Assert.Equal(Purpose.Marketing, purpose);
    }

    [Fact]
    public void IdsAreCaseSensitive()
    {
        var configuration = Vendor.Load(("PiiAnalyzers.txt", "personal_data P:vendor.models.customer.email Email"));

        Assert.Equal("'P:vendor.models.customer.email' names nothing in this compilation", Assert.Single(configuration.Errors).Message);
    }

    [Fact]
    public void SeveralFiles_AllCount_WhateverTheirFolderAndCase()
    {
        var configuration = Vendor.Load(
            ("/src/App/PiiAnalyzers.txt", "personal_data P:Vendor.Models.Customer.Email Email"),
            ("/src/Shared/piianalyzers.TXT", "redactor M:Vendor.Text.Mask(System.String)"),
            ("C:\\repo\\config\\PIIANALYZERS.txt", "log_sink M:Vendor.Diagnostics.Audit.Write(System.String)"),
            ("/src/App/NotPiiAnalyzers.txt", "personal_data P:Vendor.Models.Customer.Name Name"),
            ("/src/App/PiiAnalyzers.txt.bak", "personal_data P:Vendor.Models.Customer.Name Name"),
            ("/src/App/PiiAnalyzers.json", "personal_data P:Vendor.Models.Customer.Name Name"));

        Assert.Empty(configuration.Errors);
        Assert.Equal("Email", configuration.PersonalDataKind(Vendor.Symbol("P:Vendor.Models.Customer.Email")));
        Assert.True(configuration.IsRedactor((IMethodSymbol)Vendor.Symbol("M:Vendor.Text.Mask(System.String)")));
        Assert.True(configuration.IsLogSink((IMethodSymbol)Vendor.Symbol("M:Vendor.Diagnostics.Audit.Write(System.String)")));
        Assert.Null(configuration.PersonalDataKind(Vendor.Symbol("P:Vendor.Models.Customer.Name")));
    }

    [Fact]
    public void ARepeatAcrossFiles_NamesTheFirstFile_AndKeepsTheFirst()
    {
        var configuration = Vendor.Load(
            ("/src/App/PiiAnalyzers.txt", "\npersonal_data P:Vendor.Models.Customer.Email Email"),
            ("/src/Shared/PiiAnalyzers.txt", "personal_data P:Vendor.Models.Customer.Email Name"));

        var error = Assert.Single(configuration.Errors);
        Assert.Equal("/src/Shared/PiiAnalyzers.txt", error.File.Path);
        Assert.Equal(
            "'P:Vendor.Models.Customer.Email' is already declared personal_data on line 2 of /src/App/PiiAnalyzers.txt: " +
            "declare it once (the first declaration is used)",
            error.Message);
        Assert.Equal("Email", configuration.PersonalDataKind(Vendor.Symbol("P:Vendor.Models.Customer.Email")));
    }

    [Fact]
    public void TheSameFileListedTwice_IsReadOnce()
    {
        var compilation = Vendor.Compilation();
        var file = new InMemoryAdditionalText("/0/PiiAnalyzers.txt", "personal_data P:Vendor.Models.Customer.Email Email");
        var again = new InMemoryAdditionalText("/0/PiiAnalyzers.txt", "personal_data P:Vendor.Models.Customer.Email Email");

        var configuration = Vendor.Load(compilation, ImmutableArray.Create<AdditionalText>(file, file, again));

        Assert.Empty(configuration.Errors);
        Assert.Equal("Email", configuration.PersonalDataKind(Vendor.Symbol(compilation, "P:Vendor.Models.Customer.Email")));
    }

    [Fact]
    public void NoConfigurationFile_IsTheEmptyConfiguration()
    {
        Assert.Same(PrivacyConfiguration.Empty, Vendor.Load());
        Assert.Same(PrivacyConfiguration.Empty, Vendor.Load(("/0/Other.txt", "personal_data P:Vendor.Models.Customer.Email Email")));
        Assert.Same(PrivacyConfiguration.Empty, Vendor.Load(Vendor.Compilation(), default));
    }

    [Fact]
    public void SymbolsOfTheCompilationItself_CanBeDeclared()
    {
        var compilation = Vendor.Compilation("namespace Shop { public class Order { public string Buyer { get; set; } = \"\"; } }");
        var configuration = Vendor.Load(compilation, ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("PiiAnalyzers.txt", "personal_data P:Shop.Order.Buyer Name")));

        Assert.Empty(configuration.Errors);
        Assert.Equal("Name", configuration.PersonalDataKind(Vendor.Symbol(compilation, "P:Shop.Order.Buyer")));
    }

    [Fact]
    public void PrivacyConfigurationFor_IsReadOncePerCompilationAndText()
    {
        var compilation = Vendor.Compilation();
        var file = new CountingAdditionalText("/0/PiiAnalyzers.txt", "personal_data P:Vendor.Models.Customer.Email Email");
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(ImmutableArray.Create<AdditionalText>(file));

        var first = PrivacyConfiguration.For(compilation, options, default);
        var second = PrivacyConfiguration.For(compilation, options, default);

        Assert.Same(first, second);
    }

    [Fact]
    public void PrivacyConfigurationFor_SeesAnEditOfTheFileInTheSameCompilation()
    {
        // An editor keeps the compilation when only an additional file changes: the next analysis must see the new line.
        var compilation = Vendor.Compilation();
        var before = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText("/0/PiiAnalyzers.txt", "personal_data P:Vendor.Models.Customer.Email Email")));
        var after = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText("/0/PiiAnalyzers.txt", "personal_data P:Vendor.Models.Customer.Email Email\nnot_personal_data P:Vendor.Models.Customer.TenantId")));

        var first = PrivacyConfiguration.For(compilation, before, default);
        var edited = PrivacyConfiguration.For(compilation, after, default);

        Assert.NotSame(first, edited);
        Assert.False(first.IsNotPersonalData(Vendor.Symbol(compilation, "P:Vendor.Models.Customer.TenantId")));
        Assert.True(edited.IsNotPersonalData(Vendor.Symbol(compilation, "P:Vendor.Models.Customer.TenantId")));
        Assert.Same(edited, PrivacyConfiguration.For(compilation, after, default));
    }

    [Fact]
    public void Cancellation_IsHonoured()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        var files = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("PiiAnalyzers.txt", Example));

        Assert.ThrowsAny<System.OperationCanceledException>(() => ConfigurationFile.Load(Vendor.Compilation(), files, cancelled.Token));
    }

    private sealed class CountingAdditionalText : AdditionalText
    {
        private readonly Microsoft.CodeAnalysis.Text.SourceText _text;

        public CountingAdditionalText(string path, string content)
        {
            Path = path;
            _text = Microsoft.CodeAnalysis.Text.SourceText.From(content);
        }

        public int Reads { get; private set; }

        public override string Path { get; }

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default)
        {
            Reads++;
            return _text;
        }
    }
}
