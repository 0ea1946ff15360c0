using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Domain.Tests.Shortlisting;

public class ShortlistTableRowTests
{
    [Fact]
    public void Partners_are_listed_as_the_study_writes_them_and_exported_one_pair_per_partner()
    {
        var row = new ShortlistTableRow("Net zero", "hydrogen-aerospace", "Hydrogen: aerospace", "", ["The EU (France, Germany)", "Switzerland"], []);

        Assert.Equal("The EU (France, Germany), Switzerland", row.PartnerList);
        Assert.Equal(
            [new ShortlistPairRow("Net zero", "Hydrogen: aerospace", "The EU (France, Germany)"), new ShortlistPairRow("Net zero", "Hydrogen: aerospace", "Switzerland")],
            row.Pairs());
    }

    [Theory]
    [InlineData(true, null, "The EU")]
    [InlineData(false, null, "the EU")]
    [InlineData(true, "France, Germany", "The EU (France, Germany)")]
    public void A_partner_is_named_with_sentence_case_and_its_qualifier(bool startOfSentence, string? qualifier, string expected)
    {
        var partner = new ShortlistPartner
        {
            Country = new Country { Code = "EU", Name = "European Union", StudyName = "the EU", Region = "Europe & Central Asia" },
            Qualifier = qualifier,
            DecisionRationale = "",
        };

        Assert.Equal(expected, partner.StudyName(startOfSentence));
    }
}
