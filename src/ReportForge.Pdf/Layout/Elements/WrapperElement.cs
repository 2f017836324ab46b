namespace ReportForge.Pdf.Layout.Elements;

/// <summary>
/// An element around one child that it lays out in the same space (a tag, a keep rule): it attaches the child and
/// lets the paragraph spacing at the child's top and bottom meet its neighbours' as if the wrapper were not there.
/// </summary>
public abstract class WrapperElement(Element child) : Element
{
    /// <summary>The wrapped element.</summary>
    protected Element Child { get; } = child;

    internal override PaddingElement? SpacingAbove => Child.SpacingAbove;

    internal override PaddingElement? SpacingBelow => Child.SpacingBelow;

    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        Child.Attach(context);
    }
}
