using FluentValidation;

namespace PartnerPortal.Infrastructure.Indicators;

public sealed class IndicatorDetailsValidator : AbstractValidator<IndicatorDetails>
{
    public IndicatorDetailsValidator()
    {
        RuleFor(i => i.Code).NotEmpty().WithMessage("Give the publisher's code (e.g. GB.XPD.RSDV.GD.ZS) or one of your own, e.g. PUB.AI.")
            .MaximumLength(100).Matches(@"^[A-Za-z0-9_.@:\-]+$").WithMessage("Use letters, digits, dots, hyphens and underscores only, no spaces.");
        RuleFor(i => i.Name).NotEmpty().WithMessage("Give the indicator's name.").MaximumLength(300);
        RuleFor(i => i.Unit).NotEmpty().WithMessage("Give the unit, e.g. % of GDP or current US$.").MaximumLength(100);
        RuleFor(i => i.Source).NotEmpty().WithMessage("Say where the values come from, e.g. World Bank WDI.").MaximumLength(300);
        RuleFor(i => i.Description).MaximumLength(2000);
    }
}
