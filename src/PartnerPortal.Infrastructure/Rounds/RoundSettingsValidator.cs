using FluentValidation;
using PartnerPortal.Domain.Longlisting;

namespace PartnerPortal.Infrastructure.Rounds;

public sealed class RoundSettingsValidator : AbstractValidator<RoundSettings>
{
    public RoundSettingsValidator()
    {
        RuleFor(s => s.LonglistRequiredCount).InclusiveBetween(0, LonglistRule.RequirementCount)
            .WithMessage($"A pair must meet between 0 and {LonglistRule.RequirementCount} of the requirements.");
        RuleFor(s => s.LonglistMinimumIndex).InclusiveBetween(0, 100).When(s => s.LonglistMinimumIndex is not null)
            .WithMessage("The minimum index is on the 0–100 scale.");
        RuleFor(s => s.RankingMethod).IsInEnum();
        RuleFor(s => s.MaxTechnologies).InclusiveBetween(1, 1000).WithMessage("Allow between 1 and 1,000 technologies.");
        RuleFor(s => s.MaxPartnersPerTechnology).InclusiveBetween(1, 1000).WithMessage("Allow between 1 and 1,000 partners per technology.");
        RuleFor(s => s.MaxOpportunitiesPerCountry).InclusiveBetween(1, 1000).WithMessage("Allow between 1 and 1,000 opportunities per country.");
        RuleFor(s => s.MinimumRegions).InclusiveBetween(0, 20).WithMessage("Ask for between 0 and 20 world regions.");
        RuleFor(s => s.DisagreementStandardDeviation).GreaterThan(0).LessThanOrEqualTo(4)
            .WithMessage("The standard-deviation threshold is above 0 and at most 4 (the widest spread on a 1–5 scale).");
        RuleFor(s => s.DisagreementRange).InclusiveBetween(1, 4).WithMessage("The range threshold is 1 to 4 points.");
        RuleFor(s => s.SensitivityDraws).InclusiveBetween(1, 100_000).WithMessage("Use between 1 and 100,000 draws.");
        RuleFor(s => s.SensitivityPerturbation).GreaterThanOrEqualTo(0).LessThan(1)
            .WithMessage("The perturbation is a fraction from 0 to below 1 (0.2 means ±20 %).");
    }
}
