using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Serialization;

/// <summary>
/// Which fields and properties of an object a rendering writes out, member by member: Serilog-style destructuring,
/// or one serializer's rules (<see cref="Serializer"/>). <see cref="PersonalDataRendering"/> walks a type once and asks
/// its policy about each member, so that every policy shares the walk (nesting, collections, dictionaries, generics,
/// cycles, caches) and differs only in what it writes and what hides a member from it.
/// </summary>
internal abstract class MemberPolicy
{
    /// <summary>How many policies there are: destructuring, one per <see cref="Serializer"/>, and <c>[LogProperties]</c>.</summary>
    public const int Count = 6;

    private protected MemberPolicy(int index)
    {
        Index = index;
    }

    /// <summary>Serilog's and NLog's <c>{@X}</c>, and recipients that receive whole objects: public readable properties.</summary>
    public static MemberPolicy Destructuring { get; } = new DestructuringPolicy();

    /// <summary>
    /// The logging source generator's <c>[LogProperties]</c>: public readable properties but those marked
    /// <c>[LogPropertyIgnore]</c>, each printed by its <c>ToString()</c> (<see cref="WalksNested"/> is false).
    /// </summary>
    public static MemberPolicy PropertiesLogged { get; } = new PropertiesLoggedPolicy();

    /// <summary>Whether a member's own object is walked member by member too (<see langword="false"/>: it is printed).</summary>
    public virtual bool WalksNested => true;

    /// <summary>The policy's slot among <see cref="Count"/> (caches are kept per policy).</summary>
    public int Index { get; }

    /// <summary>
    /// The policies of the serializers for one compilation, by <see cref="Serializer"/>; the attribute classes they read
    /// are resolved on first use.
    /// </summary>
    public static MemberPolicy[] SerializersFor(Compilation compilation)
    {
        var attributes = new Lazy<SerializationAttributes>(() => new SerializationAttributes(compilation));
        return new MemberPolicy[]
        {
            new SystemTextJsonPolicy(attributes),
            new NewtonsoftJsonPolicy(attributes),
            new XmlSerializerPolicy(attributes),
            new DataContractPolicy(attributes),
        };
    }

    /// <summary>
    /// Whether the policy writes a field or property (never static, never an indexer) declared in
    /// <paramref name="walkedType"/> or one of its base types; an auto-property's backing field stands for what a
    /// serializer of fields writes.
    /// </summary>
    public abstract bool Writes(ISymbol member, ITypeSymbol walkedType);

    /// <summary>How to make the policy leave a member it writes out, or <see langword="null"/> when nothing can.</summary>
    public virtual MemberHiding? Hiding(ISymbol written) => null;

    private protected static bool IsBackingField(ISymbol member) => member is IFieldSymbol { IsImplicitlyDeclared: true, AssociatedSymbol: IPropertySymbol };

    private protected static bool IsPublic(ISymbol member) => member.DeclaredAccessibility == Accessibility.Public;

    /// <summary>A property with a getter (public, unless <paramref name="nonPublic"/>), or any field.</summary>
    private protected static bool IsReadable(ISymbol member, bool nonPublic) => member switch
    {
        IPropertySymbol { GetMethod: { } getter } => nonPublic || IsPublic(getter),
        IFieldSymbol => true,
        _ => false,
    };

    /// <summary>
    /// XmlSerializer and DataContractSerializer's plain types: public read/write properties, public get-only
    /// collection properties (they add to them), public fields that are not read-only.
    /// </summary>
    private protected static bool IsPublicReadWrite(ISymbol member) => member switch
    {
        IPropertySymbol { GetMethod: { } getter } property when IsPublic(property) && IsPublic(getter) =>
            property.SetMethod is { } setter ? IsPublic(setter) : property.Type is not IArrayTypeSymbol && PersonalDataRendering.ElementType(property.Type) is not null,
        IFieldSymbol { IsReadOnly: false, IsImplicitlyDeclared: false } field => IsPublic(field),
        _ => false,
    };

    private protected static bool Has(ISymbol symbol, ImmutableHashSet<INamedTypeSymbol> attributeClasses) => PrivacyAttributeTypes.Has(symbol, attributeClasses);

