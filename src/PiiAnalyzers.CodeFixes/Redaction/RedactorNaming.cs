using System;
using System.Collections.Generic;

namespace PiiAnalyzers.CodeFixes.Redaction;

/// <summary>
/// Which kind of personal data a redactor's name says it is for (<c>MaskEmail</c>: Email), so that the fix
/// does not offer a phone-number mask for an e-mail address. Names are split into words (PascalCase, camelCase,
/// <c>_</c>, digits) and compared word by word.
/// </summary>
internal static class RedactorNaming
{
    private static readonly Dictionary<string, string> KindByWord = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Name"] = "Name", ["Surname"] = "Name",
        ["Email"] = "Email", ["Mail"] = "Email",
        ["Phone"] = "Phone", ["Mobile"] = "Phone", ["Msisdn"] = "Phone",
        ["Address"] = "PostalAddress", ["Street"] = "PostalAddress", ["Postal"] = "PostalAddress", ["Zip"] = "PostalAddress", ["Postcode"] = "PostalAddress",
        ["Birth"] = "DateOfBirth", ["Birthday"] = "DateOfBirth", ["Dob"] = "DateOfBirth",
        ["Gender"] = "Gender",
        ["Passport"] = "GovernmentId", ["Ssn"] = "GovernmentId", ["National"] = "GovernmentId", ["Tax"] = "GovernmentId",
        ["Card"] = "PaymentCard", ["Pan"] = "PaymentCard", ["Cvv"] = "PaymentCard",
        ["Iban"] = "BankAccount", ["Bank"] = "BankAccount", ["Account"] = "BankAccount",
        ["Password"] = "Credential", ["Secret"] = "Credential", ["Pin"] = "Credential", ["Token"] = "Credential",
        ["Ip"] = "IpAddress", ["Mac"] = "IpAddress",
        ["Device"] = "DeviceId", ["Imei"] = "DeviceId",
        ["Location"] = "Location", ["Geo"] = "Location", ["Latitude"] = "Location", ["Longitude"] = "Location",
        ["Username"] = "OnlineIdentifier", ["Login"] = "OnlineIdentifier", ["Handle"] = "OnlineIdentifier",
    };

    /// <summary>How well a redactor's name fits the data: 2 names the kind, 1 names no kind, 0 names another kind.</summary>
    public static int Fit(string methodName, string? kind)
    {
        bool namesAnyKind = false;
        foreach (string word in Words(methodName))
        {
            if (KindByWord.TryGetValue(word, out string? named))
            {
                if (string.Equals(named, kind, StringComparison.Ordinal))
                {
                    return 2;
                }

                namesAnyKind = true;
            }
        }

        return namesAnyKind ? 0 : 1;
    }

    private static IEnumerable<string> Words(string name)
    {
        int start = 0;
        for (int i = 1; i <= name.Length; i++)
        {
            bool boundary = i == name.Length || name[i] == '_' || char.IsDigit(name[i]) ||
                (char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))));
            if (boundary)
            {
                string word = name.Substring(start, i - start).Trim('_');
                if (word.Length > 0)
                {
                    yield return word;
                }

                start = i;
            }
        }
    }
}
