namespace PartnerPortal.LoadTest.Circuits;

/// <summary>RenderTreeFrameType as the render batch carries it (an int per frame).</summary>
public enum FrameType
{
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
    ComponentRenderMode = 9,
    NamedEvent = 10,
}
