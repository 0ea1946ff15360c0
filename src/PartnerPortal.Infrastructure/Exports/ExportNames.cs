using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Publishing;

namespace PartnerPortal.Infrastructure.Exports;

/// <summary>
/// The one naming of countries, technologies and themes that every export uses, as every page of the portal and
/// the ranking (<see cref="Ranking.RankedPair"/>) do: a country by its name ("United States", not "The US" at the
/// start of a table row and "the US" within one), a technology by its name, a theme by its name ("Net zero", not
/// Table 6.1's "Net-zero manufacturing"); for a published round, the names it was published with (ADR-007).
/// Only the study's own tables keep the study's wording: their CSV exports, which reproduce Tables 6.1 and 6.2
/// exactly, and the report's copies of those tables.
/// </summary>
internal sealed class ExportNames
{
    private readonly Dictionary<string, string> _countries;
    private readonly Dictionary<string, (string Name, string Theme)> _technologies;

    private ExportNames(Dictionary<string, string> countries, Dictionary<string, (string, string)> technologies) =>
        (_countries, _technologies) = (countries, technologies);

    public static async Task<ExportNames> LoadAsync(PortalDbContext db, int roundId, CancellationToken cancellationToken)
    {
        var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        var technologies = (await db.Technologies.AsNoTracking().Select(t => new { t.Slug, t.Name, Theme = t.TechGroup!.Theme!.Name }).ToListAsync(cancellationToken))
            .ToDictionary(t => t.Slug, t => (t.Name, t.Theme));
        // A published round names its own scope as it was published; anything outside it (a partner added from
        // beyond the round's countries) by today's name, having no other.
        foreach (var country in await PublishedRounds.PartAsync<IReadOnlyList<AnalysedCountry>>(db, roundId, nameof(PublishedRound.Countries), cancellationToken) ?? [])
        {
            countries[country.Code] = country.Name;
        }
        foreach (var technology in await PublishedRounds.PartAsync<IReadOnlyList<AnalysedTechnology>>(db, roundId, nameof(PublishedRound.Technologies), cancellationToken) ?? [])
        {
            technologies[technology.Slug] = (technology.Name, technology.Theme);
        }
        return new ExportNames(countries, technologies);
    }

    public string Country(string code) => _countries.GetValueOrDefault(code, code);

    /// <summary>A grouping narrowed to named members, as the study's "the EU (France, Germany)": the grouping's name with them.</summary>
    public string Country(string code, string? qualifier) => string.IsNullOrEmpty(qualifier) ? Country(code) : $"{Country(code)} ({qualifier})";

    public string Technology(string slug) => _technologies.TryGetValue(slug, out var technology) ? technology.Name : slug;

    public string Theme(string technologySlug) => _technologies.TryGetValue(technologySlug, out var technology) ? technology.Theme : "";
}
