using PartnerPortal.Domain.Longlisting;

namespace PartnerPortal.Domain.Tests.Longlisting;

public class LonglistRuleTests
{
    private static LonglistEvidence Evidence(params RequirementStatus[] statuses) => new()
    {
        NationalPriority = statuses[0],
        ResearchPriority = statuses[1],
        InnovationInitiatives = statuses[2],
        InternationalProgrammes = statuses[3],
        HomeTrackRecord = statuses[4],
        Source = "test",
    };

    private const RequirementStatus Yes = RequirementStatus.Yes;
    private const RequirementStatus No = RequirementStatus.No;
    private const RequirementStatus Unknown = RequirementStatus.Unknown;

    [Fact]
    public void The_study_rule_longlists_a_pair_that_meets_all_five_requirements()
    {
        Assert.True(LonglistRule.Study.IsLonglisted(Evidence(Yes, Yes, Yes, Yes, Yes)));
    }

    [Theory]
    [InlineData(No, Yes, Yes, Yes, Yes)]
    [InlineData(Yes, Yes, Yes, Yes, Unknown)]
    [InlineData(Unknown, Unknown, Unknown, Unknown, Unknown)]
    public void The_study_rule_does_not_longlist_a_pair_missing_any_requirement(
        RequirementStatus a, RequirementStatus b, RequirementStatus c, RequirementStatus d, RequirementStatus e)
    {
        Assert.False(LonglistRule.Study.IsLonglisted(Evidence(a, b, c, d, e)));
    }

    [Fact]
    public void A_relaxed_rule_longlists_a_pair_meeting_k_of_five_and_treats_unknown_as_not_met()
    {
        var atLeastFour = new LonglistRule(RequiredCount: 4);

        Assert.True(atLeastFour.IsLonglisted(Evidence(Yes, Yes, Yes, Yes, Unknown)));
        Assert.False(atLeastFour.IsLonglisted(Evidence(Yes, Yes, Yes, Unknown, Unknown)));
    }

    [Fact]
    public void Met_requirements_name_exactly_the_requirements_answered_yes()
    {
        var met = LonglistRule.Study.MetRequirements(Evidence(Yes, No, Yes, Unknown, Yes));

        Assert.Equal([LonglistRequirement.NationalPriority, LonglistRequirement.InnovationInitiatives, LonglistRequirement.HomeTrackRecord], met);
    }

    [Fact]
    public void Every_requirement_has_a_description()
    {
        Assert.All(Enum.GetValues<LonglistRequirement>(), requirement => Assert.False(string.IsNullOrWhiteSpace(LonglistRequirementText.Describe(requirement))));
    }
}
