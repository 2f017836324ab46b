namespace ReportForge.Pdf.Layout.Elements;

/// <summary>Marks a child (a caption, a label) to stay on the page of what follows it.</summary>
public sealed class KeepWithNextElement(Element child) : Element
{
    private bool _drawn;

    /// <inheritdoc />
    public override bool KeepWithNext => !_drawn;

    internal override PaddingElement? SpacingAbove => child.SpacingAbove;

    internal override PaddingElement? SpacingBelow => child.SpacingBelow;

    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        child.Attach(context);
    }

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => child.Measure(available);

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        child.Draw(available);
        _drawn = true;
    }
}
