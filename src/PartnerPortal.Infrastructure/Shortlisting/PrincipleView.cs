using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Infrastructure.Shortlisting;

public sealed record PrincipleView(int PrincipleId, string Name, string Description, PrincipleStatus Status, string? Note);
