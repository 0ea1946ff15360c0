namespace PartnerPortal.LoadTest.Circuits;

public enum RenderedNodeKind
{
    Container,
    Element,
    Text,
    Markup,
}
