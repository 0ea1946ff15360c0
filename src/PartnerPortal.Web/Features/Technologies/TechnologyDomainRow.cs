using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Web.Features.Technologies;

/// <summary>One line of the technologies list: a Table 4.1 domain with the technology it belongs to.</summary>
public sealed record TechnologyDomainRow(Technology Technology, TechnologyDomain Domain);
