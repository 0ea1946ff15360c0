namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>
/// What the audit log's ids stand for, read from the database for one page of entries: the names of people,
/// countries, technologies, criteria, rounds… and, for rows whose key says nothing (a score's number), the
/// fields that name them (its round, country, technology, criterion and analyst) as they are now.
/// </summary>
public sealed class AuditNames
{
    public IReadOnlyDictionary<string, AuditPerson> People { get; init; } = new Dictionary<string, AuditPerson>();
    public IReadOnlyDictionary<int, string> Countries { get; init; } = new Dictionary<int, string>();
    public IReadOnlyDictionary<string, string> CountriesByCode { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<int, string> Technologies { get; init; } = new Dictionary<int, string>();
    public IReadOnlyDictionary<string, string> TechnologiesBySlug { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<int, string> Criteria { get; init; } = new Dictionary<int, string>();
    public IReadOnlyDictionary<string, string> CriteriaByCode { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<int, string> Rounds { get; init; } = new Dictionary<int, string>();
    public IReadOnlyDictionary<string, string> RoundsBySlug { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<int, string> Indicators { get; init; } = new Dictionary<int, string>();
    public IReadOnlyDictionary<int, string> TechGroups { get; init; } = new Dictionary<int, string>();
    public IReadOnlyDictionary<int, string> Themes { get; init; } = new Dictionary<int, string>();
    public IReadOnlyDictionary<int, string> Principles { get; init; } = new Dictionary<int, string>();
    public IReadOnlyDictionary<int, string> Instruments { get; init; } = new Dictionary<int, string>();
    public IReadOnlyDictionary<int, string> Motivations { get; init; } = new Dictionary<int, string>();
    public IReadOnlyDictionary<int, string> StatementRules { get; init; } = new Dictionary<int, string>();

    /// <summary>Guiding questions by id: their criterion's name and their number within it.</summary>
    public IReadOnlyDictionary<int, (int CriterionId, int Number)> Questions { get; init; } = new Dictionary<int, (int, int)>();

    /// <summary>Fields of rows as stored now, by table and key ("Score", "1234"): what names a row whose entry does not carry them.</summary>
    public IReadOnlyDictionary<(string EntityType, string Key), IReadOnlyDictionary<string, string>> Rows { get; init; } =
        new Dictionary<(string, string), IReadOnlyDictionary<string, string>>();

    /// <summary>The person behind an account id or an email, if the portal has them.</summary>
    public AuditPerson? Person(string idOrEmail) =>
        People.TryGetValue(idOrEmail, out var person) ? person
        : People.Values.FirstOrDefault(p => string.Equals(p.Email, idOrEmail, StringComparison.OrdinalIgnoreCase));
}
