namespace PartnerPortal.LoadTest.Circuits;

/// <summary>The circuit went wrong (an error from the server, a failed event, a lost connection): the page is no use.</summary>
public sealed class CircuitFailedException(string message) : Exception(message);
