namespace PartnerPortal.Domain.Shortlisting;

/// <summary>One shortlisted opportunity as the balance sees it.</summary>
public sealed record BalanceItem(string Theme, string Technology, string Country, string Region, bool IsEmerging);
