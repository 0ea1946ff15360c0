using System.Globalization;
using FluentValidation;
using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Web.Features.Weights;

/// <summary>The "set weights directly" form as posted: one text per criterion, in the criteria's order.</summary>
public sealed class DirectWeightsForm
{
    public required IReadOnlyList<(string Code, string Name, string Text)> Weights { get; init; }

    /// <summary>The numbers, once the form is valid.</summary>
    public IReadOnlyList<double> Values => [.. Weights.Select(w => Parse(w.Text) ?? double.NaN)];

    public static string FieldOf(string criterionCode) => $"weight-{criterionCode}";

    private static double? Parse(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The service's rule (<see cref="WeightRule"/>), said beside the field that breaks it.</summary>
    public sealed class Validator : AbstractValidator<DirectWeightsForm>
    {
        private static readonly string Maximum = WeightRule.Maximum.ToString("N0", CultureInfo.InvariantCulture);

        public Validator()
        {
            RuleFor(f => f).Custom((form, context) =>
            {
                foreach (var (code, name, text) in form.Weights)
                {
                    if (Parse(text) is not { } value || !WeightRule.IsAllowed(value))
                    {
                        context.AddFailure(FieldOf(code), $"The weight of {name} must be a number from 0 to {Maximum}; \"{text}\" is not.");
                    }
                }
                if (form.Weights.All(w => Parse(w.Text) is { } value && WeightRule.IsAllowed(value)) && !form.Values.Any(v => v > 0))
                {
                    context.AddFailure("", "At least one weight must be above 0: with every weight at 0 no criterion counts.");
                }
            });
        }
    }
}
