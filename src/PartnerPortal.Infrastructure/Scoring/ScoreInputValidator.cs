using FluentValidation;

namespace PartnerPortal.Infrastructure.Scoring;

public sealed class ScoreInputValidator : AbstractValidator<ScoreInput>
{
    public const int MaximumTextLength = 4000;

    public ScoreInputValidator()
    {
        RuleFor(s => s.Value).InclusiveBetween((byte)1, (byte)5).When(s => s.Value is not null)
            .WithMessage("A score is 1 to 5, or \"insufficient evidence\".");
        RuleFor(s => s.Confidence).IsInEnum();
        RuleFor(s => s.EvidenceNote).MaximumLength(MaximumTextLength)
            .WithMessage($"The evidence note is limited to {MaximumTextLength} characters.");
        RuleFor(s => s.Sources).MaximumLength(MaximumTextLength)
            .WithMessage($"Sources are limited to {MaximumTextLength} characters.");
        RuleFor(s => s.RevisionComment).MaximumLength(2000).WithMessage("The reason for the revision is limited to 2,000 characters.");
        RuleFor(s => s.Sources).Custom((sources, context) =>
        {
            var lines = (sources ?? "").Split('\n', StringSplitOptions.TrimEntries);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length > 0 && !IsWebLink(lines[i]))
                {
                    context.AddFailure("Sources", $"Source line {i + 1} is not a web link (http:// or https://): \"{lines[i]}\".");
                }
            }
        });
    }

    private static bool IsWebLink(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
