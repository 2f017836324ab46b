using ReportForge.Pdf.Canvas;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>Opens a structure element around whatever its child draws on each page.</summary>
public sealed class TaggedElement(Element child, StructureKind kind, int level = 0) : Element
{
    /// <inheritdoc />
    public override bool KeepWithNext => child.KeepWithNext;

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
        Context.Canvas.BeginStructure(kind, level);
        child.Draw(available);
        Context.Canvas.EndStructure();
    }
}
