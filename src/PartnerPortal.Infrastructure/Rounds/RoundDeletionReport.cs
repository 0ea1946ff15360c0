namespace PartnerPortal.Infrastructure.Rounds;

/// <summary>What deleting a round removed with it.</summary>
public sealed record RoundDeletionReport(string Slug, int Scores, int Countries, int Technologies, int Accounts)
{
    public override string ToString() =>
        $"deleted round '{Slug}' with {Scores:N0} scores; removed {Countries} generated countries, {Technologies} generated technologies and {Accounts} generated accounts";
}
