using PartnerPortal.Infrastructure.Analysis;

namespace PartnerPortal.Infrastructure.Dashboard;

public sealed record RoundDashboard(
    RoundAnalysis Analysis, IReadOnlyList<AnalystCompletion> Analysts, IReadOnlyList<TechnologyCompletion> Technologies, ChangesSince Changes);
