using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Rounds;

/// <summary>Opens a new round in Draft with its scope, and optionally the longlisting evidence of an earlier round for the same pairs.</summary>
public sealed class RoundCreator(IDbContextFactory<PortalDbContext> contextFactory, AuditTrail audit, IValidator<NewRound> validator)
{
    public async Task CreateAsync(NewRound input, CancellationToken cancellationToken = default)
    {
        validator.ValidateAndThrow(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var problems = new List<ValidationFailure>();
        if (await db.Rounds.AnyAsync(r => r.Slug == input.Slug, cancellationToken))
        {
            problems.Add(new ValidationFailure(nameof(NewRound.Slug), $"A round called '{input.Slug}' already exists."));
        }
        var home = await db.Countries.SingleOrDefaultAsync(c => c.Code == input.HomeCountryCode, cancellationToken);
        if (home is null)
        {
            problems.Add(new ValidationFailure(nameof(NewRound.HomeCountryCode), $"There is no country '{input.HomeCountryCode}'."));
        }
        var countries = await db.Countries.Where(c => input.CountryCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, cancellationToken);
        var technologies = await db.Technologies.Where(t => input.TechnologySlugs.Contains(t.Slug)).ToListAsync(cancellationToken);
        if (countries.Count != input.CountryCodes.Distinct().Count() || technologies.Count != input.TechnologySlugs.Distinct().Count())
        {
            problems.Add(new ValidationFailure(nameof(NewRound.CountryCodes), "A chosen country or technology no longer exists; reload the page."));
        }
        var source = input.CopyEvidenceFrom is null ? null : await db.Rounds.SingleOrDefaultAsync(r => r.Slug == input.CopyEvidenceFrom, cancellationToken);
        if (input.CopyEvidenceFrom is not null && source is null)
        {
            problems.Add(new ValidationFailure(nameof(NewRound.CopyEvidenceFrom), $"There is no round '{input.CopyEvidenceFrom}' to copy evidence from."));
        }
        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }

        db.AuditSuppressed = true;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var round = new Round
        {
            Slug = input.Slug, Name = input.Name.Trim(), Agency = input.Agency.Trim(), HomeCountryId = home!.Id, Status = RoundStatus.Draft,
            Description = input.Description.Trim(),
            Countries = [.. input.CountryCodes.Distinct().Select((code, i) => new RoundCountry { CountryId = countries[code].Id, Position = i + 1 })],
            Technologies = [.. technologies.Select(t => new RoundTechnology { TechnologyId = t.Id })],
        };
        db.Rounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        var copied = 0;
        if (source is not null)
        {
            var countryIds = round.Countries.Select(c => c.CountryId).ToList();
            var technologyIds = technologies.Select(t => t.Id).ToList();
            var evidence = await db.LonglistEvidence.AsNoTracking()
                .Where(e => e.RoundId == source.Id && countryIds.Contains(e.CountryId) && technologyIds.Contains(e.TechnologyId))
                .ToListAsync(cancellationToken);
            foreach (var e in evidence)
            {
                (e.Id, e.RoundId, e.Version, e.Source) = (0, round.Id, 0, $"Copied from {source.Name}: {e.Source}");
            }
            db.LonglistEvidence.AddRange(evidence);
            copied = evidence.Count;
        }
        audit.Record(db, "round.created", nameof(Round), round.Slug, null,
            new { round.Name, round.Agency, home = input.HomeCountryCode, countries = input.CountryCodes, technologies = input.TechnologySlugs, evidenceCopiedFrom = input.CopyEvidenceFrom, copied });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
