using FluentValidation;

namespace PartnerPortal.Infrastructure.Countries;

public sealed class CountryDetailsValidator : AbstractValidator<CountryDetails>
{
    public CountryDetailsValidator()
    {
        RuleFor(c => c.Code).NotEmpty().WithMessage("Give the country a code (ISO 3166 alpha-3 where one exists).")
            .Matches("^[A-Z][A-Z0-9_]{1,19}$").WithMessage("Codes are 2 to 20 capital letters, digits or underscores, e.g. FRA or SCANDINAVIA.");
        RuleFor(c => c.Iso2).Matches("^[A-Z]{2}$").When(c => !string.IsNullOrEmpty(c.Iso2)).WithMessage("An ISO alpha-2 code is two capital letters.");
        RuleFor(c => c.Iso3).Matches("^[A-Z]{3}$").When(c => !string.IsNullOrEmpty(c.Iso3)).WithMessage("An ISO alpha-3 code is three capital letters.");
        RuleFor(c => c.Name).NotEmpty().WithMessage("Give the name.").MaximumLength(200);
        RuleFor(c => c.StudyName).NotEmpty().WithMessage("Give the name as used mid-sentence, e.g. \"the US\".").MaximumLength(200);
        RuleFor(c => c.Region).NotEmpty().WithMessage("Give the world region; the portfolio balance counts regions.").MaximumLength(100);
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Maturity).IsInEnum();
    }
}
