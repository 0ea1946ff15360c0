namespace PartnerPortal.Infrastructure.Accounts;

/// <summary>A data-protection key ring element, kept in PostgreSQL so every instance and restart shares it.</summary>
public class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
