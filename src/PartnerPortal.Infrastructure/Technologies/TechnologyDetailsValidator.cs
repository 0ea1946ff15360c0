using FluentValidation;

namespace PartnerPortal.Infrastructure.Technologies;

public sealed class TechnologyDetailsValidator : AbstractValidator<TechnologyDetails>
{
    public TechnologyDetailsValidator()
    {
        RuleFor(t => t.Slug).NotEmpty().WithMessage("Give the technology a short name for addresses, e.g. solid-state-batteries.")
            .MaximumLength(80).Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessage("Use lower-case letters, digits and single hyphens.");
        RuleFor(t => t.Name).NotEmpty().WithMessage("Give the technology's name.").MaximumLength(200);
        RuleFor(t => t.ShortName).NotEmpty().WithMessage("Give a short name for narrow tables.").MaximumLength(60);
        RuleFor(t => t.GroupLetter).NotEmpty().WithMessage("Choose the technology group.");
        RuleFor(t => t.Domains).NotEmpty().WithMessage("Describe at least one Table 4.1 domain.")
            .Must(d => d.All(text => text.Length <= 500)).WithMessage("Each domain description is limited to 500 characters.");
        RuleFor(t => t.Rationale).NotEqual(Domain.Technologies.SelectionRationale.None).WithMessage("Say why the technology was selected (at least one reason).");
    }
}