    private sealed class PropertiesLoggedPolicy : MemberPolicy
    {
        public PropertiesLoggedPolicy()
            : base(Count - 1)
        {
        }

        public override bool WalksNested => false;

        public override bool Writes(ISymbol member, ITypeSymbol walkedType) =>
            member is IPropertySymbol { GetMethod: not null } property && IsPublic(property) &&
            !property.GetAttributes().Any(a => a.AttributeClass is { Name: "LogPropertyIgnoreAttribute" } ignore && TypeLookup.IsSystemOrMicrosoft(ignore));
    }

    private sealed class DestructuringPolicy : MemberPolicy
    {
        public DestructuringPolicy()
            : base(0)
        {
        }

        public override bool Writes(ISymbol member, ITypeSymbol walkedType) =>
            member is IPropertySymbol { GetMethod: not null } property && IsPublic(property);
    }

    /// <summary>
    /// System.Text.Json: public properties with a public getter, and any property or field marked <c>[JsonInclude]</c>;
    /// public fields only with <c>IncludeFields</c>, which a call site cannot be seen to set, so not without
    /// <c>[JsonInclude]</c>. Hidden by its own <c>[JsonIgnore]</c> when it ignores on writing (the default
    /// <c>Always</c>, or <c>WhenWriting</c>); <c>WhenWritingNull</c> and <c>WhenWritingDefault</c> still write every
    /// value that holds data.
    /// </summary>
    private sealed class SystemTextJsonPolicy : MemberPolicy
    {
        private const int Always = 1;
        private const int WhenWriting = 4;

        private readonly Lazy<SerializationAttributes> _attributes;

        public SystemTextJsonPolicy(Lazy<SerializationAttributes> attributes)
            : base(1 + (int)Serializer.SystemTextJson)
        {
            _attributes = attributes;
        }

        public override bool Writes(ISymbol member, ITypeSymbol walkedType)
        {
            SerializationAttributes attributes = _attributes.Value;
            if (PrivacyAttributeTypes.Find(member, attributes.SystemTextJsonIgnore) is { } ignore && IgnoresOnWriting(ignore))
            {
                return false;
            }

            if (Has(member, attributes.SystemTextJsonInclude))
            {
                return IsReadable(member, nonPublic: true);
            }

            return member is IPropertySymbol property && IsPublic(property) && IsReadable(property, nonPublic: false);
        }

        public override MemberHiding? Hiding(ISymbol written) =>
            new(SerializationAttributes.SystemTextJsonIgnoreName, remove: false, IsBackingField(written));

