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
    public void A_minimum_index_longlists_only_pairs_that_reach_it_and_says_why()
    {
        var rule = new LonglistRule(RequiredCount: 4, MinimumIndex: 60);
        var evidence = Evidence(Yes, Yes, Yes, Yes, No);

        var high = rule.Explain(evidence, index: 72.5);
        var low = rule.Explain(evidence, index: 40);
        var unscored = rule.Explain(evidence, index: double.NaN);

        Assert.True(high.IsLonglisted);
        Assert.Equal("Meets 4 of 5 requirements (needs 4) and scores 72.5 (needs 60).", high.Reason);
        Assert.False(low.IsLonglisted);
        Assert.Equal("Scores 40; the round needs an index of 60.", low.Reason);
        Assert.Equal("Not yet scored on every criterion; the round needs an index of 60.", unscored.Reason);
    }

    [Fact]
    public void Too_few_requirements_are_explained_as_such()
    {
        var decision = LonglistRule.Study.Explain(Evidence(Yes, Yes, No, Unknown, Yes));

        Assert.False(decision.IsLonglisted);
        Assert.Equal("Meets 3 of 5 requirements; the round needs 5.", decision.Reason);
    }

    [Fact]
    public void Every_requirement_has_a_description()
    {
        Assert.All(Enum.GetValues<LonglistRequirement>(), requirement => Assert.False(string.IsNullOrWhiteSpace(LonglistRequirementText.Describe(requirement))));
    }
}
