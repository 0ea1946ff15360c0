using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerPortal.LoadTest.Circuits;

/// <summary>
/// A browser's side of one Blazor Server circuit without a browser: starts the circuit for a prerendered page over
/// /_blazor, keeps the page's logical tree from the render batches (acknowledging each, or the server stops sending),
/// answers the server's JS interop calls with canned results, and dispatches events and navigations as
/// blazor.web.js does. Nothing here is a public API of Blazor: the pin test fails when a release changes it.
/// </summary>
public sealed class CircuitClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The browser window's height, for the virtualized lists that ask.</summary>
    private const int ViewportHeight = 900;

    private readonly Uri _baseAddress;
    private readonly HubConnection _connection;
    private readonly Lock _gate = new();

    /// <summary>
    /// Orders what this page sends as blazor.web.js's one thread does: an event found in the page is sent before
    /// the acknowledgement of any batch applied after it was found. The server forgets a handler once a batch that
    /// removed it is acknowledged, and an event for a forgotten handler fails the whole circuit — a browser never
    /// sends one, and neither may this client (it did, about once in 3,000 clicks, when a card re-rendered between
    /// finding the scale and sending the choice).
    /// </summary>
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly List<Waiter> _waiters = [];
    private readonly Action<string>? _trace;
    private long _interopObjectId = -1;
    private int _nextCallId;
    private string? _failure;

    private readonly HttpClient? _beacon;
    private string? _circuitId;

    /// <param name="beacon">The page's HTTP client, to tell the server the page is gone when this closes.</param>
    public CircuitClient(Uri baseAddress, CookieContainer cookies, HttpClient? beacon = null, Action<string>? trace = null)
    {
        _baseAddress = baseAddress;
        _beacon = beacon;
        _trace = trace;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "_blazor"), HttpTransportType.WebSockets, options => options.Cookies = cookies);
        builder.Services.AddSingleton<IHubProtocol, BlazorPackHubProtocol>();
        _connection = builder.Build();
        _connection.ServerTimeout = TimeSpan.FromMinutes(2);
        _connection.On<int, string>("JS.AttachComponent", (componentId, _) =>
        {
            lock (_gate)
            {
                Tree.AttachRoot(componentId);
            }
        });
        _connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        _connection.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)],
            arguments => OnBeginInvokeJSAsync((long)arguments[0]!, (string)arguments[1]!, (string?)arguments[2], (int)arguments[3]!));
        _connection.On<string, bool, string>("JS.EndInvokeDotNet", (callId, succeeded, result) =>
        {
            if (!succeeded)
            {
                Fail($"a .NET call from the page failed: {result}");
            }
        });
        _connection.On<string>("JS.Error", message => Fail($"the circuit reported an error: {message}"));
        _connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        _connection.Closed += error =>
        {
            Fail($"the connection closed{(error is null ? "" : ": " + error.Message)}");
            return Task.CompletedTask;
        };
    }

    /// <summary>The page as rendered so far. Read it only inside <see cref="Read"/> or a wait's condition.</summary>
    private RenderedTree Tree { get; } = new();

    /// <summary>The page's address, as the browser's address bar shows it.</summary>
    public string? Location { get; private set; }

    /// <summary>Why the circuit can no longer be trusted (an error from the server, a failed event, a lost connection).</summary>
    public string? Failure => _failure;

    /// <summary>
    /// Starts the circuit for a page fetched with the same cookies, as blazor.web.js does on load: StartCircuit with
    /// the page's persisted state, then one UpdateRootComponents adding every server component marker.
    /// </summary>
    public async Task StartAsync(string path, string html, CancellationToken cancellation = default)
    {
        var page = PrerenderedPage.Parse(html);
        if (page.Markers.Count == 0)
        {
            throw new InvalidOperationException($"{path} has no server component markers: not an interactive page");
        }
        Location = path;
        await _connection.StartAsync(cancellation);
        var circuitId = await _connection.InvokeAsync<string?>("StartCircuit", _baseAddress.ToString(), new Uri(_baseAddress, path).ToString(), "[]", page.State, cancellation);
        _circuitId = circuitId;
        if (string.IsNullOrEmpty(circuitId))
        {
            throw new InvalidOperationException($"the server refused to start a circuit for {path}: {_failure}");
        }
        await _connection.SendAsync("UpdateRootComponents", page.AddOperations(1), page.State, cancellation);
    }

    /// <summary>Reads the page consistently (batches are applied under the same lock).</summary>
    public T Read<T>(Func<RenderedTree, T> read)
    {
        lock (_gate)
        {
            return read(Tree);
        }
    }

    /// <summary>
    /// A wait for the page to reach a state, registered before the action that should cause it so no render is
    /// missed; the condition is checked now and after every batch. Completes with the timestamp of the batch that
    /// satisfied it (<see cref="Stopwatch.GetTimestamp"/>), so a busy client does not count its own delay.
    /// </summary>
    public Task<long> WaitAsync(Func<RenderedTree, bool> condition, string what, TimeSpan? timeout = null)
    {
        var waiter = new Waiter(condition, what);
        lock (_gate)
        {
            if (_failure is not null)
            {
                return Task.FromException<long>(new CircuitFailedException(_failure));
            }
            if (condition(Tree))
            {
                return Task.FromResult(Stopwatch.GetTimestamp());
            }
            _waiters.Add(waiter);
        }
        return WithTimeoutAsync(waiter, timeout ?? Patience);
    }

    /// <summary>
    /// An event on an element, as the browser's event delegator sends it to the renderer's DispatchEventAsync: the
    /// handler is found in the page as it is when the event is sent (<paramref name="find"/> answers the handler id and,
    /// for a field, its owning component and value), or the send fails with <paramref name="what"/>.
    /// </summary>
    public async Task DispatchAsync(Func<RenderedTree, (ulong HandlerId, int? FieldComponentId)?> find, string what, string eventName, object eventArgs, object? fieldValue = null)
    {
        if (Interlocked.Read(ref _interopObjectId) < 0)
        {
            throw new InvalidOperationException("the renderer has not attached its interop object yet: the circuit is not interactive");
        }
        await _sending.WaitAsync();
        try
        {
            var (handlerId, fieldComponentId) = Read(find) ?? throw new InvalidOperationException($"{what} has no {eventName} handler");
            var descriptor = new JsonObject
            {
                ["eventHandlerId"] = handlerId,
                ["eventName"] = eventName,
                ["eventFieldInfo"] = fieldComponentId is { } component ? new JsonObject { ["componentId"] = component, ["fieldValue"] = JsonSerializer.SerializeToNode(fieldValue) } : null,
            };
            var arguments = new JsonArray(descriptor, JsonSerializer.SerializeToNode(eventArgs)).ToJsonString();
            await _connection.SendAsync("BeginInvokeDotNetFromJS", NextCallId(), null, "DispatchEventAsync", _interopObjectId, arguments);
        }
        finally
        {
            _sending.Release();
        }
    }

    private string NextCallId() => Interlocked.Increment(ref _nextCallId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A click on an internal link once the router intercepts navigation: the page changes inside the circuit.</summary>
    public Task NavigateAsync(string path)
    {
        Location = path;
        return _connection.SendAsync("OnLocationChanged", new Uri(_baseAddress, path).ToString(), null, true);
    }

    /// <summary>
    /// Leaves the page as a browser does: the disconnect beacon first, so the server disposes the circuit now instead
    /// of keeping it for a reconnection (3 minutes), which would count every page ever opened in its memory.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_beacon is not null && _circuitId is not null)
        {
            try
            {
                using var form = new MultipartFormDataContent { { new StringContent(_circuitId), "circuitId" } };
                using var _ = await _beacon.PostAsync("_blazor/disconnect", form);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // A beacon is fire-and-forget in the browser too.
            }
        }
        await _connection.DisposeAsync();
    }

    private async Task<long> WithTimeoutAsync(Waiter waiter, TimeSpan timeout)
    {
        var finished = await Task.WhenAny(waiter.Done.Task, Task.Delay(timeout));
        if (finished != waiter.Done.Task)
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
            throw new TimeoutException($"waited {timeout.TotalSeconds:N0} s for {waiter.What}");
        }
        return await waiter.Done.Task;
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        string? error = null;
        await _sending.WaitAsync();
        try
        {
            error = Apply(batchId, data);
            // Unacknowledged batches make the server hold back later ones; blazor.web.js acknowledges after applying.
            await _connection.SendAsync("OnRenderCompleted", batchId, error);
        }
        finally
        {
            _sending.Release();
        }
        if (error is not null)
        {
            Fail(error);
        }
    }

    private string? Apply(long batchId, byte[] data)
    {
        string? error = null;
        lock (_gate)
        {
            try
            {
                Tree.Apply(new RenderBatch(data));
                var now = Stopwatch.GetTimestamp();
                for (var i = _waiters.Count - 1; i >= 0; i--)
                {
                    if (_waiters[i].Condition(Tree))
                    {
                        _waiters[i].Done.TrySetResult(now);
                        _waiters.RemoveAt(i);
                    }
                }
            }
            catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException)
            {
                error = $"render batch {batchId} could not be applied: {e.Message}";
            }
        }
        return error;
    }

    /// <summary>JSCallResultType.JSObjectReference: the caller expects a JS object (an imported module) back.</summary>
    private const int JSObjectReferenceResult = 1;

    private long _nextJSObjectId;

    private Task OnBeginInvokeJSAsync(long taskId, string identifier, string? argumentsJson, int resultType)
    {
        if (identifier == "Blazor._internal.attachWebRendererInterop" && argumentsJson is not null
            && JsonNode.Parse(argumentsJson) is JsonArray { Count: > 1 } arguments
            && arguments[1]?["__dotNetObject"]?.GetValue<long>() is { } objectId)
        {
            // The renderer's DotNetObjectReference: events are dispatched to its DispatchEventAsync.
            Interlocked.Exchange(ref _interopObjectId, objectId);
        }
        _trace?.Invoke($"JS {identifier}({argumentsJson})");
        if (identifier == "Blazor._internal.Virtualize.init" && argumentsJson is not null
            && JsonNode.Parse(argumentsJson) is JsonArray { Count: > 0 } virtualize
            && virtualize[0]?["__dotNetObject"]?.GetValue<long>() is { } list)
        {
            // A browser's IntersectionObserver tells a virtualized list, scrolled to its top in a window
            // ViewportHeight px tall, that both its spacers are in view; until then the list renders no items.
            _ = _connection.SendAsync("BeginInvokeDotNetFromJS", NextCallId(), null, "OnSpacerBeforeVisible", list, $"[0,0,{ViewportHeight}]");
            _ = _connection.SendAsync("BeginInvokeDotNetFromJS", NextCallId(), null, "OnSpacerAfterVisible", list, $"[0,0,{ViewportHeight}]");
        }
        // Every call the portal's pages make of the browser tolerates an empty answer, but for a module import,
        // which must give an object to call (the calls on it then get empty answers too).
        var result = resultType == JSObjectReferenceResult ? $"{{\"__jsObjectId\":{Interlocked.Increment(ref _nextJSObjectId)}}}" : "null";
        return taskId == 0
            ? Task.CompletedTask
            : _connection.SendAsync("EndInvokeJSFromDotNet", taskId, true, $"[{taskId},true,{result}]");
    }

    private void Fail(string reason)
    {
        List<Waiter> waiting;
        lock (_gate)
        {
            _failure ??= reason;
            waiting = [.. _waiters];
            _waiters.Clear();
        }
        foreach (var waiter in waiting)
        {
            waiter.Done.TrySetException(new CircuitFailedException(reason));
        }
    }

    private sealed record Waiter(Func<RenderedTree, bool> Condition, string What)
    {
        public TaskCompletionSource<long> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
