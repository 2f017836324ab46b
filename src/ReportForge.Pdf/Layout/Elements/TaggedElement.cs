using ReportForge.Pdf.Canvas;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>
/// Opens a structure element around whatever its child draws: one element, which goes on over the pages the child
/// spans (a paragraph broken at a page's foot is one P). With an <paramref name="anchor"/>, links lead to where it starts.
/// </summary>
public sealed class TaggedElement(Element child, StructureKind kind, int level = 0, string? anchor = null) : WrapperElement(child)
{
    private int _key = -1;
    private bool _anchored;

    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        _key = -1;
        _anchored = false;
    }

    /// <inheritdoc />
    public override bool KeepWithNext => Child.KeepWithNext;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Child.Measure(available);

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        if (anchor is not null && !_anchored) Context.Canvas.AddAnchor(anchor, 0);
        _anchored = true;
        _key = Context.Canvas.ContinueStructure(_key, kind, level);
        Child.Draw(available);
        Context.Canvas.EndStructure();
    }
}
