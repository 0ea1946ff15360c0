using FluentValidation;

namespace PartnerPortal.Infrastructure.ResearchSecurity;

public sealed class TechnologySensitivityDetailsValidator : AbstractValidator<TechnologySensitivityDetails>
{
    public const int MaximumNoteLength = 2000;
    public const int MaximumSourceLength = 500;

    public TechnologySensitivityDetailsValidator()
    {
        RuleFor(s => s.Areas).Must(areas => areas.All(Enum.IsDefined)).WithMessage("Only the ten critical technology areas can be ticked.")
            .Must(areas => areas.Distinct().Count() == areas.Count).WithMessage("Each area is ticked once.");
        RuleFor(s => s.Note).MaximumLength(MaximumNoteLength).WithMessage($"The note is limited to {MaximumNoteLength} characters.");
        RuleFor(s => s.Source).MaximumLength(MaximumSourceLength).WithMessage($"The source is limited to {MaximumSourceLength} characters.");
        // The screening of every round follows from the tagging, so a claim that a technology is sensitive says where it comes from.
        RuleFor(s => s.Source).Must(source => !string.IsNullOrWhiteSpace(source)).When(s => s.IsTagged)
            .WithMessage("Say where the tagging comes from (e.g. the Commission Recommendation C(2023) 6689, an export-control list entry).");
    }
}
