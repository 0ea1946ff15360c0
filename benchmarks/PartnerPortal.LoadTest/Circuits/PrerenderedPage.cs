using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnerPortal.LoadTest.Circuits;

/// <summary>
/// What blazor.web.js reads from a prerendered page before it starts a circuit: the start markers of the server
/// components (<c>&lt;!--Blazor:{"type":"server",…}--&gt;</c>, in their sequence order) and the persisted component
/// state (<c>&lt;!--Blazor-Server-Component-State:…--&gt;</c>).
/// </summary>
public sealed partial class PrerenderedPage
{
    private PrerenderedPage(IReadOnlyList<JsonObject> markers, string state)
    {
        Markers = markers;
        State = state;
    }

    /// <summary>The server components' start markers, each as blazor.web.js sends it back (JSON, without its DOM nodes).</summary>
    public IReadOnlyList<JsonObject> Markers { get; }

    public string State { get; }

    public static PrerenderedPage Parse(string html)
    {
        var markers = Marker().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups[1].Value) as JsonObject)
            .Where(m => m?["type"]?.GetValue<string>() == "server")
            .Select(m => m!)
            .OrderBy(m => m["sequence"]?.GetValue<int>() ?? 0)
            .ToList();
        var state = StateComment().Match(html) is { Success: true } match ? match.Groups[1].Value : "";
        return new PrerenderedPage(markers, state);
    }

    /// <summary>The UpdateRootComponents batch that adds every marker's component, as blazor.web.js's first one does.</summary>
    public string AddOperations(int batchId)
    {
        var operations = new JsonArray();
        for (var i = 0; i < Markers.Count; i++)
        {
            var marker = (JsonObject)Markers[i].DeepClone();
            marker["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }
        return new JsonObject { ["batchId"] = batchId, ["operations"] = operations }.ToJsonString();
    }

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]+)-->")]
    private static partial Regex StateComment();
}
