using System.Text;
using System.Text.Encodings.Web;
using PartnerPortal.Infrastructure.Workspace;

namespace PartnerPortal.Web.Features.Workspace;

/// <summary>
/// A criterion card's guiding questions and scale, written as markup directly: five cards of a dozen options are
/// most of the scoring page's render tree, and building and diffing it was the page's largest cost under load.
/// Same elements, ids and states as the card would render itself.
/// </summary>
public static class CriterionChoicesHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public static string Questions(CriterionSheet sheet)
    {
        var html = new StringBuilder();
        foreach (var question in sheet.Questions)
        {
            var id = $"q-{question.Id}";
            html.Append("<div class=\"form-check\"><input class=\"form-check-input\" type=\"checkbox\" name=\"questions\" value=\"")
                .Append(question.Id).Append("\" id=\"").Append(id).Append('"')
                .Append(sheet.Mine?.AddressedQuestionIds.Contains(question.Id) == true ? " checked" : "")
                .Append(" /><label class=\"form-check-label small\" for=\"").Append(id).Append("\">").Append(Encoder.Encode(question.Text)).Append("</label></div>");
        }
        return html.ToString();
    }

    public static string Scale(CriterionSheet sheet)
    {
        var html = new StringBuilder();
        var code = Encoder.Encode(sheet.Code);
        foreach (var level in sheet.Scale)
        {
            Option(html, $"score-{code}-{level.Level}", level.Level.ToString(), sheet.Mine?.Value == level.Level, level.Level.ToString(), level.Description);
        }
        Option(html, $"score-{code}-none", "insufficient", sheet.Mine is { Value: null }, "Insufficient evidence", "no score; the pair stays incomplete on this criterion");
        return html.ToString();
    }

    private static void Option(StringBuilder html, string id, string value, bool selected, string title, string description) =>
        html.Append("<div class=\"form-check scale-option\"><input class=\"form-check-input\" type=\"radio\" name=\"value\" value=\"").Append(value)
            .Append("\" id=\"").Append(id).Append('"').Append(selected ? " checked" : "")
            .Append(" /><label class=\"form-check-label small\" for=\"").Append(id).Append("\"><strong>").Append(Encoder.Encode(title))
            .Append("</strong> — ").Append(Encoder.Encode(description)).Append("</label></div>");
}
