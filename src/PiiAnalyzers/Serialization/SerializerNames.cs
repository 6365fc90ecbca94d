using System;

namespace PiiAnalyzers.Serialization;

/// <summary>
/// How a <see cref="Serializer"/> is named: in a diagnostic's properties (the analyzers write it, the fix that hides a
/// member reads it back) and in the titles of fixes.
/// </summary>
internal static class SerializerNames
{
    /// <summary>The value of the diagnostic property <c>PiiSerializer</c>: the member's name, <c>SystemTextJson</c>.</summary>
    public static string PropertyValue(Serializer serializer) => serializer switch
    {
        Serializer.SystemTextJson => nameof(Serializer.SystemTextJson),
        Serializer.NewtonsoftJson => nameof(Serializer.NewtonsoftJson),
        Serializer.XmlSerializer => nameof(Serializer.XmlSerializer),
        _ => nameof(Serializer.DataContract),
    };

    /// <summary>The serializer a diagnostic property names; <see langword="false"/> for a value no analyzer writes.</summary>
    public static bool TryParse(string? value, out Serializer serializer)
    {
        foreach (Serializer candidate in new[] { Serializer.SystemTextJson, Serializer.NewtonsoftJson, Serializer.XmlSerializer, Serializer.DataContract })
        {
            if (string.Equals(value, PropertyValue(candidate), StringComparison.Ordinal))
            {
                serializer = candidate;
                return true;
            }
        }

        serializer = default;
        return false;
    }

    /// <summary>How a fix's title names the serializer: <c>System.Text.Json</c>, <c>the data contract serializers</c>.</summary>
    public static string Display(Serializer serializer) => serializer switch
    {
        Serializer.SystemTextJson => "System.Text.Json",
        Serializer.NewtonsoftJson => "Newtonsoft.Json",
        Serializer.XmlSerializer => "XmlSerializer",
        _ => "the data contract serializers",
    };
}
