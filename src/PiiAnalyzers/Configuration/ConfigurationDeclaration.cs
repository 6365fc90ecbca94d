using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Configuration;

/// <summary>What a declaration takes after its id.</summary>
internal enum ThirdField
{
    /// <summary>Nothing: the id alone.</summary>
    None,

    /// <summary>An optional <c>PersonalDataKind</c> name (default <c>Other</c>).</summary>
    Kind,

    /// <summary>An optional <c>ConsentPurpose</c> name.</summary>
    Purpose,
}

/// <summary>
/// One kind of line of <c>PiiAnalyzers.txt</c> (<c>personal_data</c>, <c>redactor</c>, …): its keyword, the ids
/// it accepts, its optional third field, what a symbol must be to mean what it says, and where it goes in the
/// <see cref="PrivacyConfiguration.Builder"/>.
/// </summary>
internal sealed class ConfigurationDeclaration
{
    public static readonly ConfigurationDeclaration PersonalData = new(
        "personal_data", "personal data", "a type ('T:…'), field ('F:…'), property ('P:…') or method ('M:…', for its return value)", "TFPM",
        ThirdField.Kind, "personal_data P:Vendor.Models.Customer.Email Email", Group.PersonalData);

    public static readonly ConfigurationDeclaration NotPersonalData = new(
        "not_personal_data", "not_personal_data", "a type ('T:…'), field ('F:…'), property ('P:…') or method ('M:…', for its return value)", "TFPM",
        ThirdField.None, "not_personal_data P:Vendor.Models.Customer.TenantId", Group.PersonalData);

    /// <summary>
    /// A framework or library member whose value is personal data, like the built-in sources (<c>RemoteIpAddress</c>):
    /// <c>personal_data</c> by another name, for the code the team cannot annotate.
    /// </summary>
    public static readonly ConfigurationDeclaration Source = new(
        "source", "a source of personal data", "a type ('T:…'), field ('F:…'), property ('P:…') or method ('M:…', for its return value)", "TFPM",
        ThirdField.Kind, "source P:Microsoft.AspNetCore.Http.HttpRequest.QueryString OnlineIdentifier", Group.PersonalData);

    public static readonly ConfigurationDeclaration PersonalDataWord = new(
        "personal_data_word", "a personal-data word", "a word or words of a member's name, as the code spells them ('MemberNo')", "",
        ThirdField.Kind, "personal_data_word MemberNo Other", Group.Words);

    public static readonly ConfigurationDeclaration NotPersonalDataWord = new(
        "not_personal_data_word", "a word that is not personal data", "a word or words of a member's name, as the code spells them ('Handle')", "",
        ThirdField.None, "not_personal_data_word Handle", Group.Words);

    public static readonly ConfigurationDeclaration ThirdParty = new(
        "third_party", "a third party", "a type ('T:…') or method ('M:…')", "TM",
        ThirdField.Purpose, "third_party T:Segment.Analytics Analytics", Group.ThirdParty);

    public static readonly ConfigurationDeclaration FirstParty = new(
        "first_party", "a first party", "a type ('T:…') or a named HTTP client ('client:…')", "T",
        ThirdField.None, "first_party T:Contoso.Ordering.OrderingApiClient", Group.ThirdParty);

    public static readonly ConfigurationDeclaration ConsentCheck = new(
        "consent_check", "a consent check", "a method ('M:…') or property ('P:…')", "MP",
        ThirdField.Purpose, "consent_check P:Vendor.Consents.MarketingAllowed Marketing", Group.ConsentCheck);

    public static readonly ConfigurationDeclaration Redactor = new(
        "redactor", "a redactor", "a method ('M:…')", "M",
        ThirdField.None, "redactor M:Vendor.Text.Mask(System.String)", Group.Redactor);

    public static readonly ConfigurationDeclaration LogSink = new(
        "log_sink", "a log sink", "a method ('M:…')", "M",
        ThirdField.None, "log_sink M:Vendor.Diagnostics.Audit.Write(System.String)", Group.LogSink);

    public static readonly ConfigurationDeclaration SerializationSink = new(
        "serialization_sink", "a serialization sink", "a method ('M:…')", "M",
        ThirdField.None, "serialization_sink M:Vendor.Cache.Put(System.String,System.Object)", Group.SerializationSink);

