namespace PartnerPortal.Infrastructure.ResearchSecurity;

/// <summary>A country some round is run from: cooperation conditions are recorded as seen from it.</summary>
public sealed record HomeCountry(string Code, string Name);
