using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>
/// Kinds of record as the people who use the portal name them ("Score", "Weights", "User role"), and which
/// audit entries are of each: by the table a change was made to, or, for actions that are one thing people
/// did across several tables (a new set of weights), by the action.
/// </summary>
public static class AuditKinds
{
    public const string Score = "Score";
    public const string Weights = "Weights";
    public const string LonglistEvidence = "Longlist evidence";
    public const string Shortlist = "Shortlist";
    public const string ShortlistDecision = "Shortlist decision";
    public const string Opportunity = "Opportunity";
    public const string Round = "Round";
    public const string Criterion = "Criterion";
    public const string Country = "Country";
    public const string Technology = "Technology";
    public const string TechnologyGroup = "Technology group";
    public const string Theme = "Theme";
    public const string Indicator = "Indicator";
    public const string IndicatorImport = "Indicator import";
    public const string StatementRule = "Statement rule";
    public const string Principle = "Principle";
    public const string Instrument = "Instrument";
    public const string Motivation = "Motivation";
    public const string User = "User";
    public const string UserRole = "User role";
    public const string SignIn = "Sign-in";
    public const string StudyData = "Study data";

    /// <summary>Every kind, in the order a filter offers them: the round's work first, then the framework, then accounts.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Score, Weights, LonglistEvidence, Shortlist, ShortlistDecision, Opportunity, Round,
        Criterion, Country, Technology, TechnologyGroup, Theme, Indicator, IndicatorImport, StatementRule, Principle, Instrument, Motivation,
        User, UserRole, SignIn, StudyData,
    ];

    /// <summary>Actions that are a kind of their own, whatever table they are recorded against.</summary>
    private static readonly Dictionary<string, string> ByAction = new()
    {
        ["weights.set"] = Weights,
        ["weights.ahp"] = Weights,
        ["user.roles-changed"] = UserRole,
        ["user.sign-in-failed"] = SignIn,
    };

    /// <summary>Tables (entity types) by kind: parts of a record (a criterion's guiding questions) count as the record.</summary>
    private static readonly Dictionary<string, string> ByEntityType = new()
    {
        ["Score"] = Score,
        ["RoundCriterionWeight"] = Weights,
        ["AhpMatrix"] = Weights,
        ["LonglistEvidence"] = LonglistEvidence,
        ["ShortlistEntry"] = Shortlist,
        ["ShortlistRationale"] = Shortlist,
        ["ShortlistPartner"] = ShortlistDecision,
        ["PrincipleAssessment"] = Opportunity,
        ["Round"] = Round,
        ["RoundAnalyst"] = Round,
        ["RoundCountry"] = Round,
        ["RoundTechnology"] = Round,
        ["RoundVisit"] = Round,
        ["Criterion"] = Criterion,
        ["GuidingQuestion"] = Criterion,
        ["CriterionIndicatorLink"] = Criterion,
        ["ScaleLevel"] = Criterion,
        ["Country"] = Country,
        ["CountrySelectionCriterion"] = Country,
        ["GroupingMember"] = Country,
        ["CountryCooperationConditions"] = Country,
        ["Technology"] = Technology,
        ["TechnologyDomain"] = Technology,
        ["TechnologySensitivity"] = Technology,
        ["TechGroup"] = TechnologyGroup,
        ["Theme"] = Theme,
        ["Indicator"] = Indicator,
        ["IndicatorValue"] = Indicator,
        ["IndicatorImport"] = IndicatorImport,
        ["StatementRule"] = StatementRule,
        ["WinWinPrinciple"] = Principle,
        ["Instrument"] = Instrument,
        ["Motivation"] = Motivation,
        ["MotivationItem"] = Motivation,
        ["PortalUser"] = User,
        ["IdentityRole"] = UserRole,
        ["StudySeed"] = StudyData,
    };

    /// <summary>The kind of an entry; a table this list does not know yet is named by its own name, in words.</summary>
    public static string Of(string entityType, string action) =>
        ByAction.GetValueOrDefault(action) ?? ByEntityType.GetValueOrDefault(entityType) ?? AuditWords.Humanize(entityType);

    /// <summary>The entries of one kind (a name from <see cref="All"/>; any other name matches nothing), for the database to filter.</summary>
    public static IQueryable<AuditEntry> Matching(IQueryable<AuditEntry> entries, string kind)
    {
        var actions = ByAction.Where(a => a.Value == kind).Select(a => a.Key).ToList();
        var types = ByEntityType.Where(t => t.Value == kind).Select(t => t.Key).ToList();
        var otherActions = ByAction.Where(a => a.Value != kind).Select(a => a.Key).ToList();
        return entries.Where(a => actions.Contains(a.Action) || (types.Contains(a.EntityType) && !otherActions.Contains(a.Action)));
    }
}
