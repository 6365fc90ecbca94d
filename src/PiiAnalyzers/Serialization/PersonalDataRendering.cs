using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Serialization;

/// <summary>
/// Which personal data a whole object shows when a sink renders it, by its type alone: printed through
/// <c>ToString</c> (records' compiler-generated <c>ToString</c>, <c>IdentityUser</c>, the project's own overrides), printed element by element
/// (collections in logging frameworks), or written member by member under a <see cref="MemberPolicy"/>: destructured
/// (Serilog's <c>{@X}</c>) or serialized by one serializer, with that serializer's own rules for which members it
/// writes. A plain class with the default <c>ToString</c> prints its type name and shows nothing. Answers are
/// cached per type (and policy).
/// </summary>
internal sealed class PersonalDataRendering
{
    private const int MaxDepth = 8;
    private const int MaxTypesPerQuery = 512;

    private readonly PersonalDataCatalog _catalog;
    private readonly IAssemblySymbol _assembly;
    private readonly MemberPolicy[] _serializers;
    private readonly ConcurrentDictionary<ITypeSymbol, Rendered> _printed = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, Rendered> _printedElementwise = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, Rendered>[] _written = new ConcurrentDictionary<ITypeSymbol, Rendered>[MemberPolicy.Count];

    private readonly Func<IMethodSymbol, PersonalDataOrigin?> _ownToString;

