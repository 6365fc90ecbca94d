using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Flow;

/// <summary>
/// What calls do to the personal data that goes into them: which keep its content in their result (string
/// methods, formatting, encoding, parsing), which only measure or compare it, and which store it in their
/// receiver (builders and collections).
/// </summary>
internal static class ContentPreservingCalls
{
    /// <summary>Members whose result says something about a value but not what it is.</summary>
    private static readonly HashSet<string> Measuring = new()
    {
        "Length", "LongLength", "Count", "LongCount", "Capacity", "Rank",
        "GetHashCode", "GetType", "GetTypeCode", "CompareTo", "Compare", "CompareOrdinal", "Equals", "ReferenceEquals",
        "IndexOf", "IndexOfAny", "LastIndexOf", "LastIndexOfAny", "Contains", "StartsWith", "EndsWith",
        "IsNullOrEmpty", "IsNullOrWhiteSpace", "HasValue", "GetLength", "GetLongLength", "SequenceEqual",
    };

    /// <summary>Static framework types whose methods compose their arguments into the result.</summary>
    private static readonly HashSet<string> ComposingTypes = new()
    {
        "System.String", "System.Convert", "System.Uri", "System.Net.WebUtility", "System.Web.HttpUtility",
        "System.IO.Path", "System.Text.Encoding", "System.Text.StringBuilder", "System.Text.Json.JsonEncodedText",
        "System.Security.SecurityElement", "System.FormattableString", "System.Runtime.CompilerServices.FormattableStringFactory",
    };

    /// <summary>Methods that put their arguments into their receiver.</summary>
    private static readonly HashSet<string> Storing = new()
    {
        "Add", "AddRange", "AddOrUpdate", "TryAdd", "GetOrAdd", "Append", "AppendLine", "AppendFormat", "AppendJoin",
        "AppendLiteral", "AppendFormatted", "Insert", "InsertRange", "Push", "Enqueue", "Set", "SetValue", "Write",
        "WriteLine", "Prepend", "Replace",
    };

    /// <summary>Serializers: the result is the value written out, member by member, by the serializer named.</summary>
    private static readonly Dictionary<string, (Serializer Serializer, HashSet<string> Names)> Serializers = new()
    {
        ["System.Text.Json.JsonSerializer"] = (Serializer.SystemTextJson, new() { "Serialize", "SerializeToUtf8Bytes", "SerializeToElement", "SerializeToNode", "SerializeToDocument" }),
        ["Newtonsoft.Json.JsonConvert"] = (Serializer.NewtonsoftJson, new() { "SerializeObject" }),
        ["Newtonsoft.Json.Linq.JToken"] = (Serializer.NewtonsoftJson, new() { "FromObject" }),
        ["Newtonsoft.Json.Linq.JObject"] = (Serializer.NewtonsoftJson, new() { "FromObject" }),
        ["Newtonsoft.Json.Linq.JArray"] = (Serializer.NewtonsoftJson, new() { "FromObject" }),
        ["System.Net.Http.Json.JsonContent"] = (Serializer.SystemTextJson, new() { "Create" }),
    };

    /// <summary>Whether a static call serializes its first argument (<c>JsonSerializer.Serialize(customer)</c>).</summary>
    public static bool Serializes(IMethodSymbol method) => SerializerOf(method) is not null;

    /// <summary>The serializer of a static call that returns its first argument serialized, or <see langword="null"/>.</summary>
    public static Serializer? SerializerOf(IMethodSymbol method) =>
        method.IsStatic && SerializingMethodNames.Contains(method.Name) &&
        Serializers.TryGetValue(FullName(method.ContainingType), out var serializer) && serializer.Names.Contains(method.Name)
            ? serializer.Serializer
            : null;

    /// <summary>The names of all the serializers' methods: most calls are ruled out by name, before the type's full name is built.</summary>
    private static readonly HashSet<string> SerializingMethodNames = new(Serializers.Values.SelectMany(serializer => serializer.Names), StringComparer.Ordinal);

    /// <summary>
    /// Whether the type is an HTTP message or content (<c>HttpRequestMessage</c>, <c>StringContent</c>, their
    /// headers): built from personal data, it carries it.
    /// </summary>
    public static bool IsHttpMessage(ITypeSymbol? type) =>
        type?.ContainingNamespace is { Name: "Http" or "Headers" } ns && ns.ToDisplayString().StartsWith("System.Net.Http", StringComparison.Ordinal);

    /// <summary>Whether the member only measures or compares (its result is not personal data).</summary>
    public static bool IsMeasuring(string memberName) => Measuring.Contains(memberName);

    /// <summary>Whether a static call keeps the content of its arguments: <c>string.Format</c>, <c>Convert.ToBase64String</c>, <c>int.Parse</c>.</summary>
    public static bool ComposesArguments(IMethodSymbol method)
    {
        if (method.Name is "Parse" or "TryParse" or "ParseExact" or "TryParseExact")
        {
            return IsInSystemNamespace(method.ContainingType);
        }

        return ComposingTypes.Contains(FullName(method.ContainingType));
    }

    /// <summary>Whether an instance call stores its arguments in the receiver (<c>builder.Append(x)</c>, <c>list.Add(x)</c>).</summary>
    public static bool StoresArgumentsInReceiver(IMethodSymbol method) => Storing.Contains(method.Name);

    /// <summary>
    /// Whether values put in the type are rendered with it: builders, writers, collections and interpolated
    /// string handlers, as opposed to plain objects that print their type name.
    /// </summary>
    public static bool IsContainer(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType == SpecialType.System_String)
        {
            return false;
        }

        if (type.Name is "StringBuilder" or "StringWriter" || type.Name.EndsWith("InterpolatedStringHandler", StringComparison.Ordinal) || IsHttpMessage(type))
        {
            return true;
        }

        return PersonalDataRendering.ElementType(type) is not null;
    }

    private static bool IsInSystemNamespace(INamedTypeSymbol? type) =>
        type?.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

    private static string FullName(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return string.Empty;
        }

        string ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() + "." : string.Empty;
        return ns + type.Name;
    }
}
