namespace PartnerPortal.Infrastructure.Dashboard;

/// <summary>For one technology: how many of its partner countries are fully scored by the group, and how many analysts have scored any of them.</summary>
public sealed record TechnologyCompletion(string Slug, string Name, int ScoredCountries, int Countries, int Analysts);