    /// <param name="catalog">What is marked.</param>
    /// <param name="compilation">The compilation.</param>
    /// <param name="ownToString">What a <c>ToString</c> override declared in the compilation prints.</param>
    public PersonalDataRendering(PersonalDataCatalog catalog, Compilation compilation, Func<IMethodSymbol, PersonalDataOrigin?> ownToString)
    {
        _catalog = catalog;
        _assembly = compilation.Assembly;
        _ownToString = ownToString;
        _serializers = MemberPolicy.SerializersFor(compilation);
        for (int i = 0; i < _written.Length; i++)
        {
            _written[i] = new ConcurrentDictionary<ITypeSymbol, Rendered>(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
        }
    }

    /// <summary>
    /// The personal data <c>value.ToString()</c> shows, or, when <paramref name="elementwise"/> (logging
    /// frameworks), what a collection's elements show.
    /// </summary>
    public PersonalDataOrigin? WhenPrinted(ITypeSymbol? type, bool elementwise)
    {
        if (type is null || IsOpaque(type))
        {
            return _catalog.MarkedType(type);
        }

        var cache = elementwise ? _printedElementwise : _printed;
        return cache.GetOrAdd(type, t => new Rendered(new Walk(this, elementwise, members: null).Explore(t, 0))).Origin;
    }

    /// <summary>The personal data a Serilog-style walk over the public properties of the value shows.</summary>
    public PersonalDataOrigin? WhenDestructured(ITypeSymbol? type) => WhenWritten(type, MemberPolicy.Destructuring);

    /// <summary>The personal data the logging source generator's <c>[LogProperties]</c> shows: each public property's text.</summary>
    public PersonalDataOrigin? WhenPropertiesLogged(ITypeSymbol? type) => WhenWritten(type, MemberPolicy.PropertiesLogged);

    /// <summary>
    /// The personal data the serializer writes of a value of the type: the first personal-data member it writes,
    /// by its path (<c>Order.Buyer.Email</c>), with <see cref="PersonalDataOrigin.Member"/> the member to hide.
    /// </summary>
    public PersonalDataOrigin? WhenSerialized(ITypeSymbol? type, Serializer serializer) => WhenWritten(type, _serializers[(int)serializer]);

    /// <summary>How to make the serializer leave out a member it writes, or <see langword="null"/>.</summary>
    public MemberHiding? Hiding(ISymbol written, Serializer serializer) => _serializers[(int)serializer].Hiding(written);

    private PersonalDataOrigin? WhenWritten(ITypeSymbol? type, MemberPolicy policy)
    {
        if (type is null || IsOpaque(type))
        {
            return _catalog.MarkedType(type);
        }

        return _written[policy.Index].GetOrAdd(type, t => new Rendered(WithoutAnonymousOwner(new Walk(this, elementwise: true, policy).Explore(t, 0)))).Origin;
    }

    /// <summary>An anonymous type has no name: its members' paths start with the member (<c>Buyer.Email</c>).</summary>
    private static PersonalDataOrigin? WithoutAnonymousOwner(PersonalDataOrigin? origin) =>
        origin is not null && origin.DataName.StartsWith(".", System.StringComparison.Ordinal) ? origin.Named(origin.DataName.Substring(1)) : origin;

    /// <summary>Types whose rendering never shows members: primitives, strings, enums, delegates, open generics.</summary>
    private static bool IsOpaque(ITypeSymbol type) =>
        type.SpecialType != SpecialType.None ||
        type.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.TypeParameter or TypeKind.Error or
            TypeKind.Dynamic or TypeKind.Pointer or TypeKind.FunctionPointer;

    /// <summary>
    /// One depth-first exploration of the types a value's rendering reaches, with a cycle guard: through
    /// <c>ToString</c> when there is no member policy, otherwise through the members the policy writes.
    /// </summary>
    private sealed class Walk
    {
        private readonly PersonalDataRendering _owner;
        private readonly bool _elementwise;
        private readonly MemberPolicy? _members;
        private readonly HashSet<ITypeSymbol> _visited = new(SymbolEqualityComparer.Default);

        public Walk(PersonalDataRendering owner, bool elementwise, MemberPolicy? members)
        {
            _owner = owner;
            _elementwise = elementwise;
            _members = members;
        }

        private PersonalDataCatalog Catalog => _owner._catalog;

        public PersonalDataOrigin? Explore(ITypeSymbol type, int depth)
        {
            if (Catalog.MarkedType(type) is { } marked)
            {
                return marked;
            }

            if (IsOpaque(type) || depth > MaxDepth || _visited.Count > MaxTypesPerQuery || !_visited.Add(type))
            {
                return null;
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                return Explore(nullable.TypeArguments[0], depth);
            }

            if (Components(type) is { } components)
            {
                foreach (ITypeSymbol component in components)
                {
                    if (Explore(component, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            }

            if (ElementType(type) is { } element)
            {
                return _elementwise ? Explore(element, depth + 1) : null;
            }

            if (IsFrameworkType(type))
            {
                return null;
            }

            return _members is { } policy ? WrittenMembers(type, policy, depth) : PrintedByToString(type, depth);
        }

        /// <summary>
        /// The first personal data among the fields and properties the policy writes, the type's own before its base
        /// types'. A member hides the base types' members of its name (an override, a <c>new</c> member).
        /// </summary>
        private PersonalDataOrigin? WrittenMembers(ITypeSymbol type, MemberPolicy policy, int depth)
        {
            var declared = new HashSet<string>(System.StringComparer.Ordinal);
            for (ITypeSymbol? current = type; current is not null && !IsFrameworkType(current); current = current.BaseType)
            {
                foreach (ISymbol member in current.GetMembers())
                {
                    if (!SymbolOrigin.IsVisibleFrom(member, _owner._assembly))
                    {
                        // What a built reference assembly of another project does not show is not looked at in either shape.
                        continue;
                    }

                    // An auto-property's backing field is written by serializers of fields; it holds the property's data.
                    (ISymbol? data, ITypeSymbol? memberType) = member switch
                    {
                        IPropertySymbol { IsStatic: false, IsIndexer: false, IsImplicitlyDeclared: false } property => (property, property.Type),
                        IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false, CanBeReferencedByName: true } field => (field, field.Type),
                        IFieldSymbol { IsStatic: false, AssociatedSymbol: IPropertySymbol property } backingField => (property, backingField.Type),
                        _ => ((ISymbol?)null, (ITypeSymbol?)null),
                    };

                    if (data is null || memberType is null || !declared.Add(member.Name) || !policy.Writes(member, type))
                    {
                        continue;
                    }

                    if (MemberShows(type, data, memberType, depth) is { } found)
                    {
                        return found.Member is null ? found.WrittenBy(member) : found;
                    }
                }
            }

            return null;
        }

        private PersonalDataOrigin? PrintedByToString(ITypeSymbol type, int depth)
        {
            for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                IMethodSymbol? toString = DeclaredToString(current);
                if (toString is null)
                {
                    continue;
                }

                if (current.IsRecord && SymbolOrigin.IsCompilerGenerated(toString))
                {
                    return RecordMembers(type, depth);
                }

                if (current.OriginalDefinition.MetadataName == "IdentityUser`1" &&
                    current.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Identity")
                {
                    // IdentityUser.ToString() returns the user name.
                    return IdentityUserName(current);
                }

                // An override of the project's own: what its body returns (public override string ToString() => Email).
                return SymbolOrigin.IsCompilerGenerated(toString) ? null : _owner._ownToString(toString);
            }

            return null;
        }

        /// <summary>A record's generated <c>PrintMembers</c> prints its public fields and readable properties, then its base record's.</summary>
        private PersonalDataOrigin? RecordMembers(ITypeSymbol type, int depth)
        {
            for (ITypeSymbol? record = type; record is { IsRecord: true }; record = record.BaseType)
            {
                // A sealed record's own PrintMembers is private: a record of another project shows it only when that project
                // arrives as a compilation, never in its reference assembly, so it counts in neither shape.
                if (DeclaredPrintMembers(record) is { } printMembers && SymbolOrigin.IsVisibleFrom(printMembers, _owner._assembly) &&
                    !SymbolOrigin.IsCompilerGenerated(printMembers))
                {
                    return null;
                }

                foreach (ISymbol member in record.GetMembers())
                {
                    PersonalDataOrigin? found = member switch
                    {
                        IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null, Name: not "EqualityContract" } property =>
                            MemberShows(type, property, property.Type, depth),
                        IFieldSymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public, IsImplicitlyDeclared: false } field =>
                            MemberShows(type, field, field.Type, depth),
                        _ => null,
                    };

                    if (found is not null)
                    {
                        return found;
                    }
                }
            }

            return null;
        }

        private PersonalDataOrigin? IdentityUserName(ITypeSymbol identityUser)
        {
            foreach (ISymbol member in identityUser.GetMembers("UserName"))
            {
                if (Catalog.MarkedMember(member) is { } origin)
                {
                    return origin.Named("IdentityUser.UserName");
                }
            }

            return null;
        }

        /// <summary>
        /// The personal data a member of <paramref name="owner"/> shows: its own marking, or what its type shows, named
        /// by the path (<c>Order.Buyer</c> + <c>Customer.Email</c>), keeping the member a nested walk found.
        /// </summary>
        private PersonalDataOrigin? MemberShows(ITypeSymbol owner, ISymbol member, ITypeSymbol memberType, int depth)
        {
            if (Catalog.IsDeclaredNotPersonal(member))
            {
                return null;
            }

            string path = owner.Name + "." + member.Name;
            if (Catalog.MarkedMember(member) is { } marked)
            {
                return marked.Named(path);
            }

            PersonalDataOrigin? shown = _members is { WalksNested: false }
                ? _owner.WhenPrinted(memberType, elementwise: true)
                : Explore(memberType, depth + 1);
            return shown is { } nested ? Nest(path, nested) : null;
        }

        /// <summary><c>Order.Buyer</c> + <c>Customer.Email</c> = <c>Order.Buyer.Email</c>.</summary>
        private static PersonalDataOrigin Nest(string path, PersonalDataOrigin inner)
        {
            int dot = inner.DataName.IndexOf('.');
            return inner.Named(dot < 0 ? path : path + inner.DataName.Substring(dot));
        }
    }

    private static IMethodSymbol? DeclaredToString(ITypeSymbol type)
    {
        foreach (ISymbol member in type.GetMembers("ToString"))
        {
            if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 0, IsOverride: true } method)
            {
                return method;
            }
        }

