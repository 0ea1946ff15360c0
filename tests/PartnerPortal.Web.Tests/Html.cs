using AngleSharp;
using AngleSharp.Dom;

namespace PartnerPortal.Web.Tests;

/// <summary>A response's HTML as a document to query, as a browser would see it.</summary>
public static class Html
{
    public static Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(response.Content.ReadAsStream()));
}
