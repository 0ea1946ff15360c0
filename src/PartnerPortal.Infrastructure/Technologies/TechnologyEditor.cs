using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Technologies;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Technologies;

/// <summary>Admins add technologies and edit them; a save from an older version is refused, never applied.</summary>
public sealed class TechnologyEditor(IDbContextFactory<PortalDbContext> contextFactory, IValidator<TechnologyDetails> validator)
{
    public async Task<IReadOnlyList<TechGroup>> GroupsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.TechGroups.AsNoTracking().Include(g => g.Theme).OrderBy(g => g.Letter).ToListAsync(cancellationToken);
    }

    public async Task<TechnologyDetails?> ReadAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var technology = await db.Technologies.AsNoTracking().Include(t => t.Domains).Include(t => t.TechGroup).SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        return technology is null ? null : new TechnologyDetails(technology.Slug, technology.Name, technology.ShortName, technology.TechGroup!.Letter,
            [.. technology.Domains.OrderBy(d => d.Position).Select(d => d.LongName)], technology.Rationale, technology.Version);
    }

    public async Task CreateAsync(TechnologyDetails details, CancellationToken cancellationToken = default)
    {
        validator.ValidateAndThrow(details);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Technologies.AnyAsync(t => t.Slug == details.Slug, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(TechnologyDetails.Slug), $"There is already a technology '{details.Slug}'.")]);
        }
        var position = await db.Technologies.Where(t => t.Position < Demo.DemoRoundGenerator.GeneratedTechnologyPositions).MaxAsync(t => (int?)t.Position, cancellationToken) ?? 0;
        var technology = new Technology { Slug = details.Slug, Name = "", ShortName = "", Position = position + 1 };
        await ApplyAsync(db, technology, details, cancellationToken);
        db.Technologies.Add(technology);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <returns>null when saved; the facts someone else saved first otherwise.</returns>
    public async Task<SaveConflict<TechnologyDetails>?> SaveAsync(TechnologyDetails details, CancellationToken cancellationToken = default)
    {
        validator.ValidateAndThrow(details);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var technology = await db.Technologies.Include(t => t.Domains).SingleOrDefaultAsync(t => t.Slug == details.Slug, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no technology '{details.Slug}'.");
        db.Entry(technology).Property(t => t.Version).OriginalValue = details.Version;
        await ApplyAsync(db, technology, details, cancellationToken);
        // The technology row is always written, so its version guards the domains too.
        db.Entry(technology).Property(t => t.Name).IsModified = true;
        return await SaveConflicts.SaveOrConflictAsync(db, async () => await ReadAsync(details.Slug, cancellationToken), nameof(Technology), [technology.Id.ToString()], cancellationToken);
    }

    private static async Task ApplyAsync(PortalDbContext db, Technology technology, TechnologyDetails details, CancellationToken cancellationToken)
    {
        technology.TechGroupId = await db.TechGroups.Where(g => g.Letter == details.GroupLetter).Select(g => (int?)g.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ValidationException([new ValidationFailure(nameof(TechnologyDetails.GroupLetter), $"There is no group '{details.GroupLetter}'.")]);
        technology.Name = details.Name.Trim();
        technology.ShortName = details.ShortName.Trim();
        var domains = technology.Domains.OrderBy(d => d.Position).ToList();
        for (var i = 0; i < details.Domains.Count; i++)
        {
            if (i < domains.Count)
            {
                (domains[i].LongName, domains[i].Rationale) = (details.Domains[i], details.Rationale);
            }
            else
            {
                technology.Domains.Add(new TechnologyDomain { Position = i + 1, LongName = details.Domains[i], Rationale = details.Rationale });
            }
        }
        db.RemoveRange(domains.Skip(details.Domains.Count));
    }
}
