using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Framework;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Framework;

/// <summary>
/// Edits a criterion's text. A save carries the version the editor read; if anyone saved in between, the
/// save is refused and the conflict names their value, who saved it and when, so nothing is overwritten unseen.
/// </summary>
public sealed class CriterionEditor(IDbContextFactory<PortalDbContext> contextFactory)
{
    public async Task<CriterionText?> ReadAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var criterion = await db.Criteria.AsNoTracking().Include(c => c.GuidingQuestions).Include(c => c.ScaleLevels).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        return criterion is null ? null : new CriterionText(criterion.Code, criterion.Name, criterion.Definition,
            [.. criterion.GuidingQuestions.OrderBy(q => q.Position).Select(q => q.Text)],
            [.. criterion.ScaleLevels.OrderBy(l => l.Level).Select(l => l.Description)],
            criterion.Version);
    }

    /// <returns>null when saved; the conflict when someone else saved first.</returns>
    public async Task<SaveConflict<CriterionText>?> SaveAsync(CriterionText edit, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var criterion = await db.Criteria.Include(c => c.GuidingQuestions).Include(c => c.ScaleLevels).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Code == edit.Code, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no criterion '{edit.Code}'.");
        db.Entry(criterion).Property(c => c.Version).OriginalValue = edit.Version;
        criterion.Name = edit.Name;
        criterion.Definition = edit.Definition;
        // The criterion row is always written, so its version guards the questions and scale too.
        db.Entry(criterion).Property(c => c.Name).IsModified = true;
        // Questions keep their ids by position: scores refer to the questions their evidence addressed.
        var questions = criterion.GuidingQuestions.OrderBy(q => q.Position).ToList();
        for (var i = 0; i < edit.Questions.Count; i++)
        {
            if (i < questions.Count)
            {
                questions[i].Text = edit.Questions[i];
            }
            else
            {
                criterion.GuidingQuestions.Add(new GuidingQuestion { Position = i + 1, Text = edit.Questions[i] });
            }
        }
        db.RemoveRange(questions.Skip(edit.Questions.Count));
        for (var level = ScaleLevel.Lowest; level <= ScaleLevel.Highest && level <= edit.Scale.Count; level++)
        {
            var existing = criterion.ScaleLevels.SingleOrDefault(l => l.Level == level);
            if (existing is null)
            {
                criterion.ScaleLevels.Add(new ScaleLevel { Level = level, Description = edit.Scale[level - 1] });
            }
            else
            {
                existing.Description = edit.Scale[level - 1];
            }
        }
        return await SaveConflicts.SaveOrConflictAsync(db, async () => await ReadAsync(edit.Code, cancellationToken), nameof(Criterion), [criterion.Id.ToString()], cancellationToken);
    }
}
