using System.Collections.Immutable;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Serialization;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// The library calls of PII003 that send data out of the organisation, one row per API. What is not a row is recognised
/// by <see cref="ThirdPartySinkCatalog"/> itself: the recipients marked <c>[ThirdParty]</c> or declared <c>third_party</c>,
/// and the clients of the organisation's own services (<c>[FirstParty]</c>, <c>first_party</c>), which are not third parties.
/// </summary>
internal static class ThirdPartySinkTable
{
    private static readonly string[] RequestParts = { "requestUri", "content", "request" };

    public static ImmutableArray<SinkRow> Rows { get; } = ImmutableArray.Create(
        // HttpClient: the URI as text, the content as what it carries.
        SinkRow.Named("System.Net.Http.HttpClient", SinkFamily.Http, Rendering.Text, RequestParts,
            "GetAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync", "SendAsync", "Send",
            "GetStringAsync", "GetStreamAsync", "GetByteArrayAsync")
            .For(Purpose.ThirdPartySharing)
            .NamedAfter("HttpClient"),

        // System.Net.Http.Json: the value as System.Text.Json writes it, with its own rules for which members.
        SinkRow.Named("System.Net.Http.Json.HttpClientJsonExtensions", SinkFamily.Http, Rendering.Text, RequestParts,
            "GetFromJsonAsync", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "DeleteFromJsonAsync", "GetFromJsonAsAsyncEnumerable")
            .AlsoSerializing(Serializer.SystemTextJson, "value")
            .For(Purpose.ThirdPartySharing)
            .NamedAfter("HttpClient"));
}
