using System;

namespace Contoso.Shop.Domain.Loyalty;

/// <summary>The event the programme publishes when a member earns points. A record: its generated ToString prints every member.</summary>
public sealed record PointsEarned(Guid MemberId, string MemberEmail, int Points, LoyaltyTier Tier);
