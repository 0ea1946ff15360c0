using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace PartnerPortal.Web.Components;

/// <summary>
/// Renders a view component to an HTML string outside the page being rendered, so that a page can keep markup
/// that is costly to build (Table 6.1 of a large round is 300 KB) and write it again while its data holds,
/// instead of building the same render tree on every request. Only for components that need nothing from the
/// request: no HttpContext, no scoped services, no forms.
/// </summary>
public sealed class ComponentHtml(IServiceProvider services, ILoggerFactory loggers) : IAsyncDisposable
{
    private readonly HtmlRenderer _renderer = new(services, loggers);

    public Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
            (await _renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());

    public ValueTask DisposeAsync() => _renderer.DisposeAsync();
}
