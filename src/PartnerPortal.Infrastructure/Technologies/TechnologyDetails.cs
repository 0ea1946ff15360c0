using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Infrastructure.Technologies;

/// <summary>
/// A technology's editable facts: names, its Table 4.1 group, its domains (one or more) and why it was
/// selected, with the version they were read at (0 for a new one).
/// </summary>
public sealed record TechnologyDetails(
    string Slug, string Name, string ShortName, string GroupLetter, IReadOnlyList<string> Domains, SelectionRationale Rationale, uint Version);
