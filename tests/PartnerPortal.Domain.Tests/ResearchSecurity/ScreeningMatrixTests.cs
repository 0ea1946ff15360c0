using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Domain.Tests.ResearchSecurity;

public class ScreeningMatrixTests
{
    [Theory]
    [InlineData(SensitivityLevel.Low, CountryRiskLevel.Low, ScreeningLevel.Low)]
    [InlineData(SensitivityLevel.Low, CountryRiskLevel.High, ScreeningLevel.Medium)]
    [InlineData(SensitivityLevel.Medium, CountryRiskLevel.Unknown, ScreeningLevel.Medium)]
    [InlineData(SensitivityLevel.Medium, CountryRiskLevel.High, ScreeningLevel.High)]
    [InlineData(SensitivityLevel.High, CountryRiskLevel.Low, ScreeningLevel.Medium)]
    [InlineData(SensitivityLevel.High, CountryRiskLevel.Unknown, ScreeningLevel.High)]
    [InlineData(SensitivityLevel.High, CountryRiskLevel.Medium, ScreeningLevel.High)]
    public void The_default_rule_is_open_for_low_risk_and_modulated_where_sensitivity_meets_risk(SensitivityLevel sensitivity, CountryRiskLevel risk, ScreeningLevel expected)
    {
        Assert.Equal(expected, ScreeningMatrix.Default.LevelFor(sensitivity, risk));
    }

    [Fact]
    public void An_unassessed_country_never_screens_lower_than_a_low_risk_one()
    {
        foreach (var sensitivity in Enum.GetValues<SensitivityLevel>())
        {
            Assert.True(ScreeningMatrix.Default.LevelFor(sensitivity, CountryRiskLevel.Unknown) >= ScreeningMatrix.Default.LevelFor(sensitivity, CountryRiskLevel.Low));
        }
    }

    [Fact]
    public void A_changed_cell_round_trips_through_its_code_and_leaves_the_others_alone()
    {
        var changed = ScreeningMatrix.Default.With(SensitivityLevel.Low, CountryRiskLevel.High, ScreeningLevel.High);

        var parsed = ScreeningMatrix.Parse(changed.Code);

        Assert.Equal(changed, parsed);
        Assert.Equal(ScreeningLevel.High, parsed.LevelFor(SensitivityLevel.Low, CountryRiskLevel.High));
        Assert.Equal(11, changed.Code.Zip(ScreeningMatrix.Default.Code).Count(p => p.First == p.Second));
        Assert.NotEqual(ScreeningMatrix.Default, changed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("11112222333")]
    [InlineData("1111222233334")]
    [InlineData("111122223330")]
    [InlineData("11112222333x")]
    public void Anything_but_twelve_digits_from_1_to_3_is_refused(string code)
    {
        Assert.Throws<FormatException>(() => ScreeningMatrix.Parse(code));
    }
}