        return null;
    }

    private static IMethodSymbol? DeclaredPrintMembers(ITypeSymbol type)
    {
        foreach (ISymbol member in type.GetMembers("PrintMembers"))
        {
            if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 1 } method)
            {
                return method;
            }
        }

        return null;
    }

    /// <summary>Tuples and key-value pairs print and destructure their components.</summary>
    private static IEnumerable<ITypeSymbol>? Components(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { IsGenericType: true } named)
        {
            return null;
        }

        if (named.IsTupleType)
        {
            return named.TypeArguments;
        }

        string? ns = named.ContainingNamespace?.ToDisplayString();
        bool isPair = named.Name == "KeyValuePair" && ns == "System.Collections.Generic";
        bool isTuple = named.Name == "Tuple" && ns == "System";
        return isPair || isTuple ? named.TypeArguments : null;
    }

    /// <summary>The element type of an array or <c>IEnumerable&lt;T&gt;</c> (strings excluded).</summary>
    public static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } enumerable)
        {
            return enumerable.TypeArguments[0];
        }

        foreach (INamedTypeSymbol contract in type.AllInterfaces)
        {
            if (contract.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return contract.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>Types of the framework (<c>System.*</c>, <c>Microsoft.*</c> outside Identity): their members are not walked.</summary>
    private static bool IsFrameworkType(ITypeSymbol type) => TypeLookup.RootNamespaceOf(type) == "System";

    private sealed class Rendered
    {
        public Rendered(PersonalDataOrigin? origin)
        {
            Origin = origin;
        }

        public PersonalDataOrigin? Origin { get; }
    }
}
