namespace PartnerPortal.Domain.Technologies;

/// <summary>
/// The unit analysts score against a partner country. Usually one Table 4.1 domain; the study folds
/// three data-science domains into the single technology "Data science and sensors", so a technology
/// owns one or more domains.
/// </summary>
public class Technology
{
    public int Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public required string Slug { get; set; }

    /// <summary>Table 4.1 order, which the study's own tables follow.</summary>
    public int Position { get; set; }
    public required string Name { get; set; }
    public required string ShortName { get; set; }
    public int TechGroupId { get; set; }
    public TechGroup? TechGroup { get; set; }
    public List<TechnologyDomain> Domains { get; set; } = [];

    public SelectionRationale Rationale =>
        Domains.Aggregate(SelectionRationale.None, (all, domain) => all | domain.Rationale);
}
