using FluentValidation;

namespace PartnerPortal.Infrastructure.Rounds;

public sealed class NewRoundValidator : AbstractValidator<NewRound>
{
    public NewRoundValidator()
    {
        RuleFor(r => r.Slug).NotEmpty().WithMessage("Give the round a short name for its address, e.g. mm-2026.")
            .MaximumLength(40).Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessage("Use lower-case letters, digits and single hyphens, e.g. mm-2026.");
        RuleFor(r => r.Name).NotEmpty().WithMessage("Give the round a name.").MaximumLength(300);
        RuleFor(r => r.Agency).NotEmpty().WithMessage("Name the agency the round is for.").MaximumLength(200);
        RuleFor(r => r.HomeCountryCode).NotEmpty().WithMessage("Choose the home country.");
        RuleFor(r => r.Description).MaximumLength(4000);
        RuleFor(r => r.CountryCodes).NotEmpty().WithMessage("Choose at least one partner country.");
        RuleFor(r => r.TechnologySlugs).NotEmpty().WithMessage("Choose at least one technology.");
        RuleFor(r => r).Must(r => !r.CountryCodes.Contains(r.HomeCountryCode)).WithName("CountryCodes")
            .WithMessage("The home country cannot also be a partner.");
    }
}
