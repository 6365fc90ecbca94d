using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Sources;

namespace PiiAnalyzers.Model;

/// <summary>
/// What is marked as personal data in one compilation: members, parameters, return values and types, by the
/// package's own attributes, ASP.NET Core Identity's markers and Microsoft.Extensions.Compliance
/// classifications. Built once per compilation; every answer is cached, so each symbol is inspected once.
/// </summary>
internal sealed class PersonalDataCatalog
{
    private readonly ImmutableHashSet<INamedTypeSymbol> _personalData;
    private readonly ImmutableHashSet<INamedTypeSymbol> _foreignMarkers;
    private readonly ImmutableHashSet<INamedTypeSymbol> _classificationBases;
    private readonly ImmutableHashSet<INamedTypeSymbol> _notPersonalData;
    private readonly ImmutableHashSet<INamedTypeSymbol> _redactors;
    private readonly ConcurrentDictionary<INamedTypeSymbol, MarkerAttribute> _attributeClasses = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, Marking> _members = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, PersonalDataOrigin?> _inferredMembers = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, Marking> _types = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _redactorMethods = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _records = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _markingAssemblies = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

    private readonly PrivacyConfiguration _configuration;
    private readonly SourceTable _sources;
    private readonly PersonalDataInference? _inference;
    private readonly System.Lazy<UnmarkedPersonalDataFinder> _unmarked;

    private PersonalDataCatalog(Compilation compilation, PrivacyConfiguration configuration, PersonalDataInferenceScope? inference)
    {
        _configuration = configuration;
        _sources = new SourceTable(compilation, FrameworkSourceTable.Rows);
        PrivacyAttributeTypes attributes = PrivacyAttributeTypes.For(compilation);
        _unmarked = new System.Lazy<UnmarkedPersonalDataFinder>(() => new UnmarkedPersonalDataFinder(compilation, attributes, this, configuration));
        _inference = inference is null ? null : new PersonalDataInference(inference, _unmarked.Value);
        _personalData = attributes.OwnPersonalData;
        _foreignMarkers = attributes.ForeignPersonalData;
        _classificationBases = attributes.DataClassification;
        _notPersonalData = attributes.NotPersonalData;
        _redactors = attributes.Redactor;
    }

    /// <summary>The catalog of a compilation.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="configuration">Its PiiAnalyzers.txt.</param>
    /// <param name="inference">
    /// Where inference mode is on (<see cref="PersonalDataInferenceScope.For"/>), or <see langword="null"/> for declared markers only.
    /// </param>
    public static PersonalDataCatalog Create(Compilation compilation, PrivacyConfiguration configuration, PersonalDataInferenceScope? inference = null) =>
        new(compilation, configuration, inference);

    /// <summary>
    /// What looks like personal data and is not marked, judged once per compilation for both PII006 and inference mode (they
    /// share its caches of names, types and verdicts).
    /// </summary>
    public UnmarkedPersonalDataFinder UnmarkedData => _unmarked.Value;

    /// <summary>Whether inference mode is on in any file of the compilation.</summary>
    public bool Infers => _inference is not null;

    /// <summary>
    /// The personal data a field, property, parameter or method (its return value) is: as <see cref="DeclaredMember"/>
    /// says, or, in inference mode, as its name says where nothing is declared (<see cref="PersonalDataInference"/>).
    /// </summary>
    public PersonalDataOrigin? MarkedMember(ISymbol member)
    {
        Marking declared = MemberMarking(member);
        return declared.Origin is not null || declared.DeclaredNotPersonal || _inference is null || !MayBeMarked(member)
            ? declared.Origin
            : _inferredMembers.GetOrAdd(member.OriginalDefinition, InferMember);
    }

    /// <summary>
    /// The personal data a field, property, parameter or method (its return value) is marked as: on itself, on
    /// what it overrides or implements, on the record parameter behind a positional property, or by its
    /// containing type. <see langword="null"/> when it is not marked or is declared <c>[NotPersonalData]</c>.
    /// </summary>
    public PersonalDataOrigin? DeclaredMember(ISymbol member) => MemberMarking(member).Origin;

