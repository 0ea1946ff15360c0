using FluentValidation;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Accounts;

namespace PartnerPortal.Web.Features.Admin;

public sealed class AddUserForm
{
    public string Email { get; set; } = "";
    public string? DisplayName { get; set; }
    public bool Analyst { get; set; }
    public bool PortfolioManager { get; set; }
    public bool Admin { get; set; }

    /// <summary>Optional: left empty, the portal generates one and shows it once.</summary>
    public string? Password { get; set; }

    public IReadOnlyList<string> Roles =>
        new[] { (Analyst, PortalRoles.Analyst), (PortfolioManager, PortalRoles.PortfolioManager), (Admin, PortalRoles.Admin) }
            .Where(r => r.Item1).Select(r => r.Item2).ToList();

    public sealed class Validator : AbstractValidator<AddUserForm>
    {
        public Validator()
        {
            RuleFor(f => f.Email).NotEmpty().WithMessage("Enter the person's email address.").EmailAddress().WithMessage("Enter a valid email address.").MaximumLength(256);
            RuleFor(f => f.DisplayName).MaximumLength(200);
            RuleFor(f => f.Roles).NotEmpty().WithMessage("Choose at least one role.").OverridePropertyName(nameof(Roles));
            RuleFor(f => f.Password!)
                .MinimumLength(AccountPolicy.MinimumPasswordLength).WithMessage($"Use at least {AccountPolicy.MinimumPasswordLength} characters, or leave it empty to generate one.")
                .MaximumLength(MaximumLengthPasswordValidator.MaximumLength)
                .When(f => !string.IsNullOrEmpty(f.Password));
        }
    }
}
