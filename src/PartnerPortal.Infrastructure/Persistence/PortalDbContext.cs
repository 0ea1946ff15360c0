using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Framework;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Infrastructure.Persistence;

public class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<Motivation> Motivations => Set<Motivation>();
    public DbSet<WinWinPrinciple> Principles => Set<WinWinPrinciple>();
    public DbSet<Instrument> Instruments => Set<Instrument>();
    public DbSet<Criterion> Criteria => Set<Criterion>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<TechGroup> TechGroups => Set<TechGroup>();
    public DbSet<Technology> Technologies => Set<Technology>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Round> Rounds => Set<Round>();
    public DbSet<LonglistEvidence> LonglistEvidence => Set<LonglistEvidence>();
    public DbSet<ShortlistEntry> ShortlistEntries => Set<ShortlistEntry>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<Score> Scores => Set<Score>();
    public DbSet<RoundCriterionWeight> RoundCriterionWeights => Set<RoundCriterionWeight>();
    public DbSet<AhpMatrix> AhpMatrices => Set<AhpMatrix>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<Domain.Indicators.Indicator> Indicators => Set<Domain.Indicators.Indicator>();
    public DbSet<Domain.Indicators.IndicatorValue> IndicatorValues => Set<Domain.Indicators.IndicatorValue>();
    public DbSet<Domain.Indicators.IndicatorImport> IndicatorImports => Set<Domain.Indicators.IndicatorImport>();
    public DbSet<Domain.Indicators.StatementRule> StatementRules => Set<Domain.Indicators.StatementRule>();
    public DbSet<Publishing.RoundSnapshot> RoundSnapshots => Set<Publishing.RoundSnapshot>();
    public DbSet<Domain.ResearchSecurity.TechnologySensitivity> TechnologySensitivities => Set<Domain.ResearchSecurity.TechnologySensitivity>();
    public DbSet<Domain.ResearchSecurity.CountryCooperationConditions> CooperationConditions => Set<Domain.ResearchSecurity.CountryCooperationConditions>();
    public DbSet<Domain.ResearchSecurity.ScreeningReview> ScreeningReviews => Set<Domain.ResearchSecurity.ScreeningReview>();
    public DbSet<Domain.Contradictions.CriterionIndicatorLink> CriterionIndicatorLinks => Set<Domain.Contradictions.CriterionIndicatorLink>();

    /// <summary>Set by bulk operations (seeding) that record one summary audit entry instead of one per row.</summary>
    public bool AuditSuppressed { get; set; }

    // Contexts are pooled: whatever a bulk operation set must not follow the context to its next user.
    public override void Dispose()
    {
        AuditSuppressed = false;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        AuditSuppressed = false;
        return base.DisposeAsync();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }
}