    private static readonly ImmutableArray<ConfigurationDeclaration> All = ImmutableArray.Create(
        PersonalData, NotPersonalData, Source, PersonalDataWord, NotPersonalDataWord, ThirdParty, FirstParty, ConsentCheck, Redactor, LogSink, SerializationSink);

    private ConfigurationDeclaration(string keyword, string subject, string accepts, string prefixes, ThirdField third, string example, Group conflicts)
    {
        Keyword = keyword;
        Subject = subject;
        Accepts = accepts;
        Prefixes = prefixes;
        Third = third;
        Example = example;
        Conflicts = conflicts;
    }

    /// <summary>
    /// Declarations in the same group may not name the same symbol twice: <c>personal_data</c> and
    /// <c>not_personal_data</c> share one, <c>third_party</c> and <c>first_party</c> another, the others each have their own.
    /// </summary>
    public enum Group
    {
        PersonalData,
        ThirdParty,
        ConsentCheck,
        Redactor,
        LogSink,
        SerializationSink,

        /// <summary>Words of names for inference mode: <c>personal_data_word</c> and <c>not_personal_data_word</c>, by word, not by symbol.</summary>
        Words,
    }

    /// <summary>Whether the declaration takes a word of a name instead of a documentation-comment id.</summary>
    public bool TakesAWord => Conflicts == Group.Words;

    /// <summary>The keywords, in the order the documentation lists them.</summary>
    public static ImmutableArray<string> Keywords { get; } = ImmutableArray.CreateRange(All, d => d.Keyword);

    /// <summary>The first field of the line: <c>personal_data</c>, … (matched in any case).</summary>
    public string Keyword { get; }

    /// <summary>How messages name what the declaration declares: <c>a redactor</c>.</summary>
    public string Subject { get; }

    /// <summary>The ids the declaration accepts, for messages: <c>a method ('M:…')</c>.</summary>
    public string Accepts { get; }

    /// <summary>The documentation-comment id prefixes the declaration accepts.</summary>
    public string Prefixes { get; }

    public ThirdField Third { get; }

    /// <summary>A complete line, for messages.</summary>
    public string Example { get; }

    public Group Conflicts { get; }

    /// <summary>The declaration a keyword names, in any case.</summary>
    public static ConfigurationDeclaration? Find(string keyword)
    {
        foreach (ConfigurationDeclaration declaration in All)
        {
            if (string.Equals(declaration.Keyword, keyword, StringComparison.OrdinalIgnoreCase))
            {
                return declaration;
            }
        }

        return null;
    }