    /// <summary>
    /// The personal data a call or an indexer read gives by the name it is asked for (<c>Headers["User-Agent"]</c>,
    /// <c>FindFirstValue(ClaimTypes.Email)</c>, <see cref="FrameworkSourceTable"/>), or <see langword="null"/>.
    /// </summary>
    public PersonalDataOrigin? KeyedSource(ISymbol member, ImmutableArray<Microsoft.CodeAnalysis.Operations.IArgumentOperation> arguments)
    {
        if (arguments.IsEmpty || _sources.KeyedRow(member, arguments) is not { } row || MemberMarking(member).DeclaredNotPersonal)
        {
            return null;
        }

        if (!row.JudgesKey)
        {
            return new PersonalDataOrigin(row.DataName ?? DataNameOf(member), row.Kind);
        }

        // Inference mode: the name the value is read by says what it is (Query["email"]).
        return _inference is not null && SourceTable.KeyOf(arguments) is { } key && PersonalDataVocabulary.Match(key) is { } match
            ? PersonalDataOrigin.InferredFrom(row.DataName + "[\"" + key + "\"]", match.Kind)
            : null;
    }

    /// <summary>Whether the member or parameter is declared <c>[NotPersonalData]</c>.</summary>
    public bool IsDeclaredNotPersonal(ISymbol member) => MemberMarking(member).DeclaredNotPersonal;

    /// <summary>The personal data every value of the type is (the type or a base type is marked), or <see langword="null"/>.</summary>
    public PersonalDataOrigin? MarkedType(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return null;
        }

