using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Framework;

namespace PartnerPortal.Web.Tests.Features.Framework;

public partial class CriterionEditingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string EditPath = "/framework/criteria/additionality/edit";

    private static async Task<(string Token, string Version)> OpenEditorAsync(HttpClient browser)
    {
        var page = await browser.GetStringAsync(EditPath);
        return (PortalFactory.AntiforgeryToken(page), VersionField().Match(page).Groups[1].Value);
    }

    private static readonly string[] Scale = ["None", "Little", "Some", "Much", "All"];

    private static Task<HttpResponseMessage> SaveAsync(
        HttpClient browser, (string Token, string Version) editor, string name, string definition, string questions = DefaultQuestions) =>
        SaveAsync(browser, EditPath, editor, name, definition, questions);

    private const string DefaultQuestions = "Does it leverage public funding?\nIs it aligned with home priorities?";

    /// <summary>Posts the criterion editor's form as a browser would, every field filled.</summary>
    internal static Task<HttpResponseMessage> SaveAsync(
        HttpClient browser, string path, (string Token, string Version) editor, string name, string definition, string questions = DefaultQuestions) =>
        browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = editor.Token, ["_handler"] = "edit-criterion",
            ["Input.Name"] = name, ["Input.Definition"] = definition, ["Input.Version"] = editor.Version, ["Input.Questions"] = questions,
            ["Input.Level1"] = Scale[0], ["Input.Level2"] = Scale[1], ["Input.Level3"] = Scale[2], ["Input.Level4"] = Scale[3], ["Input.Level5"] = Scale[4],
        }));

    [Fact]
    public async Task Guiding_questions_and_the_scale_are_edited_with_the_criterion_and_keep_their_ids_by_position()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var editor = portal.Services.GetRequiredService<CriterionEditor>();
        var before = await portal.Services.GetRequiredService<FrameworkCatalog>().CriteriaAsync();
        var firstQuestionId = before.Single(c => c.Code == "additionality").GuidingQuestions[0].Id;

        var response = await SaveAsync(admin, await OpenEditorAsync(admin), "Additionality", "Extra activity at home.", "Does it leverage private funding?\nIs it new?");
        var empty = await SaveAsync(admin, await OpenEditorAsync(admin), "Additionality", "Extra activity at home.", "  ");

        Assert.Contains("Saved.", await response.Content.ReadAsStringAsync());
        Assert.Contains("Give at least one guiding question.", await empty.Content.ReadAsStringAsync());
        var stored = await editor.ReadAsync("additionality");
        Assert.Equal(["Does it leverage private funding?", "Is it new?"], stored!.Questions);
        Assert.Equal(Scale, stored.Scale);
        var after = await portal.Services.GetRequiredService<FrameworkCatalog>().CriteriaAsync();
        Assert.Equal(firstQuestionId, after.Single(c => c.Code == "additionality").GuidingQuestions[0].Id);
    }

    [Fact]
    public async Task A_second_save_from_a_stale_read_is_refused_and_shows_the_first_persons_value_while_keeping_the_second_persons_input()
    {
        var firstEmail = await portal.AddUserAsync(PortalRoles.Admin);
        var first = await portal.SignedInAsync(firstEmail);
        var second = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var firstEditor = await OpenEditorAsync(first);
        var secondEditor = await OpenEditorAsync(second);

        var firstSave = await SaveAsync(first, firstEditor, "Additionality", "First person's definition");
        var secondSave = await SaveAsync(second, secondEditor, "Additionality", "Second person's definition");

        Assert.Contains("Saved.", await firstSave.Content.ReadAsStringAsync());
        var conflict = await secondSave.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        Assert.Contains($"{firstEmail} saved this criterion", conflict);
        Assert.Contains("First person&#x27;s definition", conflict);
        Assert.Contains("Second person&#x27;s definition</textarea>", conflict);
        var stored = await portal.Services.GetRequiredService<CriterionEditor>().ReadAsync("additionality");
        Assert.Equal("First person's definition", stored!.Definition);
    }

    [Fact]
    public async Task Text_people_enter_is_shown_encoded_never_run()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var editor = await OpenEditorAsync(admin);
        await SaveAsync(admin, editor, "Additionality", "<script>alert('owned')</script>");

        var page = await admin.GetStringAsync("/framework/criteria");

        Assert.Contains("&lt;script&gt;alert(&#x27;owned&#x27;)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>alert", page);
    }

    [Fact]
    public async Task An_empty_definition_is_refused_with_a_message_beside_the_field()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));

        var response = await SaveAsync(admin, await OpenEditorAsync(admin), "Additionality", "");

        Assert.Contains("Say what the criterion measures.", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
