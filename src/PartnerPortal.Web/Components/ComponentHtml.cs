using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace PartnerPortal.Web.Components;

/// <summary>
/// Renders a view component to an HTML string outside the page being rendered, so that a page can keep markup
/// that is costly to build (Table 6.1 of a large round is 300 KB) and write it again while its data holds,
/// instead of building the same render tree on every request. Only for components that need nothing from the
/// request: no HttpContext, no forms.
/// </summary>
/// <remarks>
/// Each render gets a scope of its own: the renderer resolves scoped framework services (the components'
/// activity source among them), which the root provider refuses once scopes are validated — as they are in
/// Development and, since the round page failed there, everywhere.
/// </remarks>
public sealed class ComponentHtml(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
