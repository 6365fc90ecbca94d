using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.Model;

/// <summary>
/// Decides, for one compilation, whether a field, property or parameter looks like personal data and is not marked.
/// Left out, because marking them would be wrong or would change nothing:
/// <list type="bullet">
/// <item>members of private (or private protected, or file-local) types, enums, delegates, attributes, settings types
/// (<c>…Options</c>, <c>…Settings</c>, <c>…Configuration</c>, <c>…Config</c>, <c>…Constants</c>, <c>…Defaults</c>)
/// and types declared not personal data;</item>
/// <item>constants and <c>static readonly</c> fields (a name, key or default fixed at start-up, not someone's data),
/// compiler-generated members, indexers;</item>
/// <item>members whose type is <c>bool</c>, an enum (except for a gender), a delegate, a framework type that does not
/// hold a value (<c>Regex</c>, <c>Type</c>, <c>Encoding</c>, <c>AddressFamily</c>, …), a service or settings type
/// (<c>IEmailSender</c>, <c>SmtpOptions</c>), a type marked <c>[PersonalData]</c> (already personal data) or one declared
/// not personal data;</item>
/// <item>anything marked already: <c>[PersonalData]</c>, ASP.NET Core Identity's markers, DataClassification attributes,
/// <c>personal_data</c> in PiiAnalyzers.txt, a marked containing type, an overridden or implemented property that is
/// marked; and anything declared <c>[NotPersonalData]</c> or <c>not_personal_data</c>;</item>
/// <item>a property that overrides or implements a property of the same compilation (it is reported there, and marking
/// it there marks this one), and a record's positional property (reported at its parameter, where the marker goes);</item>
/// <item>parameters of methods without a body (abstract, interface, extern, delegate, partial without implementation:
/// a parameter's marker is read from the method whose body handles it, so the implementations are reported), of
/// lambdas, local functions, operators and accessors, of <c>[Redactor]</c> methods (their input is personal data by
/// definition and their result is declared safe), caller-info parameters, and a constructor parameter that has a
/// field or property of the same name in its type (the member is reported; the constructor only stores it).</item>
/// </list>
/// </summary>
internal sealed class UnmarkedPersonalDataFinder
{
    private static readonly ImmutableHashSet<string> ServiceSuffixes = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "options", "settings", "setting", "configuration", "config", "service", "provider", "client", "sender", "factory",
        "validator", "handler", "repository", "manager", "logger", "formatter", "parser", "generator", "builder", "cache",
        "queue", "context", "controller", "helper");

    /// <summary>Framework types that hold a value that can be personal data (besides the special types).</summary>
    private static readonly ImmutableHashSet<string> FrameworkCarriers = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.DateOnly", "System.TimeOnly", "System.DateTimeOffset", "System.Guid", "System.Half",
        "System.Numerics.BigInteger", "System.Net.IPAddress", "System.Net.NetworkInformation.PhysicalAddress",
        "System.Net.Mail.MailAddress", "System.Security.SecureString", "System.Text.StringBuilder",
        "Microsoft.Extensions.Primitives.StringValues");

    /// <summary>First words of a <c>MailAddress</c>'s name that make it the sender's own (<c>from</c>, <c>senderAddress</c>, <c>replyTo</c>).</summary>
    private static readonly ImmutableHashSet<string> SenderNames = ImmutableHashSet.Create(
        StringComparer.Ordinal, "from", "sender", "reply", "replyto", "noreply", "bounce", "system", "support", "default", "admin");

    /// <summary>Framework types of numbers and dates besides the special types: personal data only as an age, a birth date or a coordinate.</summary>
    private static readonly ImmutableHashSet<string> NumbersAndDates = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.DateOnly", "System.TimeOnly", "System.DateTimeOffset", "System.TimeSpan", "System.Half", "System.Int128",
        "System.UInt128", "System.Numerics.BigInteger");

    /// <summary>Framework generic types whose values are their type arguments' (collections, memory, <c>Nullable</c>).</summary>
    private static readonly ImmutableHashSet<string> FrameworkWrappers = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.Memory`1", "System.ReadOnlyMemory`1", "System.Span`1", "System.ReadOnlySpan`1", "System.ArraySegment`1",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.ICollection`1", "System.Collections.Generic.IList`1",
        "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.ISet`1",
        "System.Collections.Generic.IReadOnlySet`1", "System.Collections.Generic.List`1", "System.Collections.Generic.HashSet`1",
        "System.Collections.Generic.SortedSet`1", "System.Collections.Generic.LinkedList`1", "System.Collections.Generic.Queue`1",
        "System.Collections.Generic.Stack`1", "System.Collections.Generic.IDictionary`2", "System.Collections.Generic.IReadOnlyDictionary`2",
        "System.Collections.Generic.Dictionary`2", "System.Collections.Generic.SortedDictionary`2", "System.Collections.Generic.KeyValuePair`2",
        "System.Collections.ObjectModel.Collection`1", "System.Collections.ObjectModel.ReadOnlyCollection`1",
        "System.Collections.ObjectModel.ObservableCollection`1", "System.Collections.Immutable.ImmutableArray`1",
        "System.Collections.Immutable.ImmutableList`1", "System.Collections.Immutable.ImmutableHashSet`1",
        "System.Collections.Immutable.ImmutableDictionary`2", "System.Collections.Concurrent.ConcurrentDictionary`2",
        "System.Collections.Concurrent.ConcurrentBag`1", "System.Collections.Concurrent.ConcurrentQueue`1");

    /// <summary>The short metadata names of <see cref="FrameworkWrappers"/> (<c>List`1</c>).</summary>
    private static readonly ImmutableHashSet<string> FrameworkWrapperNames =
        FrameworkWrappers.Select(name => name.Substring(name.LastIndexOf('.') + 1)).ToImmutableHashSet(StringComparer.Ordinal);

    private static readonly ImmutableHashSet<string> CallerInfoAttributes = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "CallerMemberNameAttribute", "CallerFilePathAttribute", "CallerLineNumberAttribute", "CallerArgumentExpressionAttribute");

    private readonly Compilation _compilation;
    private readonly PrivacyAttributeTypes _attributes;
    private readonly PersonalDataCatalog _catalog;
    private readonly PrivacyConfiguration _configuration;
    private readonly TeamWords _teamWords;
    private readonly Func<string, bool> _hasPhrase;
    private readonly ConcurrentDictionary<INamedTypeSymbol, Container> _containers = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

    /// <summary>The vocabulary's verdicts by name and containing type's role and head word: names repeat across a code base.</summary>
    private readonly ConcurrentDictionary<(string Name, TypeRole Role, string? Head), (VocabularyMatch? Match, bool Rejected)> _verdicts = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity);

    /// <summary>Whether a name has a vocabulary phrase at all, by name: most names do not, and names repeat.</summary>
    private readonly ConcurrentDictionary<string, bool> _phrases = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, StringComparer.Ordinal);

    /// <summary>Whether a type can hold the data, by type and whether the data is a gender (an enum may be one).</summary>
    private readonly ConcurrentDictionary<(ITypeSymbol Type, ValueShape Shape), bool> _holdsValue = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, ValueTypeKeyComparer.Instance);

    /// <summary>The diagnostic properties of each suggested kind.</summary>

    public UnmarkedPersonalDataFinder(Compilation compilation, PrivacyAttributeTypes attributes, PersonalDataCatalog catalog, PrivacyConfiguration configuration)
    {
        _compilation = compilation;
        _attributes = attributes;
        _catalog = catalog;
        _configuration = configuration;
        _teamWords = new TeamWords(configuration);
        _hasPhrase = HasPhrase;
    }

    /// <summary>The unmarked personal data the symbol looks like, where PII006 reports it, or <see langword="null"/>.</summary>
    public UnmarkedPersonalData? Find(ISymbol symbol, CancellationToken cancellationToken) =>
        Judge(symbol, reportedHere: true, cancellationToken);

    /// <summary>
    /// The kind of personal data an unmarked field, property or parameter is taken to be in inference mode, or
    /// <see langword="null"/>: what <see cref="Find"/> reports, and also what it reports elsewhere because the marker goes
    /// there (a record's positional property, an overriding property, a constructor parameter stored in a member of its
    /// name), since the value is the same data.
    /// </summary>
    public string? InferredKind(ISymbol symbol) => Judge(symbol, reportedHere: false, CancellationToken.None)?.Kind;

    /// <remarks>The name is judged first: most members look like nothing, and the checks of overrides, namesakes and markers cost more.</remarks>
    private UnmarkedPersonalData? Judge(ISymbol symbol, bool reportedHere, CancellationToken cancellationToken)
    {
        if (!(IsOwn(symbol) ? IsJudgedInSource(symbol) : IsJudgedAsMetadata(symbol, reportedHere)) ||
            symbol.ContainingType is not { } type ||
            (!_phrases.GetOrAdd(symbol.Name, _hasPhrase) && !MayHaveAttributes(symbol) && !IsMailAddress(PersonalDataCatalog.TypeOf(symbol))) ||
            !MayBeReported(symbol) ||
            Describe(type) is not { Looked: true } container ||
            MatchOf(symbol, container) is not { } match ||
            (symbol is IParameterSymbol callee && IsCallerInfo(callee)))
        {
            return null;
        }

        string? name = !reportedHere ? symbol.Name : symbol switch
        {
            IFieldSymbol field => NameOfMember(field),
            IPropertySymbol property => OverridesOrImplementsOwn(property) || IsPositionalProperty(property) ? null : NameOfMember(property),
            IParameterSymbol parameter => NameOfParameter(parameter, cancellationToken),
            _ => null,
        };

        ITypeSymbol? valueType = PersonalDataCatalog.TypeOf(symbol);
        if (name is null || valueType is null)
        {
            return null;
        }

        if (match.Phrase == "address")
        {
            match = AddressByType(valueType, match);
        }

        if (match is null || !HoldsValueCached(valueType, match.Kind) ||
            _catalog.DeclaredMember(symbol) is not null || _catalog.IsDeclaredNotPersonal(symbol))
        {
            return null;
        }

        return new UnmarkedPersonalData(symbol.Locations[0], name, match.Kind, match.Word);
    }

    /// <summary>
    /// Whether the symbol carries attributes (a DataAnnotations hint). The compiler has bound a declaration's attributes
    /// before the driver shows the symbol to an analyzer, so this reads what is there.
    /// </summary>
    private static bool MayHaveAttributes(ISymbol symbol) => !symbol.GetAttributes().IsEmpty;

    /// <summary>A symbol of the compilation is judged where it is written in source.</summary>
    private static bool IsJudgedInSource(ISymbol symbol) =>
        !symbol.IsImplicitlyDeclared && !symbol.Locations.IsEmpty && symbol.Locations[0].IsInSource;

    /// <summary>
    /// A symbol of another assembly (inference across projects) is never reported here, only inferred, and only a field
    /// or property a built reference assembly shows: read like metadata whatever the shape of its reference.
    /// </summary>
    private bool IsJudgedAsMetadata(ISymbol symbol, bool reportedHere) =>
        !reportedHere && symbol is IFieldSymbol or IPropertySymbol && symbol.CanBeReferencedByName &&
        SymbolOrigin.IsVisibleFrom(symbol, _compilation.Assembly) &&
        (symbol.ContainingType is null || SymbolOrigin.IsVisibleFrom(symbol.ContainingType, _compilation.Assembly));

    /// <summary>What the symbol's declaration alone rules out: constants, static readonly fields, indexers, parameters of what has no body or is not a method.</summary>
    private bool MayBeReported(ISymbol symbol) => symbol switch
    {
        IFieldSymbol field => !field.IsConst && !(field.IsStatic && field.IsReadOnly) && field.AssociatedSymbol is null,
        IPropertySymbol property => !property.IsIndexer,
        IParameterSymbol { ContainingSymbol: IMethodSymbol method } =>
            method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.ExplicitInterfaceImplementation &&
            method.PartialDefinitionPart is null &&
            !HasNoBody(method) &&
            !_catalog.IsRedactor(method),
        _ => false,
    };

    /// <summary><c>[CallerMemberName]</c> and the other caller-info parameters: the compiler fills them in.</summary>
    private static bool IsCallerInfo(IParameterSymbol parameter) =>
        parameter.GetAttributes().Any(a => a.AttributeClass is { } c && CallerInfoAttributes.Contains(c.Name));

    /// <summary>
    /// How the message names a parameter, or <see langword="null"/> when it is not reported here: a record's positional
    /// parameter as its property (<c>Signup.Email</c>), unless the property is marked or declared not personal data, or
    /// the record only passes it on to its base; a constructor's parameter (<c>Customer(email)</c>), unless a member of
    /// its name is reported instead; a method's (<c>Mailer.Send(email)</c>).
    /// </summary>
    private string? NameOfParameter(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        var method = (IMethodSymbol)parameter.ContainingSymbol;
        if (method.MethodKind == MethodKind.Constructor && method.ContainingType.IsRecord && IsPrimaryConstructor(method, cancellationToken))
        {
            return PositionalProperty(method.ContainingType, parameter) is { } property &&
                _catalog.DeclaredMember(property) is null && !_catalog.IsDeclaredNotPersonal(property)
                ? method.ContainingType.Name + "." + parameter.Name
                : null;
        }

        if (method.MethodKind == MethodKind.Constructor)
        {
            return HasNamesakeMember(method.ContainingType, parameter.Name) ? null : method.ContainingType.Name + "(" + parameter.Name + ")";
        }

        string methodName = method.ExplicitInterfaceImplementations.IsEmpty ? method.Name : method.ExplicitInterfaceImplementations[0].Name;
        return method.ContainingType.Name + "." + methodName + "(" + parameter.Name + ")";
    }

    /// <summary>
    /// The vocabulary's verdict on the name, or a DataAnnotations attribute's where the name says nothing (or lacks a
    /// person's company) in a type that may hold a person's data.
    /// </summary>
    private VocabularyMatch? MatchOf(ISymbol symbol, Container container)
    {
        TypeDescription description = container.Description;
        if (_teamWords.Judge(symbol.Name) is { } team)
        {
            // The team's own words win over the vocabulary for the name, not over the context: settings and the organisation's
            // own types hold no person's data.
            return description.Role is TypeRole.Settings or TypeRole.Organization ? null : team.Match;
        }

        var (match, rejected) = _verdicts.GetOrAdd(
            (symbol.Name, description.Role, description.Head),
            key => (PersonalDataVocabulary.Match(key.Name, new TypeDescription(key.Role, key.Head), out bool rejectedName), rejectedName));
        if (description.Role is TypeRole.Other or TypeRole.Person && IsMailAddress(PersonalDataCatalog.TypeOf(symbol)))
        {
            // A MailAddress is an e-mail address whatever its name (MailAddress address, MailAddress to), unless the name
            // says it is the sender's own (from, sender, replyTo).
            return match is not null ? match.As("Email")
                : rejected || PersonalDataVocabulary.Split(symbol.Name) is not { IsEmpty: false } words || IsSenderName(words) ? null
                : new VocabularyMatch("Email", symbol.Name);
        }

        if (match is null && !rejected && description.Role is TypeRole.Other && IsAddressClass(PersonalDataCatalog.TypeOf(symbol)))
        {
            // A member typed as an address class is a postal address whatever type holds it (Order.Address of type Address).
            match = PersonalDataVocabulary.Match(symbol.Name, new TypeDescription(description.Role, "address"), out rejected);
        }

        return match is null && !rejected && description.Role is TypeRole.Other or TypeRole.Person
            ? DataAnnotationsHint(symbol)
            : match;
    }

    /// <summary>Whether the name has a phrase of the vocabulary or a word of the team's.</summary>
    private bool HasPhrase(string name) => PersonalDataVocabulary.HasPhrase(name) || (!_teamWords.IsEmpty && _teamWords.Judge(name)?.Match is not null);

    /// <summary>Whether a name's first word, or its first two run together, says the address is the sender's own (<c>from</c>, <c>noReplyAddress</c>).</summary>
    private static bool IsSenderName(System.Collections.Immutable.ImmutableArray<Word> words) =>
        SenderNames.Contains(words[0].Lower) || (words.Length > 1 && SenderNames.Contains(words[0].Lower + words[1].Lower));

    /// <summary>Whether the type, or the element of an array or generic collection of it, is <c>System.Net.Mail.MailAddress</c>.</summary>
    /// <remarks>Asked of every member a name does not rule out: the short name is compared first.</remarks>
    private static bool IsMailAddress(ITypeSymbol? type) =>
        ElementOf(type) is INamedTypeSymbol { Name: "MailAddress" or "MailAddressCollection" } named && TypeLookup.IsSystemOrMicrosoft(named) &&
            MetadataName(named) is "System.Net.Mail.MailAddress" or "System.Net.Mail.MailAddressCollection";

    /// <summary>
    /// The type of the values a type holds: the element of an array, or the type argument of <c>Nullable</c> and of the
    /// framework's collections and memory types (<see cref="FrameworkWrappers"/>), unwrapped as often as they nest; any
    /// other type is its own value (a <c>Result&lt;MailAddress&gt;</c> is not a mail address).
    /// </summary>
    private static ITypeSymbol? ElementOf(ITypeSymbol? type)
    {
        while (true)
        {
            if (type is IArrayTypeSymbol array)
            {
                type = array.ElementType;
            }
            else if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic && IsWrapper(generic.OriginalDefinition))
            {
                type = generic.TypeArguments[0];
            }
            else
            {
                return type;
            }
        }
    }

    /// <summary>
    /// Whether a generic type definition is <c>Nullable</c> or one of <see cref="FrameworkWrappers"/>: by its short metadata name
    /// first, which most generic types of a domain fail, before the full name is built.
    /// </summary>
    private static bool IsWrapper(INamedTypeSymbol definition) =>
        definition.SpecialType == SpecialType.System_Nullable_T ||
        (FrameworkWrapperNames.Contains(definition.MetadataName) && FrameworkWrappers.Contains(MetadataName(definition)));

    /// <summary>Whether the type, or the element of an array or generic collection of it, is a class of the solution named as an address (<c>Address</c>, <c>PostalAddress</c>).</summary>
    private static bool IsAddressClass(ITypeSymbol? type) =>
        ElementOf(type) is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named && !TypeLookup.IsSystemOrMicrosoft(named) &&
            PersonalDataVocabulary.Describe(named.Name).Head == "address";

    /// <summary>
    /// What an <c>Address</c> is, by its type: an <c>IPAddress</c> is an IP address, a <c>PhysicalAddress</c> a device's
    /// MAC address, a <c>MailAddress</c> an e-mail address; a number is a memory or bus address and not personal data.
    /// </summary>
    private static VocabularyMatch? AddressByType(ITypeSymbol type, VocabularyMatch match)
    {
        type = ElementOf(type)!;
        if (type.SpecialType is >= SpecialType.System_SByte and <= SpecialType.System_UInt64 or SpecialType.System_IntPtr or SpecialType.System_UIntPtr)
        {
            return null;
        }

        return type is INamedTypeSymbol named && TypeLookup.IsSystemOrMicrosoft(named)
            ? MetadataName(named) switch
            {
                "System.Net.IPAddress" => match.As("IpAddress"),
                "System.Net.NetworkInformation.PhysicalAddress" => match.As("DeviceId"),
                "System.Net.Mail.MailAddress" => match.As("Email"),
                _ => match,
            }
            : match;
    }

    /// <summary><c>[EmailAddress]</c>, <c>[Phone]</c>, <c>[CreditCard]</c>, <c>[DataType(DataType.Password)]</c>, …</summary>
    private static VocabularyMatch? DataAnnotationsHint(ISymbol symbol)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is not { ContainingNamespace: { Name: "DataAnnotations", ContainingNamespace: { Name: "ComponentModel", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } } attributeClass)
            {
                continue;
            }

            string? dataType = null;
            if (attributeClass.Name == "DataTypeAttribute")
            {
                if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0] is not { Type: INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType, Value: { } value })
                {
                    continue;
                }

                dataType = enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value))?.Name;
            }

            if (PersonalDataVocabulary.DataAnnotationsKind(attributeClass.Name, dataType) is { } kind)
            {
                string written = PrivacyAttributeTypes.ShortName(attributeClass);
                return new VocabularyMatch(kind, dataType is null ? "[" + written + "]" : "[" + written + "(DataType." + dataType + ")]");
            }
        }

        return null;
    }

    private bool HoldsValueCached(ITypeSymbol type, string kind) =>
        _holdsValue.GetOrAdd((type, ShapeOf(kind)), key => HoldsValue(key.Type, key.Shape));

    /// <summary>What values a kind of personal data takes: a gender may be an enum, an age or a birth date a number or a date, a latitude a number; the rest are text.</summary>
    private static ValueShape ShapeOf(string kind) => kind switch
    {
        "Gender" => ValueShape.Gender,
        "DateOfBirth" or "Location" => ValueShape.DateOrNumber,
        _ => ValueShape.Text,
    };

    /// <summary>
    /// Whether a value of the type can be the personal data: not a yes or no, an enum (except a gender), a number or a
    /// date (except an age, a birth date or a coordinate: <c>int PasswordsNumber</c> is a setting, not a credential), a
    /// delegate, a framework type that holds no such value, a service or settings type, or a type marked either way.
    /// </summary>
    private bool HoldsValue(ITypeSymbol type, ValueShape shape)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                return HoldsValue(array.ElementType, shape);
            case ITypeParameterSymbol or IDynamicTypeSymbol:
                return true;
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return false;
            case not INamedTypeSymbol:
                return true;
        }

        var named = (INamedTypeSymbol)type;
        if (named.TypeKind == TypeKind.Error)
        {
            return true;
        }

        if (named.SpecialType is SpecialType.System_Boolean or SpecialType.System_Void or SpecialType.System_IntPtr or SpecialType.System_UIntPtr ||
            named.TypeKind == TypeKind.Delegate)
        {
            return false;
        }

        if (named.TypeKind == TypeKind.Enum)
        {
            return shape == ValueShape.Gender && !TypeLookup.IsSystemOrMicrosoft(named);
        }

        if (named.SpecialType is >= SpecialType.System_SByte and <= SpecialType.System_Double or SpecialType.System_Decimal or SpecialType.System_DateTime ||
            (TypeLookup.IsSystemOrMicrosoft(named) && NumbersAndDates.Contains(MetadataName(named))))
        {
            return shape == ValueShape.DateOrNumber;
        }

        if (named.SpecialType != SpecialType.None)
        {
            return true;
        }

        if (TypeLookup.IsSystemOrMicrosoft(named))
        {
            string metadataName = MetadataName(named.OriginalDefinition);
            return FrameworkCarriers.Contains(metadataName) ||
                (FrameworkWrappers.Contains(metadataName) && named.TypeArguments.Any(argument => HoldsValue(argument, shape)));
        }

        if (ServiceSuffixes.Contains(LastWord(named.Name)) ||
            _catalog.MarkedType(named) is not null || MarksItsOwnMembers(named) ||
            PrivacyAttributeTypes.Has(named.OriginalDefinition, _attributes.NotPersonalData) || _configuration.IsNotPersonalData(named))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether a type marks personal data among its own fields and properties (<c>record PostalAddress([PersonalData(…)] string
    /// Street, …)</c>): a member of that type needs no marker of its own, the analyzers walk into the marked members.
    /// </summary>
    private bool MarksItsOwnMembers(INamedTypeSymbol type)
    {
        foreach (ISymbol member in type.OriginalDefinition.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false, IsIndexer: false } &&
                _catalog.DeclaredMember(member) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the vocabulary needs to know about the type that declares a member, cached per type.</summary>
    private Container Describe(INamedTypeSymbol type) => _containers.GetOrAdd(type.OriginalDefinition, ComputeContainer);

    private Container ComputeContainer(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.ProtectedAndInternal || current.IsFileLocal ||
                PrivacyAttributeTypes.Has(current, _attributes.NotPersonalData) || _configuration.IsNotPersonalData(current))
            {
                return Container.NotLooked;
            }
        }

        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface) || IsAttribute(type))
        {
            return Container.NotLooked;
        }

        TypeDescription description = PersonalDataVocabulary.Describe(type.Name);
        if (description.Role == TypeRole.Other)
        {
            // A type that says nothing by its name is what its base types or interfaces say (ApplicationUser : IdentityUser is a user).
            IEnumerable<INamedTypeSymbol> related = BaseTypes(type).Concat(type.AllInterfaces);
            foreach (INamedTypeSymbol other in related)
            {
                TypeDescription described = PersonalDataVocabulary.Describe(other.Name);
                if (described.Role != TypeRole.Other)
                {
                    description = new TypeDescription(described.Role, description.Head);
                    break;
                }
            }
        }

        return new Container(looked: true, description);
    }

    private static bool IsAttribute(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current is { Name: "Attribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<INamedTypeSymbol> BaseTypes(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            yield return current;
        }
    }

    /// <summary>
    /// Whether the property overrides or implements a property of this compilation: it is reported there, and a
    /// marker there marks it. A base or interface from elsewhere cannot be marked here, so the property is reported.
    /// </summary>
    private bool OverridesOrImplementsOwn(IPropertySymbol property)
    {
        if (property.OverriddenProperty is { } overridden)
        {
            return IsOwn(overridden);
        }

        if (property.ExplicitInterfaceImplementations.Any(IsOwn))
        {
            return true;
        }

        INamedTypeSymbol type = property.ContainingType;
        foreach (INamedTypeSymbol contract in type.AllInterfaces)
        {
            foreach (ISymbol candidate in contract.GetMembers(property.Name))
            {
                if (candidate is IPropertySymbol contractProperty && IsOwn(contractProperty) &&
                    SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(contractProperty)?.OriginalDefinition, property.OriginalDefinition))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsOwn(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly);

    /// <summary>
    /// A record's property that has a positional parameter of its name and type, whether the compiler declares it or
    /// the body does: the analyzers read the parameter's marker for it, so the parameter is reported.
    /// </summary>
    private static bool IsPositionalProperty(IPropertySymbol property) =>
        property.ContainingType.IsRecord &&
        property.ContainingType.InstanceConstructors.Any(constructor =>
            IsPrimaryConstructor(constructor, CancellationToken.None) &&
            constructor.Parameters.Any(parameter => parameter.Name == property.Name && SymbolEqualityComparer.Default.Equals(parameter.Type, property.Type)));

    /// <summary>The record's own property for a positional parameter (compiler-generated or written), or <see langword="null"/> when the parameter is only passed on.</summary>
    private static IPropertySymbol? PositionalProperty(INamedTypeSymbol record, IParameterSymbol parameter) =>
        record.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsStatic && !p.IsIndexer);

    private static bool IsPrimaryConstructor(IMethodSymbol constructor, CancellationToken cancellationToken) =>
        constructor.DeclaringSyntaxReferences.Length == 1 &&
        constructor.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is TypeDeclarationSyntax;

    /// <summary>A field or property whose name is the parameter's, ignoring case and a leading <c>_</c> or <c>m_</c>.</summary>
    private static bool HasNamesakeMember(INamedTypeSymbol type, string parameterName)
    {
        string wanted = Bare(parameterName);
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IFieldSymbol or IPropertySymbol && !member.IsImplicitlyDeclared &&
                string.Equals(Bare(member.Name), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;

        static string Bare(string name) =>
            name.StartsWith("m_", StringComparison.Ordinal) ? name.Substring(2) : name.TrimStart('_');
    }

    /// <summary>A method whose body never runs here: abstract, an interface member without a default body, extern, a delegate's, a partial method without implementation.</summary>
    private static bool HasNoBody(IMethodSymbol method) =>
        method.IsAbstract || method.IsExtern ||
        method.ContainingType.TypeKind == TypeKind.Delegate ||
        (method.IsPartialDefinition && method.PartialImplementationPart is null);


    private static string MetadataName(INamedTypeSymbol type)
    {
        string name = type.MetadataName;
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }

    private static string LastWord(string name)
    {
        ImmutableArray<Word> words = PersonalDataVocabulary.Split(name);
        return words.IsEmpty ? string.Empty : words[words.Length - 1].Lower;
    }

    private static string NameOfMember(ISymbol member) => PersonalDataCatalog.DataNameOf(member);

    /// <summary>The containing type: whether its members are looked at, and what it is.</summary>
    private readonly struct Container
    {
        public static readonly Container NotLooked = new(looked: false, TypeDescription.Unknown);

        public Container(bool looked, TypeDescription description)
        {
            Looked = looked;
            Description = description;
        }

        public bool Looked { get; }

        public TypeDescription Description { get; }
    }
}

/// <summary>Compares (type, flag) keys with <see cref="SymbolEqualityComparer.Default"/>.</summary>
internal sealed class ValueTypeKeyComparer : IEqualityComparer<(ITypeSymbol Type, ValueShape Shape)>
{
    public static readonly ValueTypeKeyComparer Instance = new();

    public bool Equals((ITypeSymbol Type, ValueShape Shape) x, (ITypeSymbol Type, ValueShape Shape) y) =>
        x.Shape == y.Shape && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

    public int GetHashCode((ITypeSymbol Type, ValueShape Shape) obj) =>
        unchecked((SymbolEqualityComparer.Default.GetHashCode(obj.Type) * 4) + (int)obj.Shape);
}

/// <summary>What values a kind of personal data takes (<see cref="UnmarkedPersonalDataFinder"/>).</summary>
internal enum ValueShape
{
    /// <summary>Text and what holds text: not a number, a date, a yes or no, or an enum.</summary>
    Text,

    /// <summary>A gender: also an enum of the solution.</summary>
    Gender,

    /// <summary>An age, a birth date or year, a coordinate: also a number or a date.</summary>
    DateOrNumber,
}
