namespace PartnerPortal.Web.Hosting;

/// <summary>Whether this instance runs with demo accounts (Development, embedded database, Portal:DemoAccounts).</summary>
public sealed class DemoMode
{
    public bool IsOn { get; set; }
}
