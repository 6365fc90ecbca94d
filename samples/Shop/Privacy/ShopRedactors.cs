using System;
using PiiAnalyzers;

namespace Contoso.Shop.Privacy;

/// <summary>
/// The shop's own redaction rules. <see cref="RedactorAttribute"/> tells the analyzers that a result holds no
/// personal data, and the code fix offers these methods before the package's <see cref="Redact"/> helper.
/// </summary>
public static class ShopRedactors
{
    /// <summary>The last four digits of a card, as printed on receipts: <c>**** 1111</c>.</summary>
    [Redactor]
    public static string CardTail(string cardNumber)
    {
        Span<char> digits = stackalloc char[cardNumber.Length];
        int count = 0;
        foreach (char c in cardNumber)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
            }
        }

        return count < 12 ? Redact.Masked : "**** " + new string(digits.Slice(count - 4, 4));
    }

    /// <summary>The domain of an e-mail address, for sign-up statistics: <c>example.com</c>.</summary>
    [Redactor]
    public static string EmailDomain(string email)
    {
        int at = email.LastIndexOf('@');
        return at < 0 ? Redact.Missing : email[(at + 1)..].ToLowerInvariant();
    }
}
