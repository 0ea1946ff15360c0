using FluentValidation;

namespace PartnerPortal.Web.Features.Framework;

public sealed class CriterionForm
{
    public string Name { get; set; } = "";
    public string Definition { get; set; } = "";

    /// <summary>The version the editor started from, round-tripped in a hidden field.</summary>
    public uint Version { get; set; }

    public sealed class Validator : AbstractValidator<CriterionForm>
    {
        public Validator()
        {
            RuleFor(f => f.Name).NotEmpty().WithMessage("Give the criterion a name.").MaximumLength(200);
            RuleFor(f => f.Definition).NotEmpty().WithMessage("Say what the criterion measures.").MaximumLength(2000);
        }
    }
}
