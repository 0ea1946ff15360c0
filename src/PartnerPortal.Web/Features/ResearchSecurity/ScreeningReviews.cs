using MudBlazor;

namespace PartnerPortal.Web.Features.ResearchSecurity;

/// <summary>Opens the review of one pair's screening the same way from the pair page, the proposal grid and a refused acceptance.</summary>
public static class ScreeningReviews
{
    /// <returns>Whether a review was saved.</returns>
    public static async Task<bool> OpenAsync(IDialogService dialogs, string slug, string countryCode, string technologySlug, string pairName)
    {
        var parameters = new DialogParameters<ScreeningReviewDialog>
        {
            { d => d.Slug, slug },
            { d => d.CountryCode, countryCode },
            { d => d.TechnologySlug, technologySlug },
            { d => d.PairName, pairName },
        };
        var dialog = await dialogs.ShowAsync<ScreeningReviewDialog>($"Screening of {pairName}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        return await dialog.Result is { Canceled: false };
    }
}
