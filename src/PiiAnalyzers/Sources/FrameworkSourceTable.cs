using System.Collections.Generic;
using System.Collections.Immutable;

namespace PiiAnalyzers.Sources;

/// <summary>
/// The personal data ASP.NET Core and .NET hand an application with no attribute on it, one row per API: the client's
/// address, identifying request headers and cookies, the signed-in user's name and claims, ASP.NET Core Identity's user
/// getters. (A <c>System.Net.Mail.MailAddress</c> is not among them: the sender's is the organisation's own address;
/// inference mode judges one by its name.) A team adds its own with <c>source</c> lines of <c>PiiAnalyzers.txt</c> and turns a row off
/// with <c>not_personal_data</c>.
/// </summary>
internal static class FrameworkSourceTable
{
    private const string Headers = "Microsoft.AspNetCore.Http.IHeaderDictionary";
    private const string Principal = "System.Security.Claims.ClaimsPrincipal";
    private const string PrincipalExtensions = "System.Security.Claims.PrincipalExtensions";
    private const string UserManager = "Microsoft.AspNetCore.Identity.UserManager`1";
    private const string Soap = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/";

    /// <summary>The claim types that say what kind of personal data a claim is, with how the code names them.</summary>
    private static readonly (string Type, string Kind, string Name)[] ClaimKinds =
    {
        (Soap + "emailaddress", "Email", "ClaimTypes.Email"),
        (Soap + "name", "Name", "ClaimTypes.Name"),
        (Soap + "givenname", "Name", "ClaimTypes.GivenName"),
        (Soap + "surname", "Name", "ClaimTypes.Surname"),
        (Soap + "mobilephone", "Phone", "ClaimTypes.MobilePhone"),
        (Soap + "homephone", "Phone", "ClaimTypes.HomePhone"),
        (Soap + "otherphone", "Phone", "ClaimTypes.OtherPhone"),
        (Soap + "dateofbirth", "DateOfBirth", "ClaimTypes.DateOfBirth"),
        (Soap + "gender", "Gender", "ClaimTypes.Gender"),
        (Soap + "streetaddress", "PostalAddress", "ClaimTypes.StreetAddress"),
        (Soap + "postalcode", "PostalAddress", "ClaimTypes.PostalCode"),
        ("email", "Email", "\"email\""),
        ("name", "Name", "\"name\""),
        ("given_name", "Name", "\"given_name\""),
        ("family_name", "Name", "\"family_name\""),
        ("phone_number", "Phone", "\"phone_number\""),
        ("birthdate", "DateOfBirth", "\"birthdate\""),
    };

    public static ImmutableArray<SourceRow> Rows { get; } = BuildRows();

    private static ImmutableArray<SourceRow> BuildRows()
    {
        var rows = new List<SourceRow>
        {
            // The client's address.
            SourceRow.Of("Microsoft.AspNetCore.Http.ConnectionInfo", "RemoteIpAddress", "IpAddress"),
            SourceRow.Of("Microsoft.AspNetCore.Http.Features.IHttpConnectionFeature", "RemoteIpAddress", "IpAddress"),

            // Request headers that identify the person or their device, typed and by name.
            SourceRow.Of(Headers, "UserAgent", "DeviceId"),
            SourceRow.Of(Headers, "Cookie", "OnlineIdentifier"),
            SourceRow.Of(Headers, "Authorization", "Credential"),
            SourceRow.Of(Headers, "XForwardedFor", "IpAddress"),
            SourceRow.Of(Headers, "Referer", "Behavior"),
            SourceRow.Keyed(Headers, "this[]", "User-Agent", "DeviceId", "Headers[\"User-Agent\"]"),
            SourceRow.Keyed(Headers, "this[]", "Cookie", "OnlineIdentifier", "Headers[\"Cookie\"]"),
            SourceRow.Keyed(Headers, "this[]", "Authorization", "Credential", "Headers[\"Authorization\"]"),
            SourceRow.Keyed(Headers, "this[]", "X-Forwarded-For", "IpAddress", "Headers[\"X-Forwarded-For\"]"),
            SourceRow.Keyed(Headers, "this[]", "X-Real-IP", "IpAddress", "Headers[\"X-Real-IP\"]"),
            SourceRow.Keyed(Headers, "this[]", "Referer", "Behavior", "Headers[\"Referer\"]"),

            // In inference mode, a value read by a name that names personal data: Query["email"], Form["phone"], Headers["X-User-Email"].
            SourceRow.ByName("Microsoft.AspNetCore.Http.IQueryCollection", "this[]", "Query"),
            SourceRow.ByName("Microsoft.AspNetCore.Http.IFormCollection", "this[]", "Form"),
            SourceRow.ByName(Headers, "this[]", "Headers"),

            // Cookies identify the browser.
            SourceRow.Of("Microsoft.AspNetCore.Http.IRequestCookieCollection", "this[]", "OnlineIdentifier"),

            // The signed-in user: name, claims.
            SourceRow.Of("System.Security.Principal.IIdentity", "Name", "Name"),
            SourceRow.Of("System.Security.Claims.ClaimsIdentity", "Name", "Name"),
            SourceRow.Of("System.Security.Claims.Claim", "Value", "OnlineIdentifier"),
            SourceRow.Of(Principal, "Claims", "OnlineIdentifier"),
            SourceRow.WholeType("System.Security.Claims.Claim", "OnlineIdentifier"),

            // ASP.NET Core Identity's getters (IdentityUser's members carry Identity's own [PersonalData]).
            SourceRow.Of(UserManager, "GetEmailAsync", "Email"),
            SourceRow.Of(UserManager, "GetPhoneNumberAsync", "Phone"),
            SourceRow.Of(UserManager, "GetUserNameAsync", "OnlineIdentifier"),
            SourceRow.Of(UserManager, "GetUserName", "OnlineIdentifier"),
        };

        // A claim read by its type: the kind its type names, any other claim as an identifier.
        foreach (string type in new[] { Principal, PrincipalExtensions })
        {
            foreach ((string claimType, string kind, string name) in ClaimKinds)
            {
                rows.Add(SourceRow.Keyed(type, "FindFirstValue", claimType, kind, "FindFirstValue(" + name + ")"));
            }

            rows.Add(SourceRow.Of(type, "FindFirstValue", "OnlineIdentifier", "ClaimsPrincipal.FindFirstValue()"));
        }

        return rows.ToImmutableArray();
    }
}
