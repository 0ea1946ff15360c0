namespace PartnerPortal.Infrastructure.Demo;

/// <summary>A demo round cannot be generated as asked; the message says what to do instead.</summary>
public sealed class DemoRoundException(string message) : Exception(message);
