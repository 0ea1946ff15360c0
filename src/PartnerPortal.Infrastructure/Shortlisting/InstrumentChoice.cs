namespace PartnerPortal.Infrastructure.Shortlisting;

public sealed record InstrumentChoice(int Id, string Name, string Description, bool Selected);
