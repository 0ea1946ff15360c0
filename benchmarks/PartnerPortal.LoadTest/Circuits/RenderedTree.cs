namespace PartnerPortal.LoadTest.Circuits;

/// <summary>
/// The page as the browser would hold it after applying every render batch in order, reduced to what a client needs
/// to act: elements with their attributes and current event handler ids, and text. Edits are applied as
/// BrowserRenderer.ts applies them: sibling indexes count logical children (a region's frames are spliced into its
/// parent, a component or a markup block is one container, an element reference capture is nothing).
/// </summary>
public sealed class RenderedTree
{
    private readonly Dictionary<int, RenderedNode> _components = [];
    private readonly List<RenderedNode> _roots = [];

    /// <summary>Batches applied so far; a waiter compares it to know a newer render has arrived.</summary>
    public long BatchesApplied { get; private set; }

    /// <summary>JS.AttachComponent: a root component's place in the page, empty until its first render.</summary>
    public void AttachRoot(int componentId)
    {
        var root = RenderedNode.Container(null, componentId);
        _components[componentId] = root;
        _roots.Add(root);
    }

    public void Apply(RenderBatch batch)
    {
        foreach (var (componentId, editsAt, editCount) in batch.UpdatedComponents())
        {
            if (!_components.TryGetValue(componentId, out var container))
            {
                throw new InvalidDataException($"component {componentId} was updated before it was placed in the page");
            }
            ApplyEdits(batch, container, editsAt, editCount);
        }
        foreach (var disposed in batch.DisposedComponentIds())
        {
            _components.Remove(disposed);
        }
        BatchesApplied++;
    }

    public IEnumerable<RenderedNode> Elements() =>
        _roots.SelectMany(r => r.Descendants()).Where(n => n.Kind == RenderedNodeKind.Element);

    public RenderedNode? ById(string id) => Elements().FirstOrDefault(e => e.Id == id);

    /// <summary>
    /// The handler an event on the element would reach, bubbling as in the browser: the element's own, else its
    /// nearest ancestor's. Null when nothing handles it (the element is disabled, gone, or not interactive yet).
    /// </summary>
    public (ulong HandlerId, RenderedNode Target)? Handler(RenderedNode element, string eventName)
    {
        for (var node = element; node is not null; node = node.Parent)
        {
            if (node.Kind == RenderedNodeKind.Element && node.Handlers.TryGetValue(eventName, out var id))
            {
                return (id, node);
            }
        }
        return null;
    }

    public string Text() => string.Concat(_roots.Select(r => r.TextContent()));

    private void ApplyEdits(RenderBatch batch, RenderedNode container, int editsAt, int editCount)
    {
        var parent = container;
        var childIndex = 0;
        List<(int From, int To)>? permutation = null;
        for (var i = 0; i < editCount; i++)
        {
            var (type, sibling, frame, removedAttribute) = batch.Edit(editsAt, i);
            switch (type)
            {
                case EditType.PrependFrame:
                    InsertFrame(batch, parent, childIndex + sibling, frame);
                    break;
                case EditType.RemoveFrame:
                    parent.Children.RemoveAt(childIndex + sibling);
                    break;
                case EditType.SetAttribute:
                    ApplyAttribute(batch, ElementAt(parent, childIndex + sibling), frame);
                    break;
                case EditType.RemoveAttribute:
                    var element = ElementAt(parent, childIndex + sibling);
                    element.Attributes.Remove(removedAttribute!);
                    if (removedAttribute!.StartsWith("on", StringComparison.Ordinal))
                    {
                        element.Handlers.Remove(removedAttribute[2..]);
                    }
                    break;
                case EditType.UpdateText:
                    var text = parent.Children[childIndex + sibling];
                    text.Name = batch.FirstString(frame) ?? "";
                    break;
                case EditType.UpdateMarkup:
                    parent.Children.RemoveAt(childIndex + sibling);
                    Insert(parent, childIndex + sibling, RenderedNode.Markup(parent, batch.FirstString(frame) ?? ""));
                    break;
                case EditType.StepIn:
                    parent = parent.Children[childIndex + sibling];
                    childIndex = 0;
                    break;
                case EditType.StepOut:
                    parent = parent.Parent!;
                    childIndex = 0;
                    break;
                case EditType.PermutationListEntry:
                    (permutation ??= []).Add((childIndex + sibling, childIndex + frame));
                    break;
                case EditType.PermutationListEnd:
                    var before = parent.Children.ToArray();
                    foreach (var (from, to) in permutation!)
                    {
                        parent.Children[to] = before[from];
                    }
                    permutation = null;
                    break;
                default:
                    throw new InvalidDataException($"unknown render tree edit type {(int)type}");
            }
        }
    }

    /// <summary>Inserts a frame at a logical position and says how many logical children it became.</summary>
    private int InsertFrame(RenderBatch batch, RenderedNode parent, int index, int frame)
    {
        switch (batch.Type(frame))
        {
            case FrameType.Element:
                var element = RenderedNode.Element(parent, batch.ElementName(frame));
                Insert(parent, index, element);
                var end = frame + batch.SubtreeLength(frame);
                var child = frame + 1;
                for (; child < end && batch.Type(child) == FrameType.Attribute; child++)
                {
                    ApplyAttribute(batch, element, child);
                }
                InsertRange(batch, element, 0, child, end);
                return 1;
            case FrameType.Text:
                Insert(parent, index, RenderedNode.Text(parent, batch.FirstString(frame) ?? ""));
                return 1;
            case FrameType.Markup:
                Insert(parent, index, RenderedNode.Markup(parent, batch.FirstString(frame) ?? ""));
                return 1;
            case FrameType.Component:
                var place = RenderedNode.Container(parent, batch.ComponentId(frame));
                _components[batch.ComponentId(frame)] = place;
                Insert(parent, index, place);
                return 1;
            case FrameType.Region:
                return InsertRange(batch, parent, index, frame + 1, frame + batch.SubtreeLength(frame));
            case FrameType.ElementReferenceCapture or FrameType.ComponentReferenceCapture or FrameType.ComponentRenderMode or FrameType.NamedEvent:
                return 0;
            case FrameType.Attribute:
                throw new InvalidDataException("an attribute frame outside an element's leading frames");
            default:
                throw new InvalidDataException($"unknown render tree frame type {(int)batch.Type(frame)}");
        }
    }

    private int InsertRange(RenderBatch batch, RenderedNode parent, int index, int start, int endExclusive)
    {
        var inserted = 0;
        for (var frame = start; frame < endExclusive;)
        {
            inserted += InsertFrame(batch, parent, index + inserted, frame);
            frame += batch.Type(frame) is FrameType.Element or FrameType.Region or FrameType.Component ? batch.SubtreeLength(frame) : 1;
        }
        return inserted;
    }

    private static void ApplyAttribute(RenderBatch batch, RenderedNode element, int frame)
    {
        var name = batch.FirstString(frame)!;
        var handler = batch.AttributeEventHandlerId(frame);
        if (handler != 0)
        {
            element.Handlers[name.StartsWith("on", StringComparison.Ordinal) ? name[2..] : name] = handler;
            return;
        }
        element.Attributes[name] = batch.AttributeValue(frame);
    }

    private static RenderedNode ElementAt(RenderedNode parent, int index) => parent.Children[index] is { Kind: RenderedNodeKind.Element } element
        ? element
        : throw new InvalidDataException("an attribute edit on a node that is no element");

    private static void Insert(RenderedNode parent, int index, RenderedNode node)
    {
        node.Parent = parent;
        parent.Children.Insert(index, node);
    }
}
