using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Domain.Tests.Technologies;

public class TechnologyTests
{
    [Fact]
    public void A_technology_made_of_several_domains_has_every_argument_any_of_its_domains_has()
    {
        var technology = new Technology
        {
            Slug = "data-science-and-sensors", Name = "Data science and sensors", ShortName = "Data science and sensors",
            Domains =
            [
                new TechnologyDomain { LongName = "Analytics", Rationale = SelectionRationale.EnhancesExistingIndustries },
                new TechnologyDomain { LongName = "Sensors", Rationale = SelectionRationale.SupportsCurrentStrength },
            ],
        };

        Assert.Equal(SelectionRationale.EnhancesExistingIndustries | SelectionRationale.SupportsCurrentStrength, technology.Rationale);
    }

    [Fact]
    public void Every_selection_argument_has_a_label()
    {
        var labelled = SelectionRationaleText.All.Aggregate(SelectionRationale.None, (all, entry) => all | entry.Flag);

        Assert.Equal(Enum.GetValues<SelectionRationale>().Aggregate(SelectionRationale.None, (all, flag) => all | flag), labelled);
    }
}
