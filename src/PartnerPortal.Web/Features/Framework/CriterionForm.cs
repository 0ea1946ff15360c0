using FluentValidation;
using PartnerPortal.Infrastructure.Framework;

namespace PartnerPortal.Web.Features.Framework;

public sealed class CriterionForm
{
    public const int Levels = 5;

    public string Name { get; set; } = "";
    public string Definition { get; set; } = "";

    /// <summary>The guiding questions, one per line.</summary>
    public string Questions { get; set; } = "";

    /// <summary>What each score from 1 to 5 means.</summary>
    public string Level1 { get; set; } = "";
    public string Level2 { get; set; } = "";
    public string Level3 { get; set; } = "";
    public string Level4 { get; set; } = "";
    public string Level5 { get; set; } = "";

    /// <summary>The version the editor started from (after a conflict: the version of the text it was shown).</summary>
    public uint Version { get; set; }

    public IReadOnlyList<string> QuestionList => [.. Questions.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    public IReadOnlyList<string> Scale => [Level1.Trim(), Level2.Trim(), Level3.Trim(), Level4.Trim(), Level5.Trim()];

    public string Level(int level) => level switch
    {
        1 => Level1, 2 => Level2, 3 => Level3, 4 => Level4, _ => Level5,
    };

    public void SetLevel(int level, string text)
    {
        switch (level)
        {
            case 1: Level1 = text; break;
            case 2: Level2 = text; break;
            case 3: Level3 = text; break;
            case 4: Level4 = text; break;
            default: Level5 = text; break;
        }
    }

    public static CriterionForm From(CriterionText text)
    {
        var form = new CriterionForm { Name = text.Name, Definition = text.Definition, Questions = string.Join("\n", text.Questions), Version = text.Version };
        for (var level = 1; level <= Levels; level++)
        {
            form.SetLevel(level, level <= text.Scale.Count ? text.Scale[level - 1] : "");
        }
        return form;
    }

    public CriterionText ToText(string code) => new(code, Name.Trim(), Definition.Trim(), QuestionList, Scale, Version);

    public sealed class Validator : AbstractValidator<CriterionForm>
    {
        public Validator()
        {
            RuleFor(f => f.Name).NotEmpty().WithMessage("Give the criterion a name.").MaximumLength(200);
            RuleFor(f => f.Definition).NotEmpty().WithMessage("Say what the criterion measures.").MaximumLength(2000);
            RuleFor(f => f.QuestionList).NotEmpty().OverridePropertyName(nameof(Questions)).WithMessage("Give at least one guiding question.")
                .Must(q => q.Count <= 20).OverridePropertyName(nameof(Questions)).WithMessage("Keep to 20 guiding questions at most.")
                .Must(q => q.All(text => text.Length <= 500)).OverridePropertyName(nameof(Questions)).WithMessage("Each guiding question is limited to 500 characters.");
            RuleFor(f => f.Level1).NotEmpty().WithMessage("Say what a score of 1 means.").MaximumLength(1000);
            RuleFor(f => f.Level2).NotEmpty().WithMessage("Say what a score of 2 means.").MaximumLength(1000);
            RuleFor(f => f.Level3).NotEmpty().WithMessage("Say what a score of 3 means.").MaximumLength(1000);
            RuleFor(f => f.Level4).NotEmpty().WithMessage("Say what a score of 4 means.").MaximumLength(1000);
            RuleFor(f => f.Level5).NotEmpty().WithMessage("Say what a score of 5 means.").MaximumLength(1000);
        }
    }
}
