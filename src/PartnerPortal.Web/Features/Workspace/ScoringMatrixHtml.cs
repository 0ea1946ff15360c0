using System.Text;
using System.Text.Encodings.Web;
using PartnerPortal.Infrastructure.Workspace;

namespace PartnerPortal.Web.Features.Workspace;

/// <summary>
/// The scoring matrix's header cells, rows and country options, written as markup directly: a row of 205 technologies is some
/// 2,000 render-tree frames, and building and diffing those was most of the page's cost under load, for a table
/// whose every cell has the same shape.
/// </summary>
public static class ScoringMatrixHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public static string HeaderCells(ScoringMatrix matrix, IReadOnlyList<int> technologies)
    {
        var html = new StringBuilder();
        foreach (var t in technologies)
        {
            var technology = matrix.Technologies[t];
            html.Append("<th scope=\"col\" class=\"matrix-technology\" title=\"").Append(Encoder.Encode(technology.Name))
                .Append("\"><span>").Append(Encoder.Encode(technology.ShortName)).Append("</span></th>");
        }
        return html.ToString();
    }

    /// <summary>The country filter's options, by name (200 on a large round).</summary>
    public static string CountryOptions(ScoringMatrix matrix, string? selected)
    {
        var html = new StringBuilder();
        foreach (var country in matrix.Countries.OrderBy(c => c.Name))
        {
            html.Append("<option value=\"").Append(Encoder.Encode(country.Code)).Append('"').Append(country.Code == selected ? " selected" : "")
                .Append('>').Append(Encoder.Encode(country.Name)).Append("</option>");
        }
        return html.ToString();
    }

    public static string Rows(ScoringMatrix matrix, string roundSlug, IReadOnlyList<int> countries, IReadOnlyList<int> technologies)
    {
        var html = new StringBuilder();
        var round = Uri.EscapeDataString(roundSlug);
        foreach (var c in countries)
        {
            var country = matrix.Countries[c];
            html.Append("<tr><th scope=\"row\" class=\"text-nowrap\">").Append(Encoder.Encode(country.Name)).Append("</th>");
            foreach (var t in technologies)
            {
                var (cell, technology) = (matrix.Cells[c, t], matrix.Technologies[t]);
                html.Append("<td class=\"matrix-cell ").Append(Shade(cell)).Append("\"><a href=\"/rounds/").Append(round).Append("/score/")
                    .Append(Uri.EscapeDataString(country.Code)).Append('/').Append(Uri.EscapeDataString(technology.Slug))
                    .Append("\" class=\"d-block text-decoration-none\" aria-label=\"")
                    .Append(Encoder.Encode($"{country.Name}, {technology.Name}: {Describe(cell)}"))
                    .Append("\"><i class=\"bi ").Append(Icon(cell)).Append("\" aria-hidden=\"true\"></i>");
                if (cell.GroupIndex is { } index)
                {
                    html.Append(" <span class=\"small\">").Append(Encoder.Encode(index.ToString("0"))).Append("</span>");
                }
                html.Append("</a></td>");
            }
            html.Append("</tr>");
        }
        return html.ToString();
    }

    private static string Icon(MatrixCell cell) => cell.Progress switch
    {
        PairProgress.Done => "bi-check-circle-fill",
        PairProgress.InProgress => "bi-circle-half",
        _ => "bi-circle",
    };

    private static string Describe(MatrixCell cell) => cell.Progress switch
    {
        PairProgress.Done => cell.GroupIndex is { } index ? $"done, group index {index:0}" : "done",
        PairProgress.InProgress => "in progress",
        _ => "not started",
    };

    /// <summary>Five bands of the group's index; the number in the cell says the same, so colour is never the only signal.</summary>
    private static string Shade(MatrixCell cell) => cell.GroupIndex switch
    {
        null => "",
        < 20 => "index-band-1",
        < 40 => "index-band-2",
        < 60 => "index-band-3",
        < 80 => "index-band-4",
        _ => "index-band-5",
    };
}
