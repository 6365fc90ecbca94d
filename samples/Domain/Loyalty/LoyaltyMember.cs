using System;

namespace Contoso.Shop.Domain.Loyalty;

/// <summary>A member of the loyalty programme. Nothing is marked: the programme came with its own model.</summary>
public sealed class LoyaltyMember
{
    public LoyaltyMember(Guid id, string fullName, string email)
    {
        Id = id;
        FullName = fullName;
        Email = email;
    }

    public Guid Id { get; }

    public string FullName { get; }

    public string Email { get; private set; }

    public string? MobilePhone { get; set; }

    public DateOnly? BirthDate { get; set; }

    public int Points { get; private set; }

    public LoyaltyTier Tier { get; private set; } = LoyaltyTier.Bronze;

    public bool HasOptedOutOfEmails { get; set; }

    public void Earn(int points)
    {
        Points += points;
        Tier = Points >= 5000 ? LoyaltyTier.Gold : Points >= 1000 ? LoyaltyTier.Silver : LoyaltyTier.Bronze;
    }

    public void ChangeEmail(string email) => Email = email;
}

public enum LoyaltyTier
{
    Bronze,
    Silver,
    Gold,
}
