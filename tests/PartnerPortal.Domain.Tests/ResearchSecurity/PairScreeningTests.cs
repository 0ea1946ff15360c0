using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Domain.Tests.ResearchSecurity;

public class PairScreeningTests
{
    [Fact]
    public void A_manager_override_wins_over_the_rule_and_keeps_what_the_rule_gave()
    {
        var derived = PairScreening.Derive(ScreeningMatrix.Default, SensitivityLevel.High, CountryRiskLevel.High);

        var overridden = derived.OverriddenTo(ScreeningLevel.Medium, "Joint work limited to published open-source battery chemistry.");

        Assert.Equal(ScreeningLevel.High, derived.Level);
        Assert.Equal(ScreeningLevel.Medium, overridden.Level);
        Assert.Equal(ScreeningLevel.High, overridden.Derived);
        Assert.Contains("set by a manager: Joint work limited", overridden.Explanation);
        Assert.Contains("the rule gives High", overridden.Explanation);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_override_without_a_rationale_is_refused(string rationale)
    {
        var derived = PairScreening.Derive(ScreeningMatrix.Default, SensitivityLevel.Low, CountryRiskLevel.Low);

        Assert.Throws<ArgumentException>(() => derived.OverriddenTo(ScreeningLevel.High, rationale));
    }

    [Fact]
    public void An_unassessed_country_is_named_as_such_in_the_explanation()
    {
        var screening = PairScreening.Derive(ScreeningMatrix.Default, SensitivityLevel.Medium, CountryRiskLevel.Unknown);

        Assert.Equal("Medium (medium technology sensitivity, country risk not yet assessed)", screening.Explanation);
    }
}
