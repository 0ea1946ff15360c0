using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Analysis;

namespace PartnerPortal.Infrastructure.Workspace;

/// <summary>A round's countries × technologies as one analyst sees them: their own progress per cell.</summary>
public sealed record ScoringMatrix(
    string RoundSlug, string RoundName, RoundStatus Status,
    IReadOnlyList<AnalysedCountry> Countries, IReadOnlyList<MatrixTechnology> Technologies, MatrixCell[,] Cells);
