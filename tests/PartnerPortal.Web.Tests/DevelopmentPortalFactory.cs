namespace PartnerPortal.Web.Tests;

/// <summary>
/// The portal as the run command starts it: the Development environment, with its container and scope
/// validation, its error handling and its logging, over a throwaway database.
/// </summary>
public class DevelopmentPortalFactory : PortalFactory
{
    protected override string EnvironmentName => "Development";
}
