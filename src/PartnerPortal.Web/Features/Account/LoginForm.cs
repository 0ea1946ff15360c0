using FluentValidation;

namespace PartnerPortal.Web.Features.Account;

public sealed class LoginForm
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";

    public sealed class Validator : AbstractValidator<LoginForm>
    {
        public Validator()
        {
            RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address.").EmailAddress().WithMessage("Enter a valid email address.");
            RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password.");
        }
    }
}
