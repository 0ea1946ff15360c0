namespace PartnerPortal.Web.Hosting;

public sealed class DemoAccountsRefusedException(string message) : Exception(message);
