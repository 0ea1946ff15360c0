using Bunit;
using Microsoft.AspNetCore.Components;
using PartnerPortal.Web.Components.Shared;

namespace PartnerPortal.Web.Tests.Components.Shared;

public class PlainTextAreaTests : BunitContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly List<string?> _handedOver = [];
    private readonly List<string?> _typed = [];
    private readonly TaskCompletionSource<string?> _firstHandedOver = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private IRenderedComponent<PlainTextArea> Render(string? value, TimeSpan pause) => Render<PlainTextArea>(p => p
        .Add(x => x.Id, "note").Add(x => x.Label, "Evidence note").Add(x => x.Value, value).Add(x => x.Pause, pause)
        .Add(x => x.ValueChanged, EventCallback.Factory.Create<string?>(this, text => { _handedOver.Add(text); _firstHandedOver.TrySetResult(text); }))
        .Add(x => x.TextChanged, EventCallback.Factory.Create<string?>(this, text => _typed.Add(text))));

    [Fact]
    public async Task Typing_is_reported_at_every_keystroke_and_handed_over_once_it_pauses()
    {
        var field = Render("", TimeSpan.FromMilliseconds(200));

        field.Find("textarea").Input("W");
        field.Find("textarea").Input("Wo");
        field.Find("textarea").Input("Wor");

        Assert.Equal(["W", "Wo", "Wor"], _typed);
        Assert.Empty(_handedOver);
        Assert.Equal("Wor", await _firstHandedOver.Task.WaitAsync(Patience));
        Assert.Equal(["Wor"], _handedOver);
    }

    [Fact]
    public void Leaving_the_field_hands_the_text_over_at_once_and_only_once()
    {
        var field = Render("", TimeSpan.FromMinutes(1));

        field.Find("textarea").Input("Leaving now");
        field.Find("textarea").Change("Leaving now");

        Assert.Equal(["Leaving now"], _handedOver);
        field.Find("textarea").Change("Leaving now");
        Assert.Single(_handedOver);
    }

    [Fact]
    public void A_new_value_from_the_page_shows_but_never_overwrites_what_is_being_typed()
    {
        var field = Render("Saved note", TimeSpan.FromMinutes(1));
        Assert.Equal("Saved note", field.Find("textarea").GetAttribute("value"));

        field.Find("textarea").Input("Typing over it");
        field.Render(p => p.Add(x => x.Value, "Another tab's note"));

        Assert.Equal("Typing over it", field.Find("textarea").GetAttribute("value"));
    }

    [Fact]
    public void An_error_is_said_under_the_field_and_tied_to_it_for_screen_readers()
    {
        var field = Render<PlainTextArea>(p => p.Add(x => x.Id, "sources").Add(x => x.Label, "Source links").Add(x => x.Error, "Line 1 is not a web link"));

        Assert.Equal("true", field.Find("textarea").GetAttribute("aria-invalid"));
        Assert.Equal("sources-help", field.Find("textarea").GetAttribute("aria-describedby"));
        Assert.Equal("Line 1 is not a web link", field.Find("#sources-help").TextContent);
        Assert.Equal("sources", field.Find("label").GetAttribute("for"));
    }
}
