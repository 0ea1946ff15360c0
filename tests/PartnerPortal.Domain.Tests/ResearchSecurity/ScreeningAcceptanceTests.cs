using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Domain.Tests.ResearchSecurity;

public class ScreeningAcceptanceTests
{
    private static readonly PairScreening High = PairScreening.Derive(ScreeningMatrix.Default, SensitivityLevel.High, CountryRiskLevel.High);
    private static readonly PairScreening Medium = PairScreening.Derive(ScreeningMatrix.Default, SensitivityLevel.Medium, CountryRiskLevel.Medium);

    [Fact]
    public void A_high_pair_without_a_plan_is_refused_naming_the_pair_and_what_is_missing()
    {
        var refusal = ScreeningAcceptance.RefusalFor("China – Quantum computing", High, roundRequiresMitigation: true, plan: null);

        Assert.NotNull(refusal);
        Assert.StartsWith("China – Quantum computing is screened High", refusal);
        Assert.Contains("mitigation plan", refusal);
    }

    [Fact]
    public void A_plan_that_takes_no_measure_or_says_nothing_is_not_enough()
    {
        Assert.NotNull(ScreeningAcceptance.RefusalFor("p", High, true, new MitigationPlan("Will be careful.", MitigationMeasure.None)));
        Assert.NotNull(ScreeningAcceptance.RefusalFor("p", High, true, new MitigationPlan("  ", MitigationMeasure.ExportControlCheck)));
    }

    [Fact]
    public void A_complete_plan_lets_the_high_pair_be_accepted()
    {
        var plan = new MitigationPlan("Partner vetted; sensitive work packages kept at home.", MitigationMeasure.PartnerDueDiligence | MitigationMeasure.RestrictedWorkPackages);

        Assert.Null(ScreeningAcceptance.RefusalFor("p", High, true, plan));
    }

    [Fact]
    public void Pairs_below_high_and_rounds_that_require_no_plan_need_none()
    {
        Assert.Null(ScreeningAcceptance.RefusalFor("p", Medium, true, null));
        Assert.Null(ScreeningAcceptance.RefusalFor("p", High, false, null));
    }
}
