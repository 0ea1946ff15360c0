using PartnerPortal.Domain.Framework;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Infrastructure.Workspace;

/// <summary>
/// One criterion on the scoring page: what it means, its guiding questions and anchored scale, the
/// analyst's own score, and — once the analyst has scored the whole pair — the group's spread.
/// </summary>
public sealed record CriterionSheet(
    string Code, string Name, string Definition, IReadOnlyList<GuidingQuestion> Questions, IReadOnlyList<ScaleLevel> Scale,
    ScoreView? Mine, CriterionStatistics? Group);
