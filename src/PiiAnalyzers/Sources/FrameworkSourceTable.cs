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
        (Soap + "nameidentifier", "OnlineIdentifier", "ClaimTypes.NameIdentifier"),
        (Soap + "upn", "OnlineIdentifier", "ClaimTypes.Upn"),
        ("sub", "OnlineIdentifier", "\"sub\""),
        ("preferred_username", "OnlineIdentifier", "\"preferred_username\""),
        ("unique_name", "OnlineIdentifier", "\"unique_name\""),
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
            SourceRow.Of(Principal, "Claims", "OnlineIdentifier"),

            // ASP.NET Core Identity's getters (IdentityUser's members carry Identity's own [PersonalData]).
            SourceRow.Of(UserManager, "GetEmailAsync", "Email"),
            SourceRow.Of(UserManager, "GetPhoneNumberAsync", "Phone"),
            SourceRow.Of(UserManager, "GetUserNameAsync", "OnlineIdentifier"),
            SourceRow.Of(UserManager, "GetUserName", "OnlineIdentifier"),
        };

        // A claim read by a type that names personal data: its value (FindFirstValue) or the claim (FindFirst, whose Value is
        // then the data). Roles, scopes, audiences and other claims about the session are not the person.
        foreach ((string claimType, string kind, string name) in ClaimKinds)
        {
            rows.Add(SourceRow.Keyed(Principal, "FindFirstValue", claimType, kind, "FindFirstValue(" + name + ")"));
            rows.Add(SourceRow.Keyed(PrincipalExtensions, "FindFirstValue", claimType, kind, "FindFirstValue(" + name + ")"));
            rows.Add(SourceRow.Keyed(Principal, "FindFirst", claimType, kind, "FindFirst(" + name + ")"));
            rows.Add(SourceRow.Keyed("System.Security.Claims.ClaimsIdentity", "FindFirst", claimType, kind, "FindFirst(" + name + ")"));
        }

        return rows.ToImmutableArray();
    }
}
