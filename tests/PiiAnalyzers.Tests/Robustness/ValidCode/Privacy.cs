using System;
using System.Threading.Tasks;
using PiiAnalyzers;
using Valid.Models;

namespace Valid.Privacy;

public interface IConsents
{
    [ConsentCheck] bool Has(Guid subject, ConsentPurpose purpose);

    [ConsentCheck] void Demand(Guid subject, ConsentPurpose purpose);

    [ConsentCheck] Task<bool> HasAsync(Guid subject, ConsentPurpose purpose);

    [ConsentCheck(ConsentPurpose.Marketing)] bool MarketingAllowed { get; }
}

public static class Masks
{
    [Redactor]
    public static string MaskEmail([PersonalData(PersonalDataKind.Email)] string value)
    {
        int at = value.IndexOf('@');
        return at < 0 ? Redact.Masked : "***" + value.Substring(at);
    }

    [Redactor]
    public static string Pseudonym([PersonalData(PersonalDataKind.Other)] string value) =>
        value.GetHashCode().ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
}

[ThirdParty]
public interface ICrmPartner
{
    Task PushAsync(string fullName, string contact);

    void Track(object payload);
}

[ThirdParty(ConsentPurpose.Analytics)]
public interface IAnalyticsPartner
{
    void Send(string eventName, string reference);
}

public static class Export
{
    [RequiresConsent(ConsentPurpose.Transfer)]
    public static string ToPartnerFormat(object value) => Newtonsoft.Json.JsonConvert.SerializeObject(value);
}
