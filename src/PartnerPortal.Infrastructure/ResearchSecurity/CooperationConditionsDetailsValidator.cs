using FluentValidation;
using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Infrastructure.ResearchSecurity;

public sealed class CooperationConditionsDetailsValidator : AbstractValidator<CooperationConditionsDetails>
{
    public const int MaximumTextLength = 2000;

    public CooperationConditionsDetailsValidator(TimeProvider clock)
    {
        RuleFor(c => c.HomeCountryCode).NotEmpty().WithMessage("Choose the home country the conditions are seen from.");
        RuleFor(c => c.CountryCode).NotEmpty().NotEqual(c => c.HomeCountryCode).WithMessage("A country has no cooperation conditions with itself.");
        RuleFor(c => c.AgreementInForceSince)
            .Must(date => date is null || date <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("An agreement in force has a date that has passed; leave the date empty when there is no agreement yet.");
        RuleFor(c => c.RiskLevel).IsInEnum().WithMessage("Choose Unknown, Low, Medium or High.");
        RuleFor(c => c.ReciprocityConcerns).MaximumLength(MaximumTextLength).WithMessage($"Limited to {MaximumTextLength} characters.");
        RuleFor(c => c.ValuesNote).MaximumLength(MaximumTextLength).WithMessage($"Limited to {MaximumTextLength} characters.");
        RuleFor(c => c.RiskRationale).MaximumLength(MaximumTextLength).WithMessage($"Limited to {MaximumTextLength} characters.");
        RuleFor(c => c.Sources).MaximumLength(MaximumTextLength).WithMessage($"Limited to {MaximumTextLength} characters.");
        // An assessed risk moves every pair with this country up or down the screening: it says why and on what evidence.
        RuleFor(c => c.RiskRationale).Must(text => !string.IsNullOrWhiteSpace(text)).When(c => c.RiskLevel != CountryRiskLevel.Unknown)
            .WithMessage("Say why the risk is at this level; it is shown beside every pair screened with it.");
        RuleFor(c => c.Sources).Must(text => !string.IsNullOrWhiteSpace(text)).When(c => c.RiskLevel != CountryRiskLevel.Unknown)
            .WithMessage("Name the sources the assessment rests on.");
    }
}
