using System.Text;
using System.Text.RegularExpressions;

namespace PartnerPortal.LoadTest.Circuits;

/// <summary>
/// A node of the client-side logical tree blazor.web.js keeps: an element (attributes and event handler ids), a text,
/// a markup block, or a container (a component's place, or a markup block's) whose children are logical children.
/// </summary>
public sealed partial class RenderedNode
{
    private RenderedNode(RenderedNodeKind kind, string name, RenderedNode? parent)
    {
        Kind = kind;
        Name = name;
        Parent = parent;
    }

    public RenderedNodeKind Kind { get; }

    /// <summary>Element name, or the text or markup content.</summary>
    public string Name { get; internal set; }

    public RenderedNode? Parent { get; internal set; }

    /// <summary>For a component's container: the component's id.</summary>
    public int? ComponentId { get; init; }

    public List<RenderedNode> Children { get; } = [];

    public Dictionary<string, string?> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Event name without "on" (click, change, input) → the handler id the server gave it in this render.</summary>
    public Dictionary<string, ulong> Handlers { get; } = new(StringComparer.Ordinal);

    public static RenderedNode Container(RenderedNode? parent, int? componentId) => new(RenderedNodeKind.Container, "", parent) { ComponentId = componentId };

    public static RenderedNode Element(RenderedNode parent, string name) => new(RenderedNodeKind.Element, name, parent);

    public static RenderedNode Text(RenderedNode parent, string text) => new(RenderedNodeKind.Text, text, parent);

    public static RenderedNode Markup(RenderedNode parent, string markup) => new(RenderedNodeKind.Markup, markup, parent);

    public string? Id => Attributes.GetValueOrDefault("id");

    /// <summary>The component that rendered this node (its handlers run there; the event's field info names it).</summary>
    public int OwningComponentId
    {
        get
        {
            for (var node = Parent; node is not null; node = node.Parent)
            {
                if (node.ComponentId is { } id)
                {
                    return id;
                }
            }
            return 0;
        }
    }

    public IEnumerable<RenderedNode> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }

    /// <summary>What a reader sees: the text of the subtree, markup blocks without their tags.</summary>
    public string TextContent()
    {
        var text = new StringBuilder();
        Append(this, text);
        return text.ToString();

        static void Append(RenderedNode node, StringBuilder text)
        {
            switch (node.Kind)
            {
                case RenderedNodeKind.Text:
                    text.Append(node.Name);
                    break;
                case RenderedNodeKind.Markup:
                    text.Append(System.Net.WebUtility.HtmlDecode(Tags().Replace(node.Name, "")));
                    break;
                default:
                    foreach (var child in node.Children)
                    {
                        Append(child, text);
                    }
                    break;
            }
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
