using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Infrastructure.Shortlisting;

public sealed record OpportunityInput(
    uint Version, IReadOnlyList<(int PrincipleId, PrincipleStatus Status, string? Note)> Principles, ValueCapturePathway ValueCapture, IReadOnlyList<int> InstrumentIds);
