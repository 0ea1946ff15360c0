using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Analysis;

namespace PartnerPortal.Infrastructure.Workspace;

/// <summary>
/// A round's countries × technologies as one analyst sees them: their own progress per cell. Asked for one
/// country, only that row is filled; the lists name every country and technology, for the filters.
/// </summary>
public sealed record ScoringMatrix(
    string RoundSlug, string RoundName, RoundStatus Status,
    IReadOnlyList<AnalysedCountry> Countries, IReadOnlyList<MatrixTechnology> Technologies, MatrixCell[,] Cells);
