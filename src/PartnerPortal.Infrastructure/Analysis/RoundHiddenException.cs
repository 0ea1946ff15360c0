namespace PartnerPortal.Infrastructure.Analysis;

/// <summary>
/// The viewer may see nothing of this round: an analyst not assigned to it (or a service only portfolio managers
/// use), before the round is published. Pages answer 403 with <see cref="Exception.Message"/>.
/// </summary>
public sealed class RoundHiddenException(string slug, string message) : Exception(message)
{
    public string Slug { get; } = slug;

    public static RoundHiddenException NotAssigned(string slug) =>
        new(slug, $"Round '{slug}' is open to its own analysts, portfolio managers and admins until it is published; you are not assigned to it. Ask an admin to assign you if you should score it.");

    public static RoundHiddenException ManagersOnly(string slug) =>
        new(slug, $"This view of round '{slug}' is for portfolio managers and admins.");
}
