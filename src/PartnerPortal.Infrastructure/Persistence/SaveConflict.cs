namespace PartnerPortal.Infrastructure.Persistence;

/// <summary>Someone saved the record after it was read: what they saved, who they are, and when.</summary>
public sealed record SaveConflict<T>(T Current, string SavedBy, DateTimeOffset? SavedAt);
