using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Technologies;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Technologies;

/// <summary>
/// Admins rename themes (with the headings Tables 6.1 and 6.2 use), rename groups, move a group to another
/// theme and add groups. Each save carries the version it was read at; a stale one is refused.
/// </summary>
public sealed class TechGroupEditor(IDbContextFactory<PortalDbContext> contextFactory)
{
    public async Task<(IReadOnlyList<Theme> Themes, IReadOnlyList<TechGroup> Groups)> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await db.Themes.AsNoTracking().OrderBy(t => t.Position).ToListAsync(cancellationToken),
                await db.TechGroups.AsNoTracking().Include(g => g.Theme).OrderBy(g => g.Letter).ToListAsync(cancellationToken));
    }

    /// <returns>false when someone saved the theme first (nothing is changed).</returns>
    public async Task<bool> SaveThemeAsync(string code, string name, string longlistHeading, string shortlistHeading, uint version, CancellationToken cancellationToken = default)
    {
        Require((name, "Name"), (longlistHeading, "LonglistHeading"), (shortlistHeading, "ShortlistHeading"));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var theme = await db.Themes.SingleOrDefaultAsync(t => t.Code == code, cancellationToken) ?? throw new KeyNotFoundException($"There is no theme '{code}'.");
        db.Entry(theme).Property(t => t.Version).OriginalValue = version;
        (theme.Name, theme.LonglistHeading, theme.ShortlistHeading) = (name.Trim(), longlistHeading.Trim(), shortlistHeading.Trim());
        return await TrySaveAsync(db, cancellationToken);
    }

    /// <returns>false when someone saved the group first (nothing is changed).</returns>
    public async Task<bool> SaveGroupAsync(string letter, string name, string themeCode, uint version, CancellationToken cancellationToken = default)
    {
        Require((name, "Name"));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var group = await db.TechGroups.SingleOrDefaultAsync(g => g.Letter == letter, cancellationToken) ?? throw new KeyNotFoundException($"There is no group '{letter}'.");
        db.Entry(group).Property(g => g.Version).OriginalValue = version;
        (group.Name, group.ThemeId) = (name.Trim(), await ThemeIdAsync(db, themeCode, cancellationToken));
        return await TrySaveAsync(db, cancellationToken);
    }

    public async Task AddGroupAsync(string letter, string name, string themeCode, CancellationToken cancellationToken = default)
    {
        Require((name, "Name"));
        letter = letter.Trim().ToUpperInvariant();
        if (letter.Length is < 1 or > 4 || !letter.All(char.IsAsciiLetterUpper))
        {
            throw new ValidationException([new ValidationFailure("Letter", "A group letter is one to four letters, e.g. S.")]);
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.TechGroups.AnyAsync(g => g.Letter == letter, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("Letter", $"There is already a group {letter}.")]);
        }
        db.TechGroups.Add(new TechGroup { Letter = letter, Name = name.Trim(), ThemeId = await ThemeIdAsync(db, themeCode, cancellationToken) });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Require(params (string Value, string Field)[] fields)
    {
        var missing = fields.Where(f => string.IsNullOrWhiteSpace(f.Value) || f.Value.Length > 200)
            .Select(f => new ValidationFailure(f.Field, "Give a name of up to 200 characters.")).ToList();
        if (missing.Count > 0)
        {
            throw new ValidationException(missing);
        }
    }

    private static async Task<int> ThemeIdAsync(PortalDbContext db, string code, CancellationToken cancellationToken) =>
        await db.Themes.Where(t => t.Code == code).Select(t => (int?)t.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ValidationException([new ValidationFailure("Theme", $"There is no theme '{code}'.")]);

    private static async Task<bool> TrySaveAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
