namespace PartnerPortal.Web.Cli;

/// <summary>What a verb works with: the parsed command line, the portal's services and the three standard streams.</summary>
public sealed record CliContext(CliArguments Command, IServiceProvider Services, TextReader Input, TextWriter Output, TextWriter Error);
