using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Framework;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Web.Features.Framework;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Framework;

/// <summary>The criterion editor in a circuit (bUnit over the real services and database): validation at the field, conflicts, audit, admins only.</summary>
public class CriterionEditingTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private static readonly string[] Scale = ["None", "Little", "Some", "Much", "All"];

    private IRenderedComponent<EditCriterionPage> RenderEditor(string code = "additionality")
    {
        RenderProviders();
        var page = Render<EditCriterionPage>(p => p.Add(x => x.Code, code));
        page.WaitForElement("#name", Patience);
        return page;
    }

    /// <summary>Types into every field as a person would (each field takes its text when it loses focus) and presses Save.</summary>
    private static void Save(IRenderedComponent<EditCriterionPage> page, string name, string definition, string questions = "Does it leverage public funding?\nIs it aligned with home priorities?")
    {
        page.Find("#name").Change(name);
        page.Find("#definition").Change(definition);
        page.Find("#questions").Change(questions);
        for (var level = 1; level <= Scale.Length; level++)
        {
            page.Find($"#level-{level}").Change(Scale[level - 1]);
        }
        ClickButton(page, "Save");
    }

    private Task<CriterionText?> StoredAsync(string code = "additionality") => Portal.Services.GetRequiredService<CriterionEditor>().ReadAsync(code);

    private static string FieldText(IRenderedComponent<EditCriterionPage> page, string id) => page.Find(id).Closest(".mud-input-control")!.TextContent;

    [Fact]
    public async Task Guiding_questions_and_the_scale_are_edited_with_the_criterion_and_keep_their_ids_by_position()
    {
        await SignInNewAsync(PortalRoles.Admin);
        var before = await Portal.Services.GetRequiredService<FrameworkCatalog>().CriteriaAsync();
        var firstQuestionId = before.Single(c => c.Code == "additionality").GuidingQuestions[0].Id;
        var page = RenderEditor();

        Save(page, "Additionality", "Extra activity at home.", "Does it leverage private funding?\nIs it new?");
        Snackbars.WaitForAssertion(() => Assert.Contains("Saved.", Snackbars.Markup), Patience);
        var stored = await StoredAsync();
        Save(page, "Additionality", "Extra activity at home.", "  ");

        page.WaitForAssertion(() => Assert.Contains("Give at least one guiding question.", FieldText(page, "#questions")), Patience);
        Assert.Equal(["Does it leverage private funding?", "Is it new?"], stored!.Questions);
        Assert.Equal(Scale, stored.Scale);
        Assert.Equal(stored.Questions, (await StoredAsync())!.Questions);
        var after = await Portal.Services.GetRequiredService<FrameworkCatalog>().CriteriaAsync();
        Assert.Equal(firstQuestionId, after.Single(c => c.Code == "additionality").GuidingQuestions[0].Id);
    }

    [Fact]
    public async Task A_second_save_from_a_stale_read_is_refused_and_shows_the_first_persons_value_while_keeping_the_second_persons_input()
    {
        var firstEmail = await Portal.AddUserAsync(PortalRoles.Admin);
        await SignInNewAsync(PortalRoles.Admin);
        var page = RenderEditor();
        var read = (await StoredAsync())!;
        using (AuditActing.As(firstEmail))
        {
            Assert.Null(await Portal.Services.GetRequiredService<CriterionEditor>().SaveAsync(read with { Definition = "First person's definition" }));
        }

        Save(page, "Additionality", "Second person's definition");

        page.WaitForAssertion(() => Assert.Contains($"{firstEmail} saved this criterion", page.Find("#conflict").TextContent), Patience);
        Assert.Contains("First person's definition", page.Find(".conflict-definition").TextContent);
        Assert.Equal("Second person's definition", page.Find("#definition").TextContent.Trim() is { Length: > 0 } text ? text : page.Find("#definition").GetAttribute("value"));
        Assert.Equal("First person's definition", (await StoredAsync())!.Definition);
        Assert.DoesNotContain("Saved.", Snackbars.Markup);
    }

    [Fact]
    public async Task A_save_made_after_seeing_the_conflict_replaces_the_other_persons_text()
    {
        await SignInNewAsync(PortalRoles.Admin);
        var page = RenderEditor("economic");
        var read = (await StoredAsync("economic"))!;
        Assert.Null(await Portal.Services.GetRequiredService<CriterionEditor>().SaveAsync(read with { Definition = "Theirs" }));
        Save(page, read.Name, "Mine");
        page.WaitForElement("#conflict", Patience);

        ClickButton(page, "Save");

        Snackbars.WaitForAssertion(() => Assert.Contains("Saved.", Snackbars.Markup), Patience);
        Assert.Equal("Mine", (await StoredAsync("economic"))!.Definition);
    }

    [Fact]
    public async Task Text_people_enter_is_shown_encoded_never_run()
    {
        var email = await SignInNewAsync(PortalRoles.Admin);
        Save(RenderEditor("challenges"), "Grand challenges", "<script>alert('owned')</script>");
        Snackbars.WaitForAssertion(() => Assert.Contains("Saved.", Snackbars.Markup), Patience);

        var page = await (await Portal.SignedInAsync(email)).GetStringAsync("/framework/criteria");

        Assert.Contains("&lt;script&gt;alert(&#x27;owned&#x27;)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>alert", page);
    }

    [Fact]
    public async Task An_empty_definition_is_refused_with_a_message_beside_the_field_and_nothing_is_saved()
    {
        await SignInNewAsync(PortalRoles.Admin);
        var before = (await StoredAsync("rie"))!;
        var page = RenderEditor("rie");

        Save(page, before.Name, "");

        page.WaitForAssertion(() => Assert.Contains("Say what the criterion measures.", FieldText(page, "#definition")), Patience);
        var after = (await StoredAsync("rie"))!;
        Assert.Equal((before.Name, before.Definition, before.Version), (after.Name, after.Definition, after.Version));
    }

    [Fact]
    public async Task An_edit_is_audited_by_the_admins_name_with_old_and_new_values()
    {
        var admin = await SignInNewAsync(PortalRoles.Admin);
        var page = RenderEditor("feasibility");

        Save(page, "Feasibility", "Whether collaboration can work in practice");
        Snackbars.WaitForAssertion(() => Assert.Contains("Saved.", Snackbars.Markup), Patience);

        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var edit = await db.AuditLog.AsNoTracking().SingleAsync(a => a.EntityType == "Criterion" && a.Action == "modified" && a.Actor == admin);
        Assert.Contains("The viability of implementing collaboration in practice", edit.OldValues);
        Assert.Contains("Whether collaboration can work in practice", edit.NewValues);
    }

    [Fact]
    public async Task Someone_who_is_no_longer_an_admin_cannot_save_and_nothing_changes()
    {
        await SignInNewAsync(PortalRoles.Analyst);
        var before = (await StoredAsync("rie"))!;
        var page = RenderEditor("rie");

        Save(page, "Hijacked", "Hijacked");

        page.WaitForAssertion(() => Assert.Contains("Only admins change the framework", page.Find(".mud-alert-text-error, .mud-alert").TextContent), Patience);
        var after = (await StoredAsync("rie"))!;
        Assert.Equal((before.Name, before.Definition, before.Version), (after.Name, after.Definition, after.Version));
    }
}