        private static bool IgnoresOnWriting(AttributeData ignore)
        {
            foreach (var argument in ignore.NamedArguments)
            {
                if (argument.Key == "Condition" && argument.Value.Value is int condition)
                {
                    return condition is Always or WhenWriting;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Newtonsoft.Json, as its <c>DefaultContractResolver</c>: the type's member serialization (<c>[JsonObject]</c> on
    /// it or a base; otherwise opt-in for a <c>[DataContract]</c>, opt-out for anything else) decides.
    /// Opt-out: public properties with a public getter, public fields, and any member marked <c>[JsonProperty]</c> or
    /// <c>[JsonRequired]</c>. Opt-in: only those marked members (and <c>[DataMember]</c> in a data contract). Fields: every
    /// field, backing fields of auto-properties included. Hidden by <c>[JsonIgnore]</c> and <c>[NonSerialized]</c>
    /// (both honoured by Newtonsoft), and, except in opt-in, by <c>[IgnoreDataMember]</c>.
    /// </summary>
    private sealed class NewtonsoftJsonPolicy : MemberPolicy
    {
        private const int OptOut = 0;
        private const int OptIn = 1;
        private const int Fields = 2;

        private readonly Lazy<SerializationAttributes> _attributes;
        private readonly ConcurrentDictionary<ITypeSymbol, (int Serialization, bool DataContract)> _modes = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

        public NewtonsoftJsonPolicy(Lazy<SerializationAttributes> attributes)
            : base(1 + (int)Serializer.NewtonsoftJson)
        {
            _attributes = attributes;
        }

        public override bool Writes(ISymbol member, ITypeSymbol walkedType)
        {
            SerializationAttributes attributes = _attributes.Value;
            if (Has(member, attributes.NewtonsoftIgnore) || Has(member, attributes.NonSerialized))
            {
                return false;
            }

            (int serialization, bool dataContract) = _modes.GetOrAdd(walkedType, ModeOf);
            bool marked = Has(member, attributes.NewtonsoftProperty) || Has(member, attributes.NewtonsoftRequired) ||
                (dataContract && Has(member, attributes.DataMember));
            switch (serialization)
            {
                case Fields:
                    return member is IFieldSymbol && !Has(member, attributes.IgnoreDataMember);
                case OptIn:
                    return marked && IsReadable(member, nonPublic: true);
                default:
                    if (Has(member, attributes.IgnoreDataMember) || IsBackingField(member))
                    {
                        return false;
                    }

                    return marked ? IsReadable(member, nonPublic: true) : IsPublic(member) && IsReadable(member, nonPublic: false);
            }
        }

        public override MemberHiding? Hiding(ISymbol written) =>
            new(SerializationAttributes.NewtonsoftIgnoreName, remove: false, IsBackingField(written));

        private (int Serialization, bool DataContract) ModeOf(ITypeSymbol type)
        {
            SerializationAttributes attributes = _attributes.Value;
            int? serialization = null;
            bool dataContract = false;
            for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (serialization is null && PrivacyAttributeTypes.Find(current, attributes.NewtonsoftObject) is { } jsonObject)
                {
                    serialization = MemberSerialization(jsonObject);
                }

                dataContract |= Has(current, attributes.DataContract);
            }

            return (serialization ?? (dataContract ? OptIn : OptOut), dataContract);
        }

        /// <summary><c>[JsonObject(MemberSerialization.OptIn)]</c> or <c>[JsonObject(MemberSerialization = …)]</c>; opt-out by default.</summary>
        private static int MemberSerialization(AttributeData jsonObject)
        {
            foreach (var argument in jsonObject.NamedArguments)
            {
                if (argument.Key == "MemberSerialization" && argument.Value.Value is int named)
                {
                    return named;
                }
            }

            return jsonObject.ConstructorArguments.Length == 1 &&
                jsonObject.ConstructorArguments[0] is { Kind: TypedConstantKind.Enum, Value: int value }
                ? value
                : OptOut;
        }
    }

    /// <summary>XmlSerializer: public read/write properties, public get-only collections, public fields; hidden by <c>[XmlIgnore]</c>.</summary>
    private sealed class XmlSerializerPolicy : MemberPolicy
    {
        private readonly Lazy<SerializationAttributes> _attributes;

        public XmlSerializerPolicy(Lazy<SerializationAttributes> attributes)
            : base(1 + (int)Serializer.XmlSerializer)
        {
            _attributes = attributes;
        }

        public override bool Writes(ISymbol member, ITypeSymbol walkedType) =>
            !Has(member, _attributes.Value.XmlIgnore) && IsPublicReadWrite(member);

        public override MemberHiding? Hiding(ISymbol written) =>
            new(SerializationAttributes.XmlIgnoreName, remove: false, onBackingField: false);
    }

    /// <summary>
    /// DataContractSerializer and DataContractJsonSerializer, by the type that declares the member: in a
    /// <c>[DataContract]</c>, only its <c>[DataMember]</c> members of any accessibility (<c>[IgnoreDataMember]</c> does
    /// not override <c>[DataMember]</c>); in a <c>[Serializable]</c> type, every field (backing fields included) but
    /// <c>[NonSerialized]</c> ones; in any other type, public read/write properties, public get-only collections and
    /// public fields, hidden by <c>[IgnoreDataMember]</c>.
    /// </summary>
    private sealed class DataContractPolicy : MemberPolicy
    {
        private readonly Lazy<SerializationAttributes> _attributes;

        public DataContractPolicy(Lazy<SerializationAttributes> attributes)
            : base(1 + (int)Serializer.DataContract)
        {
            _attributes = attributes;
        }

        public override bool Writes(ISymbol member, ITypeSymbol walkedType)
        {
            SerializationAttributes attributes = _attributes.Value;
            INamedTypeSymbol declaring = member.ContainingType;
            if (Has(declaring, attributes.DataContract))
            {
                return Has(member, attributes.DataMember);
            }

            if (declaring.IsSerializable)
            {
                return member is IFieldSymbol && !Has(member, attributes.NonSerialized);
            }

            return !Has(member, attributes.IgnoreDataMember) && IsPublicReadWrite(member);
        }

        public override MemberHiding? Hiding(ISymbol written)
        {
            SerializationAttributes attributes = _attributes.Value;
            INamedTypeSymbol declaring = written.ContainingType;
            if (Has(declaring, attributes.DataContract))
            {
                return new MemberHiding(SerializationAttributes.DataMemberName, remove: true, IsBackingField(written));
            }

            return declaring.IsSerializable
                ? new MemberHiding(SerializationAttributes.NonSerializedName, remove: false, IsBackingField(written))
                : new MemberHiding(SerializationAttributes.IgnoreDataMemberName, remove: false, onBackingField: false);
        }
    }

    /// <summary>The attribute classes the serializer policies read, resolved once per compilation.</summary>
    private sealed class SerializationAttributes
    {
        public const string SystemTextJsonIgnoreName = "System.Text.Json.Serialization.JsonIgnoreAttribute";
        public const string NewtonsoftIgnoreName = "Newtonsoft.Json.JsonIgnoreAttribute";
        public const string XmlIgnoreName = "System.Xml.Serialization.XmlIgnoreAttribute";
        public const string IgnoreDataMemberName = "System.Runtime.Serialization.IgnoreDataMemberAttribute";
        public const string DataMemberName = "System.Runtime.Serialization.DataMemberAttribute";
        public const string NonSerializedName = "System.NonSerializedAttribute";

        public SerializationAttributes(Compilation compilation)
        {
            SystemTextJsonIgnore = TypeLookup.TypesNamed(compilation, SystemTextJsonIgnoreName);
            SystemTextJsonInclude = TypeLookup.TypesNamed(compilation, "System.Text.Json.Serialization.JsonIncludeAttribute");
            NewtonsoftIgnore = TypeLookup.TypesNamed(compilation, NewtonsoftIgnoreName);
            NewtonsoftProperty = TypeLookup.TypesNamed(compilation, "Newtonsoft.Json.JsonPropertyAttribute");
            NewtonsoftRequired = TypeLookup.TypesNamed(compilation, "Newtonsoft.Json.JsonRequiredAttribute");
            NewtonsoftObject = TypeLookup.TypesNamed(compilation, "Newtonsoft.Json.JsonObjectAttribute");
            XmlIgnore = TypeLookup.TypesNamed(compilation, XmlIgnoreName);
            DataContract = TypeLookup.TypesNamed(compilation, "System.Runtime.Serialization.DataContractAttribute");
            DataMember = TypeLookup.TypesNamed(compilation, DataMemberName);
            IgnoreDataMember = TypeLookup.TypesNamed(compilation, IgnoreDataMemberName);
            NonSerialized = TypeLookup.TypesNamed(compilation, NonSerializedName);
        }

        public ImmutableHashSet<INamedTypeSymbol> SystemTextJsonIgnore { get; }

        public ImmutableHashSet<INamedTypeSymbol> SystemTextJsonInclude { get; }

        public ImmutableHashSet<INamedTypeSymbol> NewtonsoftIgnore { get; }

        public ImmutableHashSet<INamedTypeSymbol> NewtonsoftProperty { get; }

        public ImmutableHashSet<INamedTypeSymbol> NewtonsoftRequired { get; }

        public ImmutableHashSet<INamedTypeSymbol> NewtonsoftObject { get; }

        public ImmutableHashSet<INamedTypeSymbol> XmlIgnore { get; }

        public ImmutableHashSet<INamedTypeSymbol> DataContract { get; }

        public ImmutableHashSet<INamedTypeSymbol> DataMember { get; }

        public ImmutableHashSet<INamedTypeSymbol> IgnoreDataMember { get; }

        public ImmutableHashSet<INamedTypeSymbol> NonSerialized { get; }
    }
}
