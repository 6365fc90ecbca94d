using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Model;

/// <summary>A member that looks like personal data and is not marked: where, how the message names it, the kind and the words.</summary>
internal sealed class UnmarkedPersonalData
{
    public UnmarkedPersonalData(Location location, string name, string kind, string word)
    {
        Location = location;
        Name = name;
        Kind = kind;
        Word = word;
    }

    public Location Location { get; }

    /// <summary><c>Customer.Email</c>, <c>Signup.Email</c> (record parameter), <c>Customer(email)</c>, <c>Mailer.Send(email)</c>.</summary>
    public string Name { get; }

    /// <summary>A <c>PersonalDataKind</c> member name.</summary>
    public string Kind { get; }

    /// <summary>The words of the name that matched (<c>Email</c>), or the DataAnnotations attribute (<c>[EmailAddress]</c>).</summary>
    public string Word { get; }
}