    /// <summary>
    /// Why the symbol an id resolved to cannot be what this declaration says (<paramref name="id"/> is the id as
    /// messages quote it), or <see langword="null"/> when it can.
    /// </summary>
    public string? Judge(ISymbol symbol, string id, Purpose? purpose, ImmutableHashSet<INamedTypeSymbol> purposeTypes)
    {
        if (symbol is IMethodSymbol method && MethodKindProblem(method, id) is { } notOrdinary)
        {
            return notOrdinary;
        }

        return Conflicts switch
        {
            Group.PersonalData => symbol switch
            {
                INamedTypeSymbol { TypeKind: not (TypeKind.Class or TypeKind.Struct) } type => $"{id} is {Describe(type)}: {Subject} of a type must be a class or struct",
                IMethodSymbol { ReturnsVoid: true } => $"{id} returns nothing, so there is no return value to declare {Keyword}",
                _ => null,
            },
            Group.ThirdParty => symbol is INamedTypeSymbol { TypeKind: not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface) } type
                ? $"{id} is {Describe(type)}: {Subject} must be a class, interface or struct"
                : null,
            Group.ConsentCheck => ConsentCheckProblem(symbol, id, purpose, purposeTypes),
            Group.Redactor => symbol is IMethodSymbol redactor && (DeclaredShapes.ReturnsNothing(redactor) || redactor.Parameters.IsEmpty)
                ? $"{id} {(redactor.Parameters.IsEmpty ? "takes no argument" : "returns nothing")}: a redactor takes the personal data and returns what may be shown instead"
                : null,
            _ => symbol is IMethodSymbol { Parameters.IsEmpty: true }
                ? $"{id} takes no argument, and {Subject} writes its arguments"
                : null,
        };
    }

    /// <summary>Puts an accepted symbol into the configuration.</summary>
    public void Add(PrivacyConfiguration.Builder builder, ISymbol symbol, string? kind, Purpose? purpose)
    {
        if (this == PersonalData || this == Source)
        {
            builder.PersonalData[symbol] = kind ?? "Other";
        }
        else if (this == NotPersonalData)
        {
            builder.NotPersonalData.Add(symbol);
        }
        else if (this == ThirdParty)
        {
            builder.ThirdParties[symbol] = purpose ?? Purpose.ThirdPartySharing;
        }
        else if (this == FirstParty)
        {
            builder.FirstParties.Add(symbol);
        }
        else if (this == ConsentCheck)
        {
            builder.ConsentChecks[symbol] = purpose;
        }
        else if (this == Redactor)
        {
            builder.Redactors.Add(symbol);
        }
        else if (this == LogSink)
        {
            builder.LogSinks.Add(symbol);
        }
        else
        {
            builder.SerializationSinks.Add(symbol);
        }
    }

    /// <summary>
    /// A consent check answers with <c>bool</c> (<c>Task&lt;bool&gt;</c>) or by returning (<c>void</c>, <c>Task</c>),
    /// as the consent catalog (<c>Model.ConsentCatalog</c>) reads it, and has exactly one purpose: the declared one, or (a method only)
    /// the call's <c>ConsentPurpose</c> argument.
    /// </summary>
    private string? ConsentCheckProblem(ISymbol symbol, string id, Purpose? purpose, ImmutableHashSet<INamedTypeSymbol> purposeTypes)
    {
        if (symbol is IPropertySymbol property)
        {
            if (DeclaredShapes.ConsentCheck(property) == CheckShape.None)
            {
                return $"{id} is not a consent check: it is '{Display(property.Type)}', and a consent check property is bool (true means consent is given)";
            }

            return purpose is null ? $"{id} checks no purpose: name it after the id, e.g. '{Keyword} {Unquoted(id)} Marketing'" : null;
        }

        if (symbol is not IMethodSymbol method)
        {
            return null;
        }

        if (DeclaredShapes.ConsentCheck(method) == CheckShape.None)
        {
            return $"{id} is not a consent check: it returns '{Display(method.ReturnType)}', and a consent check returns bool " +
                "(true means consent is given) or is void (it returns only with consent)";
        }

        bool takesPurpose = false;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            takesPurpose |= parameter.Type is INamedTypeSymbol type && purposeTypes.Contains(type.OriginalDefinition);
        }

        return (purpose, takesPurpose) switch
        {
            (null, false) => $"{id} checks no purpose: name it after the id, e.g. '{Keyword} {Unquoted(id)} Marketing', or declare a method that takes a ConsentPurpose",
            ({ } named, true) => $"{id} takes its purpose as a ConsentPurpose argument: remove '{named}', which would override the argument of every call",
            _ => null,
        };
    }

    /// <summary>Constructors, accessors, operators, finalizers: not called by name, so not what a declaration means.</summary>
    private string? MethodKindProblem(IMethodSymbol method, string id)
    {
        switch (method.MethodKind)
        {
            case MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation or MethodKind.DelegateInvoke:
                return null;
            case MethodKind.PropertyGet or MethodKind.PropertySet when method.AssociatedSymbol is { } property && Prefixes.IndexOf('P') >= 0:
                return $"{id} is a property accessor: declare the property '{DocumentationCommentId.CreateDeclarationId(property)}'";
            default:
                return $"{id} is {Describe(method.MethodKind)}, not an ordinary method";
        }
    }

    private static string Describe(MethodKind kind) => kind switch
    {
        MethodKind.Constructor => "a constructor",
        MethodKind.StaticConstructor => "a static constructor",
        MethodKind.Destructor => "a finalizer",
        MethodKind.PropertyGet or MethodKind.PropertySet => "a property accessor",
        MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise => "an event accessor",
        MethodKind.UserDefinedOperator => "an operator",
        MethodKind.Conversion => "a conversion operator",
        _ => "a special method",
    };

    private static string Describe(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Interface => "an interface",
        TypeKind.Enum => "an enum",
        TypeKind.Delegate => "a delegate",
        TypeKind.Class => "a class",
        TypeKind.Struct => "a struct",
        _ => "a " + type.TypeKind.ToString().ToLowerInvariant(),
    };

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    private static string Unquoted(string quoted) => quoted.Substring(1, quoted.Length - 2);
}
