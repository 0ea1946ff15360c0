using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Domain.Tests.Shortlisting;

public class PortfolioBalanceTests
{
    [Fact]
    public void The_balance_counts_themes_technologies_regions_emerging_partners_and_opportunities_per_country()
    {
        BalanceItem[] shortlist =
        [
            new("Net zero", "Batteries", "India", "South Asia", true),
            new("Net zero", "Batteries", "Germany", "Europe", false),
            new("Digitalisation", "Robotics", "Germany", "Europe", false),
            new("Digitalisation", "AI", "Singapore", "East Asia", false),
        ];

        var balance = PortfolioBalance.Of(shortlist);

        Assert.Equal(4, balance.Opportunities);
        Assert.Equal(["Digitalisation", "Net zero"], balance.Themes);
        Assert.Equal(3, balance.Technologies);
        Assert.Equal([("Europe", 2), ("East Asia", 1), ("South Asia", 1)], balance.Regions);
        Assert.Equal((3, 1), (balance.EstablishedOpportunities, balance.EmergingOpportunities));
        Assert.Equal(("Germany", 2), balance.PerCountry[0]);
    }
}
