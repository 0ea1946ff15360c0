namespace PartnerPortal.Infrastructure.Workspace;

/// <summary>One country × technology cell of an analyst's scoring matrix; the group index only once the analyst has done the pair.</summary>
public sealed record MatrixCell(PairProgress Progress, double? GroupIndex);
