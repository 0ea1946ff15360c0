using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Domain.Tests.ResearchSecurity;

public class TechnologySensitivityTests
{
    [Fact]
    public void A_technology_touching_no_critical_area_and_not_dual_use_is_low()
    {
        Assert.Equal(SensitivityLevel.Low, new TechnologySensitivity().Level);
    }

    [Theory]
    [InlineData(CriticalTechnologyArea.Energy)]
    [InlineData(CriticalTechnologyArea.AdvancedMaterials)]
    [InlineData(CriticalTechnologyArea.RoboticsAndAutonomousSystems)]
    public void A_critical_area_outside_the_four_most_sensitive_makes_it_medium(CriticalTechnologyArea area)
    {
        Assert.Equal(SensitivityLevel.Medium, new TechnologySensitivity { Areas = [area] }.Level);
    }

    [Theory]
    [InlineData(CriticalTechnologyArea.AdvancedSemiconductors)]
    [InlineData(CriticalTechnologyArea.ArtificialIntelligence)]
    [InlineData(CriticalTechnologyArea.Quantum)]
    [InlineData(CriticalTechnologyArea.Biotechnologies)]
    public void One_of_the_four_areas_the_recommendation_ranks_most_sensitive_makes_it_high(CriticalTechnologyArea area)
    {
        Assert.Equal(SensitivityLevel.High, new TechnologySensitivity { Areas = [CriticalTechnologyArea.Energy, area] }.Level);
    }

    [Fact]
    public void Dual_use_relevance_makes_it_high_whatever_its_areas()
    {
        Assert.Equal(SensitivityLevel.High, new TechnologySensitivity { DualUse = true }.Level);
    }

    [Fact]
    public void Every_area_has_a_name_and_there_are_ten()
    {
        Assert.Equal(10, CriticalTechnologyAreas.All.Count);
        Assert.All(CriticalTechnologyAreas.All, a => Assert.False(string.IsNullOrWhiteSpace(CriticalTechnologyAreas.Name(a))));
        Assert.Equal(10, CriticalTechnologyAreas.All.Select(CriticalTechnologyAreas.Name).Distinct().Count());
    }
}