        return MayBeMarked(type) || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
            ? _types.GetOrAdd(type, ComputeTypeMarking).Origin
            : null;
    }

    /// <summary>Whether the method's result is not personal data whatever its arguments.</summary>
    public bool IsRedactor(IMethodSymbol method) => _redactorMethods.GetOrAdd(method.OriginalDefinition, ComputeIsRedactor);

    /// <summary>
    /// Whether the type is a record. Cached: Roslyn answers for a type of another assembly by searching its members for
    /// the compiler's clone method on every call, and the sink rules ask for most values they look at.
    /// </summary>
    public bool IsRecord(ITypeSymbol? type) =>
        type is INamedTypeSymbol { SpecialType: SpecialType.None, TypeKind: TypeKind.Class or TypeKind.Struct } named &&
        _records.GetOrAdd(named, static t => t.IsRecord);

    private Marking MemberMarking(ISymbol member) =>
        MayBeMarked(member) ? _members.GetOrAdd(member.OriginalDefinition, ComputeMemberMarking) : Marking.None;

    /// <summary>
    /// Whether anything can mark the symbol: not a member or type of the framework's assemblies (signed with Microsoft's
    /// keys, <see cref="FrameworkAssemblies"/>), which carry no marker but ASP.NET Core Identity's, unless the configuration
    /// declares something. The framework's members are most of what a method touches; this spares reading their attributes.
    /// </summary>
    private bool MayBeMarked(ISymbol symbol) =>
        _configuration.DeclaresMarkings || symbol.ContainingAssembly is not { } assembly || _markingAssemblies.GetOrAdd(assembly, CanMark) ||
        _sources.Covers(symbol);

    private static bool CanMark(IAssemblySymbol assembly) =>
        !FrameworkAssemblies.IsFramework(assembly) || FrameworkAssemblies.CarriesMarkers(assembly);

    private PersonalDataOrigin? InferMember(ISymbol member) =>
        _inference!.KindOf(member) is { } kind ? PersonalDataOrigin.InferredFrom(DataNameOf(member), kind) : null;

    /// <summary>
    /// Whether data may be reported in the file: declared data anywhere, inferred data (of this project or another) only
    /// where inference is on in that file, so that a test or seeder file left out of inference stays quiet about the
    /// production members it uses.
    /// </summary>
    public bool MayReportIn(PersonalDataOrigin origin, SyntaxTree? tree) =>
        !origin.Inferred || (_inference is not null && tree is not null && _inference.IsOnIn(tree));

    private Marking ComputeMemberMarking(ISymbol member)
    {
        if (PrivacyAttributeTypes.Has(member, _notPersonalData) || _configuration.IsNotPersonalData(member) ||
            (member is IPropertySymbol positional && RecordParameterIsNotPersonal(positional)))
        {
            return Marking.NotPersonal;
        }

        string? configured = _configuration.PersonalDataKind(member);
        SourceRow? source = configured is null ? _sources.MemberRow(member) : null;
        string dataName = source?.DataName ?? DataNameOf(member);
        string? kind = configured ?? source?.Kind ?? member switch
        {
            IPropertySymbol property => PropertyKind(property),
            IMethodSymbol method => ReturnKind(method),
            _ => KindOf(member.GetAttributes()),
        };

        if (kind is null && member is IFieldSymbol or IPropertySymbol && member.ContainingType is { } container &&
            !(TypeOf(member) is { } valueType && IsBoolean(valueType)))
        {
            // A member of a marked type is personal data of the type's kind; its yes-or-no flags are not.
            kind = MarkedType(container)?.Kind;
        }

        return kind is null ? Marking.None : new Marking(new PersonalDataOrigin(dataName, kind), declaredNotPersonal: false);
    }

    private string? PropertyKind(IPropertySymbol property)
    {
        for (IPropertySymbol? current = property; current is not null; current = current.OverriddenProperty)
        {
            if (KindOf(current.GetAttributes()) is { } kind)
            {
                return kind;
            }
        }

        return ImplementedInterfaceKind(property) ?? RecordParameterKind(property);
    }

    private string? ReturnKind(IMethodSymbol method)
    {
        for (IMethodSymbol? current = method; current is not null; current = current.OverriddenMethod)
        {
            if (KindOf(current.GetReturnTypeAttributes()) is { } kind)
            {
                return kind;
            }
        }

        return null;
    }

    private string? ImplementedInterfaceKind(IPropertySymbol property)
    {
        INamedTypeSymbol type = property.ContainingType;
        foreach (INamedTypeSymbol contract in type.AllInterfaces)
        {
            if (!MayBeMarked(contract))
            {
                continue; // a framework interface (IEquatable<T>, INotifyPropertyChanged) marks nothing
            }

            foreach (ISymbol candidate in contract.GetMembers(property.Name))
            {
                if (candidate is IPropertySymbol contractProperty &&
                    SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(contractProperty)?.OriginalDefinition, property) &&
                    KindOf(contractProperty.GetAttributes()) is { } kind)
                {
                    return kind;
                }
            }
        }

        return null;
    }

    /// <summary><c>record Customer([PersonalData] string Email)</c>: the marker sits on the parameter.</summary>
    private string? RecordParameterKind(IPropertySymbol property)
    {
        foreach (IParameterSymbol parameter in RecordParameters(property))
        {
            if (KindOf(parameter.GetAttributes()) is { } kind)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary><c>record Order([NotPersonalData("…")] Customer Buyer)</c>: the declaration sits on the parameter.</summary>
    private bool RecordParameterIsNotPersonal(IPropertySymbol property)
    {
        if (_notPersonalData.IsEmpty)
        {
            return false;
        }

        foreach (IParameterSymbol parameter in RecordParameters(property))
        {
            if (PrivacyAttributeTypes.Has(parameter, _notPersonalData))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The constructor parameters of a record with the property's name and type (its positional parameter) that have attributes.</summary>
    private static IEnumerable<IParameterSymbol> RecordParameters(IPropertySymbol property)
    {
        if (!property.ContainingType.IsRecord)
        {
            yield break;
        }

        foreach (IMethodSymbol constructor in property.ContainingType.InstanceConstructors)
        {
            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                if (parameter.Name == property.Name && !parameter.GetAttributes().IsEmpty &&
                    SymbolEqualityComparer.Default.Equals(parameter.Type, property.Type))
                {
                    yield return parameter;
                }
            }
        }
    }

    private Marking ComputeTypeMarking(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return nullable.TypeArguments[0] is { } underlying && MarkedType(underlying) is { } origin
                ? new Marking(origin, declaredNotPersonal: false)
                : Marking.None;
        }

        if (PrivacyAttributeTypes.Has(type, _notPersonalData) || _configuration.IsNotPersonalData(type))
        {
            return Marking.NotPersonal;
        }

        if ((_configuration.PersonalDataKind(type) ?? _sources.TypeRow(type)?.Kind ?? KindOf(type.GetAttributes())) is { } kind)
        {
            return new Marking(new PersonalDataOrigin(type.Name, kind), declaredNotPersonal: false);
        }

        return type.BaseType is { } baseType && MarkedType(baseType) is { } inherited
            ? new Marking(inherited.Named(type.Name), declaredNotPersonal: false)
            : Marking.None;
    }

    private bool ComputeIsRedactor(IMethodSymbol method)
    {
        for (IMethodSymbol? current = method; current is not null; current = current.OverriddenMethod)
        {
            if (PrivacyAttributeTypes.Has(current, _redactors) || _configuration.IsRedactor(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kind named by the first marker among the attributes, or <see langword="null"/>.</summary>
    private string? KindOf(ImmutableArray<AttributeData> attributes)
    {
        foreach (AttributeData attribute in attributes)
        {
            if (attribute.AttributeClass is not { } attributeClass)
            {
                continue;
            }

            MarkerAttribute marker = _attributeClasses.GetOrAdd(attributeClass, ClassifyAttribute);
            if (marker == MarkerAttribute.PersonalData)
            {
                return PersonalDataKindOf(attribute);
            }

            if (marker == MarkerAttribute.Foreign)
            {
                return PrivacyAttributeTypes.ShortName(attributeClass);
            }
        }

        return null;
    }

    private MarkerAttribute ClassifyAttribute(INamedTypeSymbol attributeClass)
    {
        if (_personalData.Contains(attributeClass))
        {
            return MarkerAttribute.PersonalData;
        }

        if (_foreignMarkers.Contains(attributeClass))
        {
            return MarkerAttribute.Foreign;
        }

        if (!_classificationBases.IsEmpty)
        {
            for (INamedTypeSymbol? current = attributeClass.BaseType; current is not null; current = current.BaseType)
            {
                if (_classificationBases.Contains(current))
                {
                    return MarkerAttribute.Foreign;
                }
            }
        }

        return MarkerAttribute.None;
    }

    private static string PersonalDataKindOf(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length == 1 &&
            attribute.ConstructorArguments[0].Value is int value &&
            value >= 0 && value < PrivacyAttributeNames.PersonalDataKinds.Length)
        {
            return PrivacyAttributeNames.PersonalDataKinds[value];
        }

        return PrivacyAttributeNames.PersonalDataKinds[0];
    }

    /// <summary>How diagnostics name a member: <c>Customer.Email</c>, <c>email</c>, <c>Directory.Lookup()</c>, a tuple element <c>Username</c>.</summary>
    public static string DataNameOf(ISymbol member) => member switch
    {
        IParameterSymbol parameter => parameter.Name,
        IMethodSymbol method => method.ContainingType.Name + "." + method.Name + "()",
        IFieldSymbol { ContainingType.IsTupleType: true } element => element.Name, // a tuple's element by its name: (string Username, …)
        _ when member.ContainingType is { } container => container.Name + "." + member.Name,
        _ => member.Name,
    };

    /// <summary>The type of a field's, property's or parameter's value, or of a method's return value.</summary>
    internal static ITypeSymbol? TypeOf(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        IParameterSymbol parameter => parameter.Type,
        IMethodSymbol method => method.ReturnType,
        _ => null,
    };

    /// <summary><see cref="bool"/> and <c>bool?</c>: a yes or no is not personal data.</summary>
    public static bool IsBoolean(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Boolean ||
        (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable &&
         nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean);

    private enum MarkerAttribute
    {
        None,
        PersonalData,
        Foreign,
    }

    private sealed class Marking
    {
        public static readonly Marking None = new(null, declaredNotPersonal: false);
        public static readonly Marking NotPersonal = new(null, declaredNotPersonal: true);

        public Marking(PersonalDataOrigin? origin, bool declaredNotPersonal)
        {
            Origin = origin;
            DeclaredNotPersonal = declaredNotPersonal;
        }

        public PersonalDataOrigin? Origin { get; }

        public bool DeclaredNotPersonal { get; }
    }
}
