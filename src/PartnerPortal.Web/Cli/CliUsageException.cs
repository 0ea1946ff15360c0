namespace PartnerPortal.Web.Cli;

/// <summary>The command line itself is wrong; the message says how, and usage is shown.</summary>
public sealed class CliUsageException(string message) : Exception(message);
