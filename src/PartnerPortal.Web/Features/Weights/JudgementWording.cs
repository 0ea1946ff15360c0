using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Web.Features.Weights;

/// <summary>
/// A judgement slider's position in words: Saaty's verbal scale at the ticks, and the whole judgement as a sentence
/// naming both criteria, for the reading under the slider and for screen readers (aria-valuetext).
/// </summary>
public static class JudgementWording
{
    /// <summary>One label per position; the odd values of the scale (3, 5, 7, 9) and equality are named, the steps between are not.</summary>
    public static readonly string[] TickLabels =
        ["extreme", "", "very strong", "", "strong", "", "moderate", "", "equal", "", "moderate", "", "strong", "", "very strong", "", "extreme"];

    /// <summary>"Feasibility strongly more important than Additionality (5)", from either end of the slider.</summary>
    public static string Describe(int position, string first, string second)
    {
        if (position == SaatyScale.EqualIndex)
        {
            return $"{first} and {second} equally important (1)";
        }
        var (favoured, other, mirrored) = position < SaatyScale.EqualIndex
            ? (first, second, position)
            : (second, first, SaatyScale.Judgements.Count - 1 - position);
        var judgement = SaatyScale.Judgements[mirrored];
        return $"{favoured} {judgement.Meaning} than {other} ({judgement.Text})";
    }
}
