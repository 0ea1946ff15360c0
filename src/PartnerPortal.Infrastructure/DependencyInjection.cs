using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Countries;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Framework;
using PartnerPortal.Infrastructure.Longlisting;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Infrastructure.Technologies;
using PartnerPortal.Infrastructure.Ranking;

namespace PartnerPortal.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        ConnectionPoolGuard.Install();
        services.AddSingleton<PortalDatabase>();
        // The connection string is known only once PortalDatabase has started (the embedded cluster picks
        // its port then), so options are built per context rather than at registration.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAuditActor>(FixedAuditActor.System);
        services.AddSingleton<AuditingInterceptor>();
        services.AddSingleton<Changes.LocalCommitInterceptor>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<AuditLogReader>();
        // Pooled: a page opens several short contexts, and building each one's internal services was a tenth
        // of the scoring page's CPU under load. Identity's stores take theirs from the same pool, per request.
        services.AddPooledDbContextFactory<PortalDbContext>((provider, options) =>
        {
            ConfigureDbContext(options, provider.GetRequiredService<PortalDatabase>().ConnectionString);
            options.AddInterceptors(provider.GetRequiredService<AuditingInterceptor>(), provider.GetRequiredService<Changes.LocalCommitInterceptor>());
        });
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        services.AddIdentityCore<PortalUser>(AccountPolicy.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<MaximumLengthPasswordValidator>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<PasswordResetLinks>();
        services.AddSingleton<UserSessionStore>();
        services.AddScoped<Demo.DemoRoundGenerator>();
        // One key ring for every instance and the CLI: cookies survive restarts, and reset links the CLI
        // prints are valid in the portal. The store takes a PortalDbContext (from the pool) per read or write,
        // so nothing connects while the pipeline is built, before start-up has started the database.
        services.AddDataProtection().SetApplicationName("PartnerPortal").PersistKeysToDbContext<PortalDbContext>();
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        // Migrations and the indicator import connect as the tables' owner, everything else as the application's role.
        services.AddSingleton<OwnerDbContextFactory>();
        services.AddSingleton<ApplicationRoleGrants>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<StudySeeder>();
        // Singletons like the editors that take them: a validator holds nothing between calls.
        services.AddValidatorsFromAssemblyContaining<ScoreInputValidator>(ServiceLifetime.Singleton);
        services.AddSingleton<FrameworkCatalog>();
        services.AddSingleton<CriterionEditor>();
        services.AddSingleton<TechnologyCatalog>();
        services.AddSingleton<TechnologyEditor>();
        services.AddSingleton<TechGroupEditor>();
        services.AddSingleton<Indicators.ImportSlots>();
        services.AddSingleton<Indicators.IndicatorImporter>();
        services.AddSingleton<Indicators.IndicatorDataMemo>();
        services.AddSingleton<Indicators.CountryIndicators>();
        services.AddSingleton<Indicators.IndicatorCatalog>();
        services.AddSingleton<Indicators.CountryStatements>();
        services.AddSingleton<Indicators.CountryEvidence>();
        services.AddSingleton<Indicators.StatementRuleEditor>();
        services.AddSingleton<CountryDirectory>();
        services.AddSingleton<CountryEditor>();
        services.AddSingleton<RoundCatalog>();
        services.AddSingleton<LonglistReader>();
        services.AddSingleton<LonglistEvidenceEditor>();
        services.AddSingleton<ShortlistReader>();
        services.AddSingleton<RoundScoreLoader>();
        services.AddSingleton<Changes.ChangeFeed>();
        services.AddSingleton<Changes.PairPresence>();
        services.AddSingleton<Analysis.RoundAnalysisCache>();
        // Exports read from the read replica when one is configured (ConnectionStrings:PortalReadOnly).
        services.AddSingleton<ReportingDbContextFactory>();
        services.AddSingleton(provider =>
        {
            var reporting = provider.GetRequiredService<ReportingDbContextFactory>();
            // Who may see which rows is decided on the primary, where assignments and scores are current.
            return new RoundExporter(new RoundCatalog(reporting), new LonglistReader(reporting, new RoundScoreLoader(reporting)), new ShortlistReader(reporting),
                provider.GetRequiredService<Analysis.RoundAnalyzer>(), provider.GetRequiredService<RoundRanking>(), reporting);
        });
        services.AddSingleton<Analysis.RoundAnalyzer>();
        services.AddSingleton<RoundRanking>();
        services.AddSingleton<RankingExporter>();
        services.AddSingleton<RoundReportWriter>();
        services.AddSingleton<Comparisons.RoundComparer>();
        services.AddSingleton<ScoreRecorder>();
        services.AddSingleton<PairEvidenceReader>();
        services.AddSingleton<RoundWeightsEditor>();
        services.AddSingleton<RoundSettingsEditor>();
        services.AddSingleton<RoundLifecycle>();
        services.AddSingleton<PhaseChangeCheck>();
        services.AddSingleton<Publishing.RoundSnapshotWriter>();
        services.AddSingleton<RoundDeletion>();
        services.AddSingleton<RoundCreator>();
        services.AddSingleton<RoundScopeEditor>();
        services.AddSingleton<ShortlistDecisions>();
        services.AddSingleton<ResearchSecurity.ScreeningReviewEditor>();
        services.AddSingleton<ResearchSecurity.RoundScreeningSettingsEditor>();
        services.AddSingleton<ResearchSecurity.TechnologySensitivityEditor>();
        services.AddSingleton<ResearchSecurity.CooperationConditionsEditor>();
        services.AddSingleton<Contradictions.CriterionIndicatorLinksEditor>();
        services.AddSingleton<Contradictions.ScoreDataCheck>();
        services.AddSingleton<OpportunityEditor>();
        services.AddSingleton<Workspace.AnalystWorkspace>();
        services.AddSingleton<Dashboard.RoundDashboardReader>();
        return services;
    }

    public static void ConfigureDbContext(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString)
            // Migrations are written by hand (the EF design package cannot be restored here), so there is no
            // model snapshot to compare against; a test compares the migrated schema with the model instead.
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
}
