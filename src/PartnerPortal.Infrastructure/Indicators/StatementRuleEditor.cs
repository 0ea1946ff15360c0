using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Indicators;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// Admins add, change and delete the rules that derive country statements. Each change carries the version
/// it was read at; a stale one is refused. Changes are audited with the rest of the database's.
/// </summary>
public sealed class StatementRuleEditor(IDbContextFactory<PortalDbContext> contextFactory, IValidator<StatementRuleInput> validator)
{
    public async Task<StatementRule?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.StatementRules.AsNoTracking().Include(r => r.Indicator).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    public async Task<int> AddAsync(StatementRuleInput input, CancellationToken cancellationToken = default)
    {
        validator.ValidateAndThrow(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rule = new StatementRule { Statement = "" };
        await ApplyAsync(db, rule, input, cancellationToken);
        db.StatementRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        return rule.Id;
    }

    /// <returns>who saved the rule first, and what they saved (nothing is changed), or null when saved.</returns>
    public async Task<SaveConflict<StatementRule>?> SaveAsync(int id, StatementRuleInput input, CancellationToken cancellationToken = default)
    {
        validator.ValidateAndThrow(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rule = await db.StatementRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new KeyNotFoundException($"There is no rule {id}.");
        db.Entry(rule).Property(r => r.Version).OriginalValue = input.Version;
        await ApplyAsync(db, rule, input, cancellationToken);
        return await TrySaveAsync(db, rule, cancellationToken);
    }

    /// <returns>who changed the rule since it was read, and how (it is kept), or null when deleted.</returns>
    public async Task<SaveConflict<StatementRule>?> DeleteAsync(int id, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rule = await db.StatementRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new KeyNotFoundException($"There is no rule {id}.");
        db.Entry(rule).Property(r => r.Version).OriginalValue = version;
        db.StatementRules.Remove(rule);
        return await TrySaveAsync(db, rule, cancellationToken);
    }

    private static async Task ApplyAsync(PortalDbContext db, StatementRule rule, StatementRuleInput input, CancellationToken cancellationToken)
    {
        rule.IndicatorId = await db.Indicators.Where(i => i.Code == input.IndicatorCode).Select(i => (int?)i.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ValidationException([new ValidationFailure(nameof(input.IndicatorCode), $"There is no indicator '{input.IndicatorCode}'.")]);
        (rule.Statement, rule.Kind, rule.Threshold, rule.MinimumCountries) = (input.Statement.Trim(), input.Kind, input.Threshold!.Value, input.MinimumCountries!.Value);
    }

    private Task<SaveConflict<StatementRule>?> TrySaveAsync(PortalDbContext db, StatementRule rule, CancellationToken cancellationToken) =>
        SaveConflicts.SaveOrConflictAsync(db, () => FindAsync(rule.Id, cancellationToken), nameof(StatementRule), [rule.Id.ToString()], cancellationToken);
}
