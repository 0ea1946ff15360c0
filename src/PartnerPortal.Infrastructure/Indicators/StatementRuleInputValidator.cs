using FluentValidation;
using PartnerPortal.Domain.Indicators;

namespace PartnerPortal.Infrastructure.Indicators;

public sealed class StatementRuleInputValidator : AbstractValidator<StatementRuleInput>
{
    public StatementRuleInputValidator()
    {
        RuleFor(r => r.Statement).NotEmpty().WithMessage("Write the statement the rule makes, e.g. Leading manufacturing country by share of world manufacturing value added.")
            .MaximumLength(300);
        RuleFor(r => r.IndicatorCode).NotEmpty().WithMessage("Choose the indicator the rule reads.");
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Threshold).NotNull().WithMessage("Give N (top N) or the threshold value.");
        RuleFor(r => r.Threshold).Must(n => n is >= 1 and <= 500 && n == Math.Floor(n.Value))
            .When(r => r.Kind == StatementRuleKind.Top && r.Threshold is not null).WithMessage("Top N takes a whole number from 1 to 500.");
        RuleFor(r => r.Threshold).Must(n => double.IsFinite(n!.Value)).When(r => r.Threshold is not null).WithMessage("The threshold must be a number.");
        RuleFor(r => r.MinimumCountries).NotNull().WithMessage("Give how many countries must have reported for a year to count.")
            .InclusiveBetween(1, 300).WithMessage("Between 1 and 300 countries must have reported for a year to count.");
    }
}
