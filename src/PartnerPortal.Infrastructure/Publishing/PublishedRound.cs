using PartnerPortal.Domain.Framework;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Shortlisting;

namespace PartnerPortal.Infrastructure.Publishing;

/// <summary>
/// The document a round's snapshot holds (<see cref="RoundSnapshot"/>): the very records its pages and exports
/// render, as they were when it was published. What the round owns — its scores, weights, evidence, decisions,
/// rationale, settings — cannot change once it is published; what it shares with other rounds can, so the
/// shared names and texts are kept here, and with them the finished tables.
/// </summary>
/// <param name="HomeCountry">The home country's name, as the round's header shows it.</param>
/// <param name="Countries">The countries in scope, in the round's order, named and grouped as then (the analysis's scope).</param>
/// <param name="Technologies">The technologies in scope, in the order the scores were read in, with their themes as then.</param>
/// <param name="Criteria">The criteria with their definitions, guiding questions and anchored scales as the analysts scored against them.</param>
/// <param name="Weights">The criterion weights as set (in criterion order), before normalising.</param>
/// <param name="LonglistHeadings">Table 6.1's theme columns.</param>
/// <param name="Longlist">Table 6.1's pairs, as the longlist export and the tables list them.</param>
/// <param name="Shortlist">Table 6.2's rows.</param>
/// <param name="Opportunities">The shortlisted pairs with their value capture, instruments and win-win principles in words.</param>
/// <param name="Balance">The accepted shortlist's pairs as the portfolio balance counts them.</param>
/// <param name="Screening">
/// The research-security screening's shared inputs as published; null in a snapshot taken before screening existed,
/// until start-up adds it (<see cref="RoundSnapshotWriter.TakeMissingAsync"/>).
/// </param>
public sealed record PublishedRound(
    string HomeCountry,
    IReadOnlyList<AnalysedCountry> Countries,
    IReadOnlyList<AnalysedTechnology> Technologies,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<double> Weights,
    IReadOnlyList<string> LonglistHeadings,
    IReadOnlyList<LonglistPair> Longlist,
    IReadOnlyList<ShortlistTableRow> Shortlist,
    IReadOnlyList<OpportunityRow> Opportunities,
    IReadOnlyList<BalanceItem> Balance,
    PublishedScreening? Screening)
{
    /// <summary>Bumped when a part is renamed or changes meaning; a portal reads only the versions it knows.</summary>
    public const int SchemaVersion = 1;
}
