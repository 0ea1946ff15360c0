using FluentValidation;
using PartnerPortal.Infrastructure.Accounts;

namespace PartnerPortal.Web.Features.Account;

/// <summary>Choosing a password: when changing it (current password needed) or resetting it with a link (not).</summary>
public sealed class NewPasswordForm
{
    public string CurrentPassword { get; set; } = "";
    public string NewPassword { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";

    public sealed class Validator : AbstractValidator<NewPasswordForm>
    {
        public Validator(bool requireCurrent)
        {
            When(_ => requireCurrent, () => RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Enter your current password."));
            RuleFor(f => f.NewPassword)
                .MinimumLength(AccountPolicy.MinimumPasswordLength).WithMessage($"Use at least {AccountPolicy.MinimumPasswordLength} characters; a few words make a good passphrase.")
                .MaximumLength(MaximumLengthPasswordValidator.MaximumLength).WithMessage($"Use at most {MaximumLengthPasswordValidator.MaximumLength} characters.");
            RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("The two new passwords do not match.");
        }
    }
}
